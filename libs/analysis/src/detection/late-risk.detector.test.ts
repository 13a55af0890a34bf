import { describe, expect, it } from 'vitest';
import { computeNetworkStatistics } from '../statistics/index.js';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedStatistics } from '../testing/network.fixture.js';
import type { EtaEstimate } from './detection.types.js';
import { detectLateRisk } from './late-risk.detector.js';

const stats = learnedStatistics();
const now = hoursAfter(T0, 18);
const ctx = { stats, facilities: TEST_FACILITIES, now };
/** Departed Leipzig at T0 + 17 h; promise at T0 + 72 h. */
const pkg = buildHistory({ id: 'p', scans: NORMAL_ROUTE.slice(0, 7) });
const eta = (p50: number, p90: number, onTimeProbability: number | null): EtaEstimate => ({
  p50: hoursAfter(T0, p50),
  p90: hoursAfter(T0, p90),
  onTimeProbability,
  basis: 'model v1',
});

describe('detectLateRisk', () => {
  it('flags a low on-time probability from the ETA model (basis MODEL)', () => {
    const [finding] = detectLateRisk(pkg, { ...ctx, eta: eta(60, 80, 0.2) });
    expect(finding).toMatchObject({ type: 'LATE_RISK', severity: 'HIGH', key: `LATE_RISK:${hoursAfter(T0, 72).toISOString()}` });
    expect(finding?.evidence.subtype).toBe('MODEL');
    expect(finding?.evidence.statistics).toMatchObject({ basis: 'MODEL', etaBasis: 'model v1', onTimeProbability: 0.2 });
    expect(detectLateRisk(pkg, { ...ctx, eta: eta(60, 80, 0.4) })[0]?.severity).toBe('MEDIUM');
  });

  it('flags a median ETA already past the promise', () => {
    const [finding] = detectLateRisk(pkg, { ...ctx, eta: eta(80, 90, 0.7) });
    expect(finding?.severity).toBe('HIGH');
    expect(finding?.evidence.statistics['p50HoursAfterPromise']).toBe(8);
  });

  it('finds nothing when the model is confident of on-time delivery', () => {
    expect(detectLateRisk(pkg, { ...ctx, eta: eta(36, 44, 0.95) })).toEqual([]);
  });

  it('falls back to the learned lane path without an ETA, and says so', () => {
    expect(detectLateRisk(pkg, ctx)).toEqual([]);
    const tight = buildHistory({ id: 't', promisedHours: 24, scans: NORMAL_ROUTE.slice(0, 7) });
    const [finding] = detectLateRisk(tight, ctx);
    expect(finding?.evidence.subtype).toBe('FALLBACK_LANES');
    expect(finding?.evidence.statistics['etaBasis']).toBe('fallback: lanes HUB-LEJ->DEP-MUC');
    // The fallback is less certain than the model would be.
    expect(finding?.confidence).toBeLessThan(0.85);
  });

  it('falls back to distance when there is no lane history', () => {
    const empty = computeNetworkStatistics([], { now });
    const tight = buildHistory({ id: 't', promisedHours: 20, scans: NORMAL_ROUTE.slice(0, 7) });
    const [finding] = detectLateRisk(tight, { ...ctx, stats: empty });
    expect(finding?.evidence.subtype).toBe('FALLBACK_DISTANCE');
    expect(String(finding?.evidence.statistics['etaBasis'])).toMatch(/default 15 km\/h/);
  });

  it('is CRITICAL once the promise has passed, and silent for delivered or unpromised packages', () => {
    const late = buildHistory({ id: 'l', promisedHours: 10, scans: NORMAL_ROUTE.slice(0, 7) });
    expect(detectLateRisk(late, ctx)[0]).toMatchObject({ severity: 'CRITICAL', evidence: { subtype: 'PROMISE_PASSED' } });
    expect(detectLateRisk(buildHistory({ id: 'd', promisedHours: 10, scans: NORMAL_ROUTE }), ctx)).toEqual([]);
    expect(detectLateRisk(buildHistory({ id: 'n', promisedHours: null, scans: NORMAL_ROUTE.slice(0, 7) }), ctx)).toEqual([]);
  });
});
