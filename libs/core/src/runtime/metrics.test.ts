import { describe, expect, it } from 'vitest';
import { boundedNames } from './metrics.js';
import { isInternalAddress } from './metrics-routes.js';

describe('boundedNames', () => {
  it('keeps the first names, then counts the rest as other; anonymous and invalid names get a word of their own', () => {
    const name = boundedNames(2);
    expect([name('A'), name('B'), name('A'), name('C'), name(undefined), name(''), name('x-y'), name('a'.repeat(65))]).toEqual(['A', 'B', 'A', 'other', 'anonymous', 'anonymous', 'invalid', 'invalid']);
  });
});

describe('isInternalAddress (who may scrape /metrics without a token)', () => {
  it('accepts loopback and private networks, IPv4-mapped too, and refuses public addresses', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '172.20.0.5', '192.168.1.1', 'fd00::1', '::ffff:172.18.0.3']) expect(isInternalAddress(a), a).toBe(true);
    for (const a of ['8.8.8.8', '172.32.0.1', '2001:db8::1', '::ffff:1.2.3.4', undefined]) expect(isInternalAddress(a), String(a)).toBe(false);
  });
});
