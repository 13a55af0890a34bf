import { describe, expect, it } from 'vitest';
import { formatLateness, formatLocation, formatRelative, localizeTimes } from './display-format';

const now = Date.parse('2026-12-02T12:00:00Z');

describe('display format', () => {
  it('says when, relative to now', () => {
    expect(formatRelative('2026-12-02T17:00:00Z', now)).toBe('in 5 h');
    expect(formatRelative('2026-12-02T11:57:00Z', now)).toBe('3 min ago');
    expect(formatRelative('2026-11-29T12:00:00Z', now)).toBe('3 days ago');
    expect(formatRelative(null, now)).toBe('—');
  });

  it('compares an arrival with its promise', () => {
    expect(formatLateness('2026-12-04T12:00:00Z', '2026-12-02T12:00:00Z')).toBe('2 days late');
    expect(formatLateness('2026-12-02T09:00:00Z', '2026-12-02T12:00:00Z')).toBe('3 h early');
    expect(formatLateness('2026-12-02T12:00:20Z', '2026-12-02T12:00:00Z')).toBe('on time');
    expect(formatLateness('2026-12-02T12:00:00Z', null)).toBeNull();
  });

  it('names a place by whatever it has, never with empty brackets', () => {
    expect(formatLocation({ name: 'Leipzig hub', facilityCode: 'HUB-LEJ' })).toBe('Leipzig hub (HUB-LEJ)');
    expect(formatLocation({ name: '', facilityCode: 'DEP-LON' })).toBe('DEP-LON');
    expect(formatLocation({ name: null, facilityCode: null })).toBeNull();
    expect(formatLocation(null)).toBeNull();
  });

  it('rewrites ISO timestamps in server text into local time', () => {
    const text = localizeTimes('promised 2026-12-03T13:30:45.053Z, ETA 2026-12-04T02:42:20Z.');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text.startsWith('promised ')).toBe(true);
    expect(text.endsWith('.')).toBe(true);
  });
});
