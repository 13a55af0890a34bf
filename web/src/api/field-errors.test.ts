import { describe, expect, it } from 'vitest';
import { fieldErrors } from './field-errors';

describe('field errors', () => {
  it('maps every validation issue to its field path', () => {
    const errors = fieldErrors({
      graphQLErrors: [
        {
          message: 'destination.lat: Too big',
          extensions: { code: 'BAD_USER_INPUT', details: { issues: [{ path: ['destination', 'lat'], message: 'Too big' }, { path: ['trackingNumber'], message: 'letters, digits and . - _ / only' }] } },
        },
      ],
    });
    expect(errors).toEqual({ 'destination.lat': 'Too big', trackingNumber: 'letters, digits and . - _ / only' });
  });

  it('puts a duplicate tracking number on its field and anything else above the form', () => {
    expect(fieldErrors({ graphQLErrors: [{ message: 'Tracking number X already exists', extensions: { code: 'CONFLICT' } }] })).toEqual({ trackingNumber: 'Tracking number X already exists' });
    expect(fieldErrors({ graphQLErrors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] })).toEqual({ '': 'Not allowed' });
  });
});
