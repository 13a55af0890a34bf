import { describe, expect, it } from 'vitest';
import { buildHistory, TEST_FACILITY_LIST, T0 } from '../analysis/testing/history.factory.js';
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
