import { describe, expect, it } from 'vitest';
import { exceptionSubtype, isTerminal } from './event-classification.js';

describe('exceptionSubtype', () => {
  it.each([
    ['CUSTOMS_HOLD', 'IN_TRANSIT', 'CUSTOMS'],
    ['HELD_BY_CUSTOMS', 'EXCEPTION', 'CUSTOMS'],
    ['DAMAGED', 'EXCEPTION', 'DAMAGED'],
    ['ADDRESS_ISSUE', 'FAILED_ATTEMPT', 'ADDRESS'],
    ['package_lost', 'EXCEPTION', 'LOST'],
    ['REFUSED_BY_RECIPIENT', 'RETURNED', 'REFUSED'],
    ['WEATHER_DELAY', 'IN_TRANSIT', 'WEATHER'],
    ['SOMETHING_ODD', 'EXCEPTION', 'OTHER'],
  ] as const)('%s (%s) → %s', (carrierCode, status, expected) => {
    expect(exceptionSubtype({ carrierCode, status })).toBe(expected);
  });

  it('treats normal scans and failed attempts without a problem code as no exception', () => {
    expect(exceptionSubtype({ carrierCode: 'DEPARTED', status: 'IN_TRANSIT' })).toBeNull();
    expect(exceptionSubtype({ carrierCode: 'RECIPIENT_ABSENT', status: 'FAILED_ATTEMPT' })).toBeNull();
    expect(exceptionSubtype({ carrierCode: null, status: 'DELIVERED' })).toBeNull();
  });

  it('reads the reason when the code says nothing: stored, else from the description as ingest does', () => {
    const held = 'Shipment held by customs authority - awaiting import documents';
    expect(exceptionSubtype({ carrierCode: 'HX907', status: 'EXCEPTION', description: held })).toBe('CUSTOMS');
    expect(exceptionSubtype({ carrierCode: 'HX907', status: 'IN_TRANSIT', description: held })).toBe('CUSTOMS');
    expect(exceptionSubtype({ carrierCode: 'Z41', status: 'FAILED_ATTEMPT', description: 'Incorrect address - consignee unknown at this address' })).toBe('ADDRESS');
    expect(exceptionSubtype({ carrierCode: null, status: 'EXCEPTION', description: 'Zustellung wegen Unwetter verzögert' })).toBe('WEATHER');
    expect(exceptionSubtype({ carrierCode: 'X1', status: 'EXCEPTION', description: null, reason: 'DAMAGED' })).toBe('DAMAGED');
    // Nobody in is an exception only when the carrier calls it one; on a failed attempt the attempt counts.
    expect(exceptionSubtype({ carrierCode: 'NH', status: 'FAILED_ATTEMPT', description: 'Recipient not at home' })).toBeNull();
    expect(exceptionSubtype({ carrierCode: null, status: 'EXCEPTION', description: 'Recipient not at home' })).toBe('RECIPIENT');
    // A known normal code is trusted over its words.
    expect(exceptionSubtype({ carrierCode: 'AR', status: 'IN_TRANSIT', description: 'Arrived at customs facility' })).toBeNull();
    expect(exceptionSubtype({ carrierCode: 'CC', status: 'IN_TRANSIT', description: 'Released by customs' })).toBeNull();
  });

  it('knows the terminal statuses', () => {
    expect(isTerminal('DELIVERED')).toBe(true);
    expect(isTerminal('EXCEPTION')).toBe(false);
  });
});
