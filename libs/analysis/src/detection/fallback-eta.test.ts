import { describe, expect, it } from 'vitest';
import { computeNetworkStatistics } from '../statistics/index.js';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedStatistics } from '../testing/network.fixture.js';
import { estimateFallbackEta } from './fallback-eta.js';

const stats = learnedStatistics();
/** Departed the Berlin hub at T0 + 10 h: two learned lanes (→ Leipzig → Munich depot) remain. */
const pkg = buildHistory({ id: 'p', scans: NORMAL_ROUTE.slice(0, 5) });

describe('estimateFallbackEta', () => {
  it('sums the learned lane path to the destination facility', () => {
    const result = estimateFallbackEta(pkg, { stats, facilities: TEST_FACILITIES, now: hoursAfter(T0, 11) });
    expect(result?.kind).toBe('FALLBACK_LANES');
    expect(result?.path).toEqual(['HUB-BER->HUB-LEJ', 'HUB-LEJ->DEP-MUC']);
    // ~4 h + ~11 h at Leipzig + ~8 h + ~13 h at the depot ≈ 36 h after the scan at T0 + 10 h.
    const p50Hours = ((result?.estimate.p50.getTime() ?? 0) - T0.getTime()) / 3_600_000;
    expect(p50Hours).toBeGreaterThan(40);
    expect(p50Hours).toBeLessThan(52);
    expect(result?.estimate.p90.getTime()).toBeGreaterThanOrEqual(result?.estimate.p50.getTime() ?? 0);
  });

  it('restarts the remaining path from now once the package is overdue', () => {
    const now = hoursAfter(T0, 200);
    const result = estimateFallbackEta(pkg, { stats, facilities: TEST_FACILITIES, now });
    expect(result?.estimate.p50.getTime()).toBeGreaterThan(hoursAfter(now, 30).getTime());
  });

  it('uses remaining distance at the default speed without history, and gives up without a destination', () => {
    const empty = computeNetworkStatistics([], { now: T0 });
    const result = estimateFallbackEta(pkg, { stats: empty, facilities: TEST_FACILITIES, now: hoursAfter(T0, 11) });
    expect(result?.kind).toBe('FALLBACK_DISTANCE');
    expect(result?.estimate.basis).toMatch(/^fallback: \d+ km at default 15 km\/h$/);
    const noDestination = buildHistory({ id: 'n', destination: null, scans: NORMAL_ROUTE.slice(0, 5) });
    expect(estimateFallbackEta(noDestination, { stats, facilities: TEST_FACILITIES, now: T0 })).toBeNull();
  });
});
