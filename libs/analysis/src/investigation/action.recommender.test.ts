import { describe, expect, it } from 'vitest';
import { hoursAfter, T0 } from '../testing/history.factory.js';
import { recommendActions } from './action.recommender.js';
import { evidenceOf, scenarios } from '../testing/investigation-scenarios.fixture.js';
import { classifyRootCause } from './root-cause.classifier.js';

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
  });

  it('accepts a bare root cause', () => {
    const evidence = evidenceOf(scenarios.misroute());
    expect(recommendActions('MISSORT_MISROUTE', evidence)[0]?.type).toBe('CONTACT_CARRIER');
  });
});
