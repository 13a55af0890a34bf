import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createErrorFormatter } from './format-error.js';

describe('error formatter', () => {
  const format = createErrorFormatter(createLogger('test', 'silent'));

  it('gives a request error Apollo raised with a 4xx status but no code BAD_REQUEST, keeping its message', () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('still hides an error without a code and without a client status', () => {
    const error = new Error('connection refused at 10.0.0.3');
    expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
