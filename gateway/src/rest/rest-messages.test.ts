import { describe, expect, it } from 'vitest';
import { restMessage } from './rest-messages.js';

// The inputs are graphql-js's own messages, as the supergraph returns them for REST's operations.
describe('restMessage', () => {
  it('names the snake_case field of a value at a path', () => {
    expect(restMessage('Variable "$input" got invalid value 5 at "input.trackingNumber"; String cannot represent a non string value: 5')).toEqual({
      message: 'tracking_number: String cannot represent a non string value: 5',
      field: 'tracking_number',
    });
    expect(restMessage('Variable "$input" got invalid value "x; y" at "input.destination.facilityCode"; String cannot represent a non string value')).toMatchObject({
      field: 'destination.facility_code',
    });
  });

  it('says which field is required or unknown', () => {
    expect(restMessage('Variable "$input" got invalid value { carrier: "DHL" }; Field "trackingNumber" of required type "String!" was not provided.')).toEqual({
      message: 'tracking_number is required (String)',
      field: 'tracking_number',
    });
    expect(restMessage('Variable "$input" got invalid value { lat: 1 } at "input.destination"; Field "facilityKode" is not defined by type "PlaceInput". Did you mean "facilityCode"?')).toEqual({
      message: 'destination.facility_kode is not a known field; did you mean facility_code?',
      field: 'destination.facility_kode',
    });
  });

  it('rewrites service validation paths and leaves other messages alone', () => {
    expect(restMessage('serviceLevel: Invalid option')).toEqual({ message: 'service_level: Invalid option', field: 'service_level' });
    expect(restMessage('Malformed cursor')).toEqual({ message: 'Malformed cursor' });
    expect(restMessage('Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"')).toEqual({
      message: 'first: Int cannot represent non-integer value: "x"',
      field: 'first',
    });
  });
});
