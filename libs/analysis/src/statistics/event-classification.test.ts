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

  it('knows the terminal statuses', () => {
    expect(isTerminal('DELIVERED')).toBe(true);
    expect(isTerminal('EXCEPTION')).toBe(false);
  });
});
