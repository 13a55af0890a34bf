import { describe, expect, it } from 'vitest';
import { buildHistory, TEST_FACILITY_LIST, T0 } from '@clearpath/analysis/testing/history.factory.js';
import { buildNetworkModel } from '../network/network-model.cache.js';
import { etaForHistory, tryEtaForHistory } from './eta.service.js';

describe('ETA service', () => {
  const pkg = buildHistory({ scans: [{ afterHours: 1, facility: 'DEP-BER' }] });
  const model = buildNetworkModel('org', [], [...TEST_FACILITY_LIST], T0);

  it('predicts from a learned model', () => {
    expect(tryEtaForHistory(model, pkg, T0)).toEqual({ eta: expect.objectContaining({ onTimeProbability: expect.any(Number) }) });
  });

  it('reports a failing model instead of passing it off as "no ETA"', () => {
    const broken = { ...model, eta: { ...model.eta, lanes: undefined } } as unknown as typeof model;
    expect(() => etaForHistory(broken, pkg, T0)).toThrow();
    const result = tryEtaForHistory(broken, pkg, T0);
    expect(result.eta).toBeNull();
    expect(result.error).toBeInstanceOf(Error);
  });
});

describe('ETAs computed once', () => {
  const model = buildNetworkModel('org', [], [...TEST_FACILITY_LIST], T0);
  const pkg = buildHistory({ id: 'memo-1', scans: [{ afterHours: 1, facility: 'DEP-BER' }] });
  const now = new Date(T0.getTime() + 3 * 3_600_000);

  it('reuses a package ETA while its events, the model and the clock stay put', () => {
    expect(etaForHistory(model, pkg, now)).toBe(etaForHistory(model, { ...pkg }, new Date(now.getTime() + 30_000)));
  });

  it('computes anew when an event arrives, a new model is learned or time has moved on', () => {
    const first = etaForHistory(model, pkg, now);
    const moved = buildHistory({ id: 'memo-1', scans: [{ afterHours: 1, facility: 'DEP-BER' }, { afterHours: 1, facility: 'HUB-BER' }] });
    expect(etaForHistory(model, moved, now)).not.toBe(first);
    expect(etaForHistory(buildNetworkModel('org', [], [...TEST_FACILITY_LIST], T0), pkg, now)).not.toBe(first);
    expect(etaForHistory(model, pkg, new Date(now.getTime() + 2 * 60_000))).not.toBe(etaForHistory(model, pkg, now));
  });
});
