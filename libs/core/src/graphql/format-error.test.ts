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

  it('reports the database being unreachable as SERVICE_UNAVAILABLE, following originalError and cause', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    for (const cause of [refused, shutdown, new Error('Connection terminated unexpectedly')]) {
      const error = new GraphQLError('wrapped', { originalError: new Error('query failed', { cause }) });
      expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error)).toEqual({
        message: expect.stringContaining('database is unavailable'),
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  });
});
