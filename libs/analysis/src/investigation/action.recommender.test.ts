import { describe, expect, it } from 'vitest';
import { hoursAfter, T0 } from '../testing/history.factory.js';
import { recommendActions } from './action.recommender.js';
import { evidenceOf, scenarios } from '../testing/investigation-scenarios.fixture.js';
import { classifyRootCause } from './root-cause.classifier.js';
import { writeNarrative } from './narrative.writer.js';
import { buildHistory, NORMAL_ROUTE } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import type { ActionType, RecommendedAction } from './investigation.types.js';

const INTERVENTIONS: readonly ActionType[] = ['REROUTE', 'VERIFY_ADDRESS', 'CONTACT_CARRIER', 'FILE_CLAIM'];
/** "Wait: nothing indicates intervening would help" next to an intervention (waiting for corrected data is not that). */
const contradicts = (actions: readonly RecommendedAction[]) =>
  actions.some((a) => a.type === 'WAIT' && /nothing indicates/i.test(a.reason)) && actions.some((a) => INTERVENTIONS.includes(a.type));

const plan = (scenario: ReturnType<(typeof scenarios)[keyof typeof scenarios]>, options = {}) => {
  const evidence = evidenceOf(scenario);
  return recommendActions(classifyRootCause(evidence), evidence, options);
};

describe('recommendActions', () => {
  it('re-routes a congested package via the fastest alternative that avoids the congested facility', () => {
    const actions = plan(scenarios.congestion(), {
      alternatives: [
        { via: 'HUB-LEJ', etaP50: hoursAfter(T0, 50) },
        { via: 'HUB-FRA', path: ['HUB-BER', 'HUB-FRA', 'DEP-MUC'], etaP50: hoursAfter(T0, 70) },
        { via: 'DEP-HAM', etaP50: hoursAfter(T0, 90) },
      ],
    });
    expect(actions[0]).toMatchObject({ type: 'REROUTE', priority: 1, details: { via: 'HUB-FRA', avoids: 'HUB-LEJ' } });
    expect(actions[0]?.reason).toContain('congested');
  });

  it('does not recommend REROUTE without alternatives', () => {
    const actions = plan(scenarios.congestion());
    expect(actions.map((a) => a.type)).not.toContain('REROUTE');
    expect(actions.map((a) => a.priority)).toEqual(actions.map((_, i) => i + 1));
  });

  it('puts address verification first for an address problem and notifies with the new ETA', () => {
    const eta = { p50: hoursAfter(T0, 100), p90: hoursAfter(T0, 120), onTimeProbability: 0.1, basis: 'model' };
    const actions = plan(scenarios.address(), { eta });
    expect(actions[0]?.type).toBe('VERIFY_ADDRESS');
    const notify = actions.find((a) => a.type === 'NOTIFY_RECIPIENT');
    expect(notify?.details['newEtaP50']).toBe(hoursAfter(T0, 100).toISOString());
    expect(notify?.reason).toContain(hoursAfter(T0, 100).toISOString());
  });

  it('traces and claims a probable loss', () => {
    const types = plan(scenarios.loss()).map((a) => a.type);
    expect(types[0]).toBe('CONTACT_CARRIER');
    expect(types).toContain('FILE_CLAIM');
    expect(types.indexOf('FILE_CLAIM')).toBeLessThan(types.indexOf('NOTIFY_RECIPIENT'));
  });

  it('claims for damage, asks the carrier about customs, and waits on bad data or no cause', () => {
    expect(plan(scenarios.damaged()).map((a) => a.type)).toEqual(expect.arrayContaining(['CONTACT_CARRIER', 'FILE_CLAIM']));
    expect(plan(scenarios.customs())[0]).toMatchObject({ type: 'CONTACT_CARRIER' });
    expect(plan(scenarios.customs())[0]?.reason).toContain('customs');
    expect(plan(scenarios.impossibleTravel())[0]?.type).toBe('WAIT');
    expect(plan(scenarios.normal())[0]?.type).toBe('WAIT');
    // The dashboard prints "Wait: <reason>": the reason must not say it again.
    expect(plan(scenarios.normal())[0]?.reason).not.toMatch(/^wait\b/i);
  });

  it('accepts a bare root cause', () => {
    const evidence = evidenceOf(scenarios.misroute());
    expect(recommendActions('MISSORT_MISROUTE', evidence)[0]?.type).toBe('CONTACT_CARRIER');
  });

  it('recommends nothing for a finished package and the narrative says it is finished', () => {
    const delivered = { pkg: buildHistory({ id: 'done', scans: NORMAL_ROUTE }), ...learnedNetwork(), now: hoursAfter(T0, 60) };
    const evidence = evidenceOf(delivered);
    // An ETA (even one already in the past) must not turn into "tell the recipient the new expected delivery".
    const eta = { p50: hoursAfter(T0, 50), p90: hoursAfter(T0, 55), onTimeProbability: 0.4, basis: 'model' };
    const actions = recommendActions(classifyRootCause(evidence), evidence, { eta });
    expect(actions).toEqual([]);
    const text = writeNarrative(evidence, classifyRootCause(evidence), actions);
    expect(text).toMatch(/## Recommended actions\nNone: the package is finished \(DELIVERED at [^)]+\{done-e10\}\)/);
    const returned = buildHistory({ id: 'ret', scans: [...NORMAL_ROUTE.slice(0, 5), { afterHours: 40, facility: 'DEP-BER', status: 'RETURNED' }] });
    const back = evidenceOf({ ...delivered, pkg: returned, now: hoursAfter(T0, 80) });
    expect(recommendActions('CARRIER_EXCEPTION', back)).toEqual([]);
  });

  it('never asks the carrier for documents and waits in the same plan', () => {
    for (const make of Object.values(scenarios)) {
      const evidence = evidenceOf(make());
      const result = classifyRootCause(evidence);
      expect(contradicts(recommendActions(result, evidence))).toBe(false);
      // A low-confidence verdict raises WAIT; the plan still picks one side.
      expect(contradicts(recommendActions({ ...result, confidence: 0.2 }, evidence))).toBe(false);
    }
    const customs = plan(scenarios.customs()).map((a) => a.type);
    expect(customs).toContain('CONTACT_CARRIER');
    expect(customs).not.toContain('WAIT');
  });

  it('waits rather than intervening when nothing points to a cause', () => {
    const evidence = evidenceOf(scenarios.normal());
    const types = recommendActions('NONE_FOUND', evidence).map((a) => a.type);
    expect(types[0]).toBe('WAIT');
    expect(types.some((t) => INTERVENTIONS.includes(t))).toBe(false);
  });

  it('never names a time already past', () => {
    const scenario = scenarios.address();
    const past = { p50: hoursAfter(scenario.now, -2), p90: hoursAfter(scenario.now, 5), onTimeProbability: 0.1, basis: 'model' };
    const actions = recommendActions(classifyRootCause(evidenceOf(scenario)), evidenceOf(scenario), {
      eta: past,
      alternatives: [{ via: 'HUB-FRA', etaP50: hoursAfter(scenario.now, -1) }],
    });
    const notify = actions.find((a) => a.type === 'NOTIFY_RECIPIENT');
    expect(notify?.reason).toBe('Tell the recipient the delivery is delayed; no reliable new ETA yet.');
    expect(notify?.details['newEtaP50']).toBeNull();
    for (const action of actions) {
      for (const iso of action.reason.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g) ?? []) {
        expect(Date.parse(iso)).toBeGreaterThan(scenario.now.getTime());
      }
    }
  });
});
