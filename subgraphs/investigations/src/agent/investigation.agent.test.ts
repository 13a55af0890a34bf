import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { describe, expect, it } from 'vitest';
import { buildFleet, TEST_FACILITIES } from '@clearpath/analysis/testing/history.factory.js';
import { scenarios } from '@clearpath/analysis/testing/investigation-scenarios.fixture.js';
import { buildNetworkModel } from '../network/network-model.cache.js';
import { runDeterministicPlanner, runLlmAgent } from './investigation.agent.js';
import { INVESTIGATION_PLANS } from './investigation.plan.js';
import { InvestigationToolkit } from './investigation.toolkit.js';
import { createInvestigationTools } from './investigation.tools.js';

function customsToolkit() {
  const scenario = scenarios.customs();
  const model = buildNetworkModel('org_test', buildFleet({ count: 30, seed: 7 }), [...TEST_FACILITIES.values()], scenario.now);
  return new InvestigationToolkit(scenario.pkg, model, [], scenario.now);
}

describe('investigation agent', () => {
  it('drives the analysis tools through a LangChain agent and keeps its narrative (fake tool-calling model)', async () => {
    const toolkit = customsToolkit();
    const model = fakeModel()
      .respondWithTools([{ name: 'get_timeline', args: {} }, { name: 'get_anomaly_findings', args: {} }])
      .respondWithTools([{ name: 'classify_root_cause', args: {} }])
      .respondWithTools([{ name: 'recommend_actions', args: {} }])
      .respond(new AIMessage('The parcel is held by customs; contact the carrier with the customs paperwork.'));
    const calls: string[] = [];
    const outcome = await runLlmAgent(model, toolkit, 'ANOMALY', async (name) => {
      calls.push(name);
    });
    expect(outcome).toEqual({ narrator: 'llm', narrative: 'The parcel is held by customs; contact the carrier with the customs paperwork.' });
    expect(calls).toEqual(['get_timeline', 'get_anomaly_findings', 'classify_root_cause', 'recommend_actions']);
    // The analysis itself is the deterministic code's, whatever the model says
    expect(toolkit.rootCause().rootCause).toBe('CUSTOMS');
  });

  it('falls back to the template narrative when the model ends without text', async () => {
    const toolkit = customsToolkit();
    const model = fakeModel().respond(new AIMessage(''));
    const outcome = await runLlmAgent(model, toolkit, 'DELAY', async () => {});
    expect(outcome.narrator).toBe('template');
    expect(outcome.narrative).toContain(toolkit.pkg.trackingNumber);
  });

  it('runs the same tools in a fixed order without an LLM', async () => {
    const toolkit = customsToolkit();
    const calls: string[] = [];
    const outcome = await runDeterministicPlanner(toolkit, 'ANOMALY', async (name) => {
      calls.push(name);
    });
    expect(calls).toEqual([...INVESTIGATION_PLANS.ANOMALY]);
    expect(outcome.narrator).toBe('template');
    expect(outcome.narrative).toMatch(/customs/i);
  });

  it('reads the reason ingest stored: a failed attempt for ADDRESS under a code and words nobody knows is an address problem', async () => {
    const scenario = scenarios.addressInWords();
    const last = scenario.pkg.events.at(-1);
    if (!last) throw new Error('fixture without events');
    // As loaded from tracking_events: the organization's mapping said ADDRESS for this code, the words say nothing.
    const stored = { ...scenario.pkg, events: [...scenario.pkg.events.slice(0, -1), { ...last, carrierCode: 'ACME-77', description: 'see code', reason: 'ADDRESS' as const }] };
    const model = buildNetworkModel('org_test', buildFleet({ count: 30, seed: 7 }), [...TEST_FACILITIES.values()], scenario.now);
    const toolkit = new InvestigationToolkit(stored, model, [], scenario.now);
    const tools = createInvestigationTools(toolkit);
    const timeline = JSON.parse((await tools.find((t) => t.name === 'get_timeline')?.invoke({})) as string) as { steps: { reason: string }[] };
    expect(timeline.steps.at(-1)?.reason).toBe('ADDRESS');
    expect(toolkit.rootCause()).toMatchObject({ rootCause: 'ADDRESS_PROBLEM' });
    expect(toolkit.actions()[0]?.type).toBe('VERIFY_ADDRESS');
  });
});
