import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectExcessiveDwell } from './excessive-dwell.detector.js';

const deep = learnedNetwork();
const thin = learnedNetwork({ deliveredCount: 4 });
const ctx = (learned: typeof deep, hours: number) => ({ ...learned, facilities: TEST_FACILITIES, now: hoursAfter(T0, hours) });

/**
 * Arrived at the Leipzig hub at T0 + 14 h, scanned again at +16 h, not departed. The network model's dwell
 * there (arrival to departure scan) is ~3 h, p95 ~3.4 h.
 */
const pkg = buildHistory({
  id: 'p',
  scans: [...NORMAL_ROUTE.slice(0, 6), { afterHours: 2, facility: 'HUB-LEJ', carrierCode: 'SORTED' }],
});

describe('detectExcessiveDwell', () => {
  it('stays quiet within the p95 of the facility’s dwell in the network model', () => {
    expect(detectExcessiveDwell(pkg, ctx(deep, 14 + 3))).toEqual([]);
  });

  it('fires once the stay exceeds the facility’s own p95, citing every scan of the stay', () => {
    const [finding] = detectExcessiveDwell(pkg, ctx(deep, 14 + 5));
    expect(finding).toMatchObject({ type: 'EXCESSIVE_DWELL', key: 'EXCESSIVE_DWELL:HUB-LEJ:p-e6', severity: 'MEDIUM' });
    expect(finding?.evidence.eventIds).toEqual(['p-e6', 'p-e7']);
    expect(finding?.evidence.statistics).toMatchObject({ dwellHours: 5, samples: 30, thresholdBasis: 'dwell at HUB-LEJ' });
    expect(finding?.evidence.statistics['thresholdHours']).toBeCloseTo(3.43, 1);
    expect(detectExcessiveDwell(pkg, ctx(deep, 14 + 20))[0]?.severity).toBe('HIGH');
  });

  it('keeps the key while the package keeps being scanned at the same facility', () => {
    const later = buildHistory({
      id: 'p',
      scans: [...NORMAL_ROUTE.slice(0, 6), { afterHours: 2, facility: 'HUB-LEJ' }, { afterHours: 10, facility: 'HUB-LEJ' }],
    });
    expect(detectExcessiveDwell(later, ctx(deep, 14 + 20))[0]?.key).toBe('EXCESSIVE_DWELL:HUB-LEJ:p-e6');
  });

  it('applies the floor when facility history is thin', () => {
    expect(detectExcessiveDwell(pkg, ctx(thin, 14 + 20))).toEqual([]);
    expect(detectExcessiveDwell(pkg, ctx(thin, 14 + 26))[0]?.evidence.statistics['thresholdBasis']).toBe('floor');
  });

  it('ignores stays that have ended and terminal packages', () => {
    // Departed Leipzig: on the lane now (NO_SCAN's concern), not dwelling.
    expect(detectExcessiveDwell(buildHistory({ id: 'l', scans: NORMAL_ROUTE.slice(0, 7) }), ctx(deep, 17 + 6))).toEqual([]);
    const moved = buildHistory({ id: 'm', scans: NORMAL_ROUTE.slice(0, 8) });
    expect(detectExcessiveDwell(moved, ctx(deep, 20 + 8))).toEqual([]);
    expect(detectExcessiveDwell(buildHistory({ id: 'd', scans: NORMAL_ROUTE }), ctx(deep, 400))).toEqual([]);
  });
});
