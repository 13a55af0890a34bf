import { describe, expect, it } from 'vitest';
import { buildFleet, buildHistory, hoursAfter, T0, TEST_FACILITY_LIST } from '../testing/history.factory.js';
import { learnEtaModel, predictEta } from './index.js';
import { describeSlowStage, isSlowStage, slowestStage } from './stage-breakdown.js';

const fleet = buildFleet({ count: 40, seed: 3 });
const model = learnEtaModel(fleet, TEST_FACILITY_LIST, { trainedAt: T0 });
// Arrived at the Berlin hub; the fleet dwells there about 2 h.
const atHub = buildHistory({
  id: 'slow-1',
  scans: [
    { afterHours: 0, status: 'INFO_RECEIVED', location: null },
    { afterHours: 2, facility: 'DEP-BER' },
    { afterHours: 3, facility: 'DEP-BER', carrierCode: 'DEPARTED' },
    { afterHours: 3, facility: 'HUB-BER' },
  ],
});

describe('ETA stages', () => {
  it('lists the stages ahead with their usual and expected hours', () => {
    const eta = predictEta(model, atHub, hoursAfter(T0, 9), TEST_FACILITY_LIST);
    expect(eta.stages.map((s) => s.label)).toEqual([
      'dwell at HUB-BER',
      'HUB-BER → HUB-LEJ',
      'dwell at HUB-LEJ',
      'HUB-LEJ → DEP-MUC',
      'last mile from DEP-MUC (STANDARD)',
    ]);
    expect(eta.stages[0]).toMatchObject({ elapsedHours: 1, slowdown: 1, learned: true });
    for (const stage of eta.stages) expect(stage.typicalHours).toBeGreaterThan(0);
  });

  it('names the stage under way when it runs far past its usual time', () => {
    const eta = predictEta(model, atHub, hoursAfter(T0, 8 + 20), TEST_FACILITY_LIST);
    const slow = slowestStage(eta.stages);
    expect(slow).toMatchObject({ label: 'dwell at HUB-BER', elapsedHours: 20 });
    expect(slow!.excessHours).toBeGreaterThan(15);
    expect(describeSlowStage(slow)).toMatch(/^dwell at HUB-BER is expected to take .* against .* usually; 20\.0 h spent so far\.$/);
  });

  it('names a congested facility ahead by its slowdown', () => {
    const eta = predictEta(model, atHub, hoursAfter(T0, 9), TEST_FACILITY_LIST, { dwellFactor: { 'HUB-LEJ': 6 } });
    const slow = slowestStage(eta.stages);
    expect(slow).toMatchObject({ label: 'dwell at HUB-LEJ', slowdown: 6 });
    expect(describeSlowStage(slow)).toContain('6.0× slower than normal');
  });

  it('without a slow stage, names the longest one ahead and says the promise is tight', () => {
    const eta = predictEta(model, atHub, hoursAfter(T0, 8.5), TEST_FACILITY_LIST);
    const slow = slowestStage(eta.stages);
    expect(slow!.excessHours).toBeLessThan(0.5);
    expect(describeSlowStage(slow)).toContain('tighter than the normal journey');
  });

  it('has no stages for a delivered package', () => {
    const delivered = buildFleet({ count: 1, seed: 9 })[0]!;
    expect(predictEta(model, delivered, hoursAfter(T0, 0), TEST_FACILITY_LIST).stages).toEqual([]);
    expect(slowestStage([])).toBeNull();
  });

  it('calls a stage slow only past half an hour and a fifth of its usual time', () => {
    expect(isSlowStage({ excessHours: 1, typicalHours: 18.7 })).toBe(false);
    expect(isSlowStage({ excessHours: 4, typicalHours: 18.7 })).toBe(true);
    expect(isSlowStage({ excessHours: 0.4, typicalHours: 1 })).toBe(false);
    expect(isSlowStage({ excessHours: 0.6, typicalHours: 2 })).toBe(true);
  });
});
