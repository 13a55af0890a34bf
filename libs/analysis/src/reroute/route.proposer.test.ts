import { describe, expect, it } from 'vitest';
import { learnEtaModel } from '../eta/index.js';
import { packagesAsOf, simulateNetwork } from '../simulation/index.js';
import { kShortestPaths, proposeRoutes, RerouteError } from './index.js';

const start = new Date('2025-03-03T00:00:00Z');
const sim = simulateNetwork({ seed: 9, packageCount: 3000, start, spanDays: 21 });
const now = new Date(start.getTime() + 21 * 86_400_000);
const model = learnEtaModel(
  packagesAsOf(sim.journeys, now).filter((p) => p.status === 'DELIVERED'),
  sim.facilities,
);
const madrid = { lat: 40.42, lon: -3.7 };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof RerouteError) return error.code;
    throw error;
  }
  return undefined;
}

describe('proposeRoutes', () => {
  it('ranks alternatives by expected arrival', () => {
    const routes = proposeRoutes(model, sim.facilities, 'HUB-FRA', madrid, { now, promisedDeliveryAt: new Date(now.getTime() + 72 * 3_600_000) });
    expect(routes.length).toBeGreaterThan(1);
    expect(routes.length).toBeLessThanOrEqual(3);
    expect(routes[0]?.path[0]).toBe('HUB-FRA');
    expect(routes[0]?.path.at(-1)).toBe('DEP-MAD');
    expect(routes[0]?.reason).toMatch(/^fastest expected arrival/);
    for (let i = 1; i < routes.length; i++) expect(routes[i]?.expectedHours).toBeGreaterThanOrEqual(routes[i - 1]?.expectedHours ?? 0);
    expect(routes.every((r) => r.p90 >= r.p50 && r.onTimeProbability !== null)).toBe(true);
  });

  it('avoids a congested facility and says so', () => {
    const fastest = proposeRoutes(model, sim.facilities, 'HUB-FRA', madrid, { now })[0];
    const congested = fastest?.path[1];
    if (!congested) throw new Error('expected an intermediate facility');
    const routes = proposeRoutes(model, sim.facilities, 'HUB-FRA', madrid, { now, avoid: new Set([congested]) });
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((r) => !r.path.includes(congested))).toBe(true);
    expect(routes[0]?.reason).toContain(`avoids congested ${congested}`);
    expect(routes[0]?.expectedHours).toBeGreaterThanOrEqual(fastest?.expectedHours ?? 0);
  });

  it('fails with stable codes', () => {
    expect(codeOf(() => proposeRoutes(model, sim.facilities, 'HUB-XXX', madrid, { now }))).toBe('UNKNOWN_FACILITY');
    expect(codeOf(() => proposeRoutes(model, sim.facilities, 'HUB-FRA', {}, { now }))).toBe('NO_COORDINATES');
    // Dover customs is the only way into the UK.
    const london = { facilityCode: 'DEP-LON' };
    expect(codeOf(() => proposeRoutes(model, sim.facilities, 'HUB-FRA', london, { now, avoid: new Set(['CUS-DVR']) }))).toBe('UNREACHABLE_DESTINATION');
  });
});

describe('kShortestPaths', () => {
  it('finds loopless paths in cost order', () => {
    const graph = new Map([
      ['A', [{ to: 'B', cost: 1 }, { to: 'C', cost: 2 }]],
      ['B', [{ to: 'D', cost: 1 }, { to: 'C', cost: 0.5 }]],
      ['C', [{ to: 'D', cost: 1 }]],
    ]);
    const paths = kShortestPaths(graph, 'A', 'D', 5);
    expect(paths.map((p) => p.nodes.join(''))).toEqual(['ABD', 'ABCD', 'ACD']);
    expect(paths.map((p) => p.cost)).toEqual([2, 2.5, 3]);
  });
});
