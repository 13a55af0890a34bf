import { describe, expect, it } from 'vitest';
import { learnEtaModel } from '../eta/index.js';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import type { EtaEstimate } from './detection.types.js';
import { detectLateRisk } from './late-risk.detector.js';

const now = hoursAfter(T0, 18);
const ctx = { ...learnedNetwork(), facilities: TEST_FACILITIES, now };
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
    const partial = detectLateRisk(pkg, { ...ctx, eta: { ...eta(60, 80, 0.2), basis: 'PARTIAL' } })[0];
    expect(partial?.summary).toMatch(/partly from priors\)\.$/);
  });

  it('flags a median ETA already past the promise', () => {
    const [finding] = detectLateRisk(pkg, { ...ctx, eta: eta(80, 90, 0.7) });
    expect(finding?.severity).toBe('HIGH');
    expect(finding?.evidence.statistics['p50HoursAfterPromise']).toBe(8);
  });

  it('finds nothing when the model is confident of on-time delivery', () => {
    expect(detectLateRisk(pkg, { ...ctx, eta: eta(36, 44, 0.95) })).toEqual([]);
  });

  it('asks the network model for the ETA when the caller gives none (the same predictor as Package.eta)', () => {
    expect(detectLateRisk(pkg, ctx)).toEqual([]);
    const tight = buildHistory({ id: 't', promisedHours: 24, scans: NORMAL_ROUTE.slice(0, 7) });
    const [finding] = detectLateRisk(tight, ctx);
    expect(finding?.evidence.subtype).toBe('MODEL');
    expect(finding?.evidence.statistics['etaBasis']).toBe('LEARNED_PATH');
    expect(finding?.severity).toBe('HIGH');
  });

  it('trusts a guess from an empty model less, and says it was one', () => {
    const empty = { model: learnEtaModel([], ctx.network.facilities), facilities: ctx.network.facilities };
    const tight = buildHistory({ id: 't', promisedHours: 20, scans: NORMAL_ROUTE.slice(0, 7) });
    const [finding] = detectLateRisk(tight, { ...ctx, network: empty });
    expect(finding?.evidence.statistics['etaBasis']).toBe('FALLBACK');
    const [learned] = detectLateRisk(tight, ctx);
    expect(finding?.confidence).toBeLessThan(learned?.confidence ?? 0);
  });

  it('does not ask again when the caller has no ETA for the package', () => {
    const tight = buildHistory({ id: 't', promisedHours: 24, scans: NORMAL_ROUTE.slice(0, 7) });
    expect(detectLateRisk(tight, { ...ctx, eta: null })).toEqual([]);
  });

  it('is CRITICAL once the promise has passed, and silent for delivered or unpromised packages', () => {
    const late = buildHistory({ id: 'l', promisedHours: 10, scans: NORMAL_ROUTE.slice(0, 7) });
    expect(detectLateRisk(late, ctx)[0]).toMatchObject({ severity: 'CRITICAL', evidence: { subtype: 'PROMISE_PASSED' } });
    expect(detectLateRisk(buildHistory({ id: 'd', promisedHours: 10, scans: NORMAL_ROUTE }), ctx)).toEqual([]);
    expect(detectLateRisk(buildHistory({ id: 'n', promisedHours: null, scans: NORMAL_ROUTE.slice(0, 7) }), ctx)).toEqual([]);
  });
});
