import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { describe, expect, it } from 'vitest';
import { buildFleet, buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '@clearpath/analysis/testing/history.factory.js';
import { buildNetworkModel } from '../network/network-model.cache.js';
import { etaForHistory } from '../eta/eta.service.js';
import { runDeterministicPlanner, runLlmAgent } from './investigation.agent.js';
import { INVESTIGATION_PLANS } from './investigation.plan.js';
import { InvestigationToolkit } from './investigation.toolkit.js';

const now = hoursAfter(T0, 8 + 30);
const model = buildNetworkModel('org_test', buildFleet({ count: 40, seed: 3 }), [...TEST_FACILITIES.values()], now);
// 30 h at the Berlin hub (about 2 h usually), promise due in 2 h.
const stuck = buildHistory({ id: 'stuck', promisedHours: 40, scans: NORMAL_ROUTE.slice(0, 4) });
const prediction = (pkg = stuck) => new InvestigationToolkit(pkg, model, [], now, 'PREDICTION');

describe('PREDICTION investigations', () => {
  it('the LLM agent calls the delivery-risk tool; the findings and actions stay the deterministic ones', async () => {
    const toolkit = prediction();
    const llm = fakeModel()
      .respondWithTools([{ name: 'get_eta', args: {} }, { name: 'get_delivery_risk', args: {} }])
      .respondWithTools([{ name: 'recommend_actions', args: {} }])
      .respond(new AIMessage('Held at HUB-BER for 30 h; it will miss its promise. Ask the carrier and tell the recipient.'));
    const outputs = new Map<string, string>();
    const outcome = await runLlmAgent(llm, toolkit, 'PREDICTION', async (name, output) => {
      outputs.set(name, output);
    });
    expect(outcome.narrator).toBe('llm');
    expect([...outputs.keys()]).toEqual(['get_eta', 'get_delivery_risk', 'recommend_actions']);
    const risk = JSON.parse(outputs.get('get_delivery_risk')!) as { risk: number; slowStage: { label: string } };
    expect(risk.slowStage.label).toBe('dwell at HUB-BER');
    expect(risk.risk).toBeGreaterThan(0.9);
    expect(JSON.parse(outputs.get('recommend_actions')!).map((a: { type: string }) => a.type)).toEqual(['CONTACT_CARRIER', 'NOTIFY_RECIPIENT']);
  });

  it('reads the same memoized ETA every other view of the package reads', () => {
    expect(prediction().eta()).toBe(etaForHistory(model, stuck, now));
  });

  it('without an LLM runs the PREDICTION plan and writes the prediction narrative', async () => {
    const toolkit = prediction();
    const calls: string[] = [];
    const outcome = await runDeterministicPlanner(toolkit, 'PREDICTION', async (name) => {
      calls.push(name);
    });
    expect(calls).toEqual([...INVESTIGATION_PLANS.PREDICTION]);
    expect(outcome.narrative).toMatch(/^## Delivery prediction for TRK-stuck/);
    expect(outcome.narrative).toContain('dwell at HUB-BER');
  });

  it('a package delivered since it was queued: says so, recommends nothing', async () => {
    const toolkit = prediction(buildHistory({ id: 'done', scans: NORMAL_ROUTE }));
    const outcome = await runDeterministicPlanner(toolkit, 'PREDICTION', async () => {});
    expect(toolkit.actions()).toEqual([]);
    expect(toolkit.deliveryRisk().state).toBe('FINISHED');
    expect(outcome.narrative).toMatch(/delivered at .*nothing left to predict/);
  });

  it('other kinds keep the root-cause actions', () => {
    const anomaly = new InvestigationToolkit(stuck, model, [], now);
    expect(anomaly.narrative()).not.toMatch(/^## Delivery prediction/);
  });
});
