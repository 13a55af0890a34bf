import { describe, expect, it } from 'vitest';
import { learnEtaModel, predictEta } from '../eta/index.js';
import { buildFleet, buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITY_LIST } from '../testing/history.factory.js';
import { assessDeliveryRisk, predictionActions, predictionNarrative } from './prediction.analysis.js';

const model = learnEtaModel(buildFleet({ count: 40, seed: 3 }), TEST_FACILITY_LIST, { trainedAt: T0 });
// Arrived at the Berlin hub at T0 + 8 h (it usually dwells about 2 h there); promised at T0 + 72 h by default.
const atHub = (promisedHours: number) => buildHistory({ id: `hub-${promisedHours}`, promisedHours, scans: NORMAL_ROUTE.slice(0, 4) });

function analyse(pkg: ReturnType<typeof atHub>, now: Date) {
  const risk = assessDeliveryRisk(pkg, predictEta(model, pkg, now, TEST_FACILITY_LIST), now);
  return { risk, actions: predictionActions(pkg, risk, now) };
}

describe('PREDICTION analysis', () => {
  it('stuck far past the usual dwell with the promise near: ask the carrier about that stage, tell the recipient the new time', () => {
    const now = hoursAfter(T0, 8 + 30);
    const { risk, actions } = analyse(atHub(40), now);
    expect(risk).toMatchObject({ state: 'MOVING', slowStage: { label: 'dwell at HUB-BER' } });
    expect(risk.risk).toBeGreaterThan(0.9);
    expect(actions.map((a) => a.type)).toEqual(['CONTACT_CARRIER', 'NOTIFY_RECIPIENT']);
    expect(actions[0]!.reason).toContain('dwell at HUB-BER');
    // The new time is ahead, never in the past.
    expect(Date.parse(String(actions[1]!.details.newEtaP50))).toBeGreaterThan(now.getTime());
    expect(predictionNarrative(atHub(40), risk, actions)).toMatch(/likely to miss the promise[\s\S]*CONTACT_CARRIER/);
  });

  it('on track: WAIT, and nothing beside it', () => {
    const { risk, actions } = analyse(atHub(200), hoursAfter(T0, 9));
    expect(risk.risk).toBeLessThan(0.2);
    expect(actions).toEqual([expect.objectContaining({ type: 'WAIT', priority: 1, reason: expect.stringMatching(/on track/) })]);
  });

  it('a tight promise with no stage running slow: neither a carrier call nor a WAIT beside the notice', () => {
    const now = hoursAfter(T0, 8.5);
    const { risk, actions } = analyse(atHub(20), now);
    expect(risk.risk).toBeGreaterThan(0.5);
    expect(actions.map((a) => a.type)).toEqual(['NOTIFY_RECIPIENT']);
  });

  it('a finished package: says so and recommends nothing', () => {
    const delivered = buildHistory({ id: 'done', scans: NORMAL_ROUTE });
    const now = hoursAfter(T0, 60);
    const risk = assessDeliveryRisk(delivered, predictEta(model, delivered, now, TEST_FACILITY_LIST), now);
    expect(risk).toMatchObject({ state: 'FINISHED', risk: null });
    expect(risk.reason).toMatch(/^The package was delivered at .*nothing left to predict/);
    expect(predictionActions(delivered, risk, now)).toEqual([]);
    const returned = buildHistory({ id: 'ret', status: 'RETURNED', scans: [...NORMAL_ROUTE.slice(0, 4), { afterHours: 1, facility: 'HUB-BER', status: 'RETURNED' }] });
    expect(assessDeliveryRisk(returned, predictEta(model, returned, now, TEST_FACILITY_LIST), now)).toMatchObject({ state: 'FINISHED', reason: expect.stringMatching(/closed as RETURNED/) });
  });
});
