import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildInstance, dist, type VrptwInstance } from './instance.model.js';
import { descend } from './local.search.js';
import { Random } from './random.js';
import { recreate } from './recreate.js';
import { checkSolution } from './solution.checker.js';
import { Route, Solution } from './solution.state.js';
import { loadC101 } from './test-fixtures.js';
import { parseVrplib } from './vrplib.parser.js';
import type { VrptwProblem } from './vrptw.types.js';

/** A greedy solution with blinks: feasible, far from optimal, so the descent has plenty to do. */
function greedy(inst: VrptwInstance, rng: Random): Solution {
  const sol = new Solution(inst.size);
  const all = Array.from({ length: inst.size - 1 }, (_, i) => i + 1);
  recreate(inst, sol, all, rng, { blinkRate: 0.1, maxRoutes: Infinity, nearRoutes: Infinity });
  return sol;
}

function asPlan(inst: VrptwInstance, sol: Solution): { routes: (string | number)[][]; distance: number; vehicles: number } {
  return { routes: sol.routes.map((r) => r.nodes.map((v) => inst.ids[v]!)), distance: sol.distance, vehicles: sol.routes.length };
}

/** The first 300 customers of Homberger's RC2_10_1 with DIMACS rounding (truncated distances break the triangle inequality). */
function rc2101First300(): VrptwProblem {
  const file = fileURLToPath(new URL('./fixtures/RC2_10_1.vrp', import.meta.url));
  const full = parseVrplib(readFileSync(file, 'utf8'), { rounding: 'dimacs' }).problem;
  return { ...full, customers: full.customers.slice(0, 300) };
}

/** Independent of the O(1) tests in local.search.ts: re-times the whole route. */
function routeFeasible(inst: VrptwInstance, nodes: number[]): boolean {
  let t = inst.ready[0]!;
  let prev = 0;
  let load = 0;
  for (const v of nodes) {
    t = Math.max(inst.ready[v]!, t + inst.service[prev]! + dist(inst, prev, v));
    if (t > inst.due[v]! + 1e-9) return false;
    load += inst.demand[v]!;
    prev = v;
  }
  return load <= inst.capacity && t + inst.service[prev]! + dist(inst, prev, 0) <= inst.due[0]! + 1e-9;
}

function routeLength(inst: VrptwInstance, nodes: number[]): number {
  let d = 0;
  let prev = 0;
  for (const v of nodes) {
    d += dist(inst, prev, v);
    prev = v;
  }
  return d + dist(inst, prev, 0);
}

describe('descend (granular local search)', () => {
  it.each([
    ['C101', loadC101, [1, 2, 3]],
    ['300 customers of RC2_10_1 (DIMACS rounding)', rc2101First300, [1, 2]],
  ] as const)('keeps %s feasible as the independent checker sees it, opens no route and gains what it reports', (_name, load, seeds) => {
    const problem = load();
    const inst = buildInstance(problem);
    for (const seed of seeds) {
      const rng = new Random(seed);
      const sol = greedy(inst, rng);
      const before = sol.distance;
      const routesBefore = sol.routes.length;
      const gain = descend(inst, sol, rng, { neighbours: 20, vehicleCost: 0 });
      const check = checkSolution(problem, asPlan(inst, sol));
      expect(check.violations).toEqual([]);
      expect(sol.routes.length).toBeLessThanOrEqual(routesBefore);
      expect(gain).toBeGreaterThan(0);
      expect(before - check.distance).toBeCloseTo(gain, 6);
      // routeOf agrees with the routes after the moves.
      for (const r of sol.routes) for (const v of r.nodes) expect(sol.routeOf[v]).toBe(r);
    }
  });

  it('leaves no feasible improving relocation of a customer next to one of its neighbours (a brute force over re-timed routes)', () => {
    const problem = loadC101();
    const inst = buildInstance(problem);
    const neighbours = 10;
    for (const seed of [4, 5]) {
      const rng = new Random(seed);
      const sol = greedy(inst, rng);
      descend(inst, sol, rng, { neighbours, vehicleCost: 0 });
      for (const a of sol.routes) {
        for (let i = 0; i < a.nodes.length; i++) {
          const u = a.nodes[i]!;
          for (const v of inst.neighbours[u]!.slice(0, neighbours)) {
            const b = sol.routeOf[v]!;
            if (b === a) continue;
            const rest = a.nodes.filter((w) => w !== u);
            const j = b.nodes.indexOf(v);
            for (const at of [j, j + 1]) {
              const into = [...b.nodes.slice(0, at), u, ...b.nodes.slice(at)];
              if (!routeFeasible(inst, rest) || !routeFeasible(inst, into)) continue;
              const gain = routeLength(inst, a.nodes) + routeLength(inst, b.nodes) - routeLength(inst, rest) - routeLength(inst, into);
              expect(gain).toBeLessThanOrEqual(1e-6);
            }
          }
        }
      }
    }
  });

  it('empties a route when that saves its vehicle cost', () => {
    // Two customers side by side, each on its own route: moving one onto the other's route closes a route.
    const problem: VrptwProblem = {
      depot: { x: 0, y: 0, readyTime: 0, dueTime: 1000 },
      vehicles: { count: 2, capacity: 10 },
      customers: [
        { id: 'a', x: 10, y: 0, demand: 1, readyTime: 0, dueTime: 1000, serviceTime: 1 },
        { id: 'b', x: 10, y: 1, demand: 1, readyTime: 0, dueTime: 1000, serviceTime: 1 },
      ],
    };
    const inst = buildInstance(problem);
    const sol = new Solution(inst.size, [new Route([1]), new Route([2])]);
    for (const r of sol.routes) r.refresh(inst);
    descend(inst, sol, new Random(1), { neighbours: 5, vehicleCost: 100 });
    expect(sol.routes).toHaveLength(1);
    expect(checkSolution(problem, asPlan(inst, sol)).violations).toEqual([]);
  });
});
