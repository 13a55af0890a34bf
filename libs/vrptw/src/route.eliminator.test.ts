import { describe, expect, it } from 'vitest';
import { applyEjection, findEjection } from './ejection.js';
import { buildInstance, type VrptwInstance } from './instance.model.js';
import { recreate } from './recreate.js';
import { Random } from './random.js';
import { eliminateRoutes } from './route.eliminator.js';
import { SearchClock } from './search.clock.js';
import { DEFAULT_SEARCH_PARAMS } from './search.params.js';
import { checkSolution } from './solution.checker.js';
import { Route, Solution } from './solution.state.js';
import { c101First25, tinyProblem } from './test-fixtures.js';

function solutionOf(inst: ReturnType<typeof buildInstance>, routes: number[][]): Solution {
  const sol = new Solution(inst.size, routes.map((nodes) => new Route(nodes)));
  for (const r of sol.routes) r.refresh(inst);
  return sol;
}

describe('findEjection', () => {
  it('ejects the customer with the lowest penalty that makes the insertion fit', () => {
    // Capacity 10: customers 1 and 2 (demand 4 each) fill a route to 8, so 3 only fits if one of them leaves.
    const inst = buildInstance(tinyProblem());
    const sol = solutionOf(inst, [[1, 2]]);
    const penalty = new Int32Array(inst.size).fill(1);
    penalty[1] = 5;
    const move = findEjection(inst, sol, 3, penalty, 3, 1000);
    expect(move?.ejected).toEqual([2]);
    applyEjection(inst, sol, 3, move!);
    expect(sol.routes[0]!.nodes).toEqual([1, 3]);
    expect(sol.routeOf[2]).toBeUndefined();
  });

  it('finds the least-penalty ejection a brute force over every route, position and set finds', () => {
    const inst = buildInstance(c101First25());
    const rng = new Random(11);
    // A tight capacity, so that ejections must free load as well as time.
    const totalDemand = inst.demand.reduce((s, d) => s + d, 0);
    const penalty = new Int32Array(inst.size).map(() => rng.int(1, 6));
    let found = 0;
    let overloaded = 0;
    for (let trial = 0; trial < 6; trial++) {
      inst.capacity = trial % 2 === 0 ? 200 : Math.ceil(totalDemand / 3) + 5;
      // Greedy insertion into three routes leaves out customers that then fit nowhere, as in route elimination.
      const sol = new Solution(inst.size);
      const all = Array.from({ length: 25 }, (_, i) => i + 1);
      const left = recreate(inst, sol, all, rng, { blinkRate: 0, maxRoutes: 3, nearRoutes: Infinity });
      for (const u of left) {
        const move = findEjection(inst, sol, u, penalty, 2, Infinity);
        const best = bruteForceEjection(inst, sol, u, penalty, 2);
        expect(move === undefined).toBe(best === undefined);
        if (move === undefined || best === undefined) continue;
        found++;
        if (move.route.load + inst.demand[u]! > inst.capacity) overloaded++;
        expect(move.penalty).toBe(best.penalty);
        expect(move.distance).toBeCloseTo(best.distance, 9);
      }
    }
    expect(found).toBeGreaterThan(0);
    expect(overloaded).toBeGreaterThan(0);
  });

  it('finds nothing when no set of at most maxEjected customers frees the route', () => {
    const inst = buildInstance({ ...tinyProblem(), vehicles: { count: 2, capacity: 12 } });
    const sol = solutionOf(inst, [[1, 2]]);
    // Customer 3 fits by capacity; time is what must be freed, and a due time of 0 can never be met.
    inst.due[3] = 0;
    expect(findEjection(inst, sol, 3, new Int32Array(inst.size).fill(1), 3, 1000)).toBeUndefined();
  });
});

/** Every route, position and set of 1..maxEjected customers: the least (penalty, distance) that is feasible. */
function bruteForceEjection(inst: VrptwInstance, sol: Solution, u: number, penalty: Int32Array, maxEjected: number): { penalty: number; distance: number } | undefined {
  let best: { penalty: number; distance: number } | undefined;
  for (const route of sol.routes) {
    const subsets = subsetsUpTo(route.nodes, maxEjected);
    for (let pos = 0; pos <= route.nodes.length; pos++) {
      const withU = [...route.nodes.slice(0, pos), u, ...route.nodes.slice(pos)];
      for (const out of subsets) {
        const candidate = new Route(withU.filter((v) => !out.includes(v)));
        candidate.refresh(inst);
        if (!feasible(inst, candidate)) continue;
        const pen = out.reduce((s, v) => s + penalty[v]!, 0);
        if (best === undefined || pen < best.penalty || (pen === best.penalty && candidate.distance < best.distance - 1e-9)) best = { penalty: pen, distance: candidate.distance };
      }
    }
  }
  return best;
}

function subsetsUpTo(items: number[], k: number): number[][] {
  const out: number[][] = [];
  const grow = (from: number, chosen: number[]): void => {
    if (chosen.length > 0) out.push(chosen);
    if (chosen.length === k) return;
    for (let i = from; i < items.length; i++) grow(i + 1, [...chosen, items[i]!]);
  };
  grow(0, []);
  return out;
}

function feasible(inst: VrptwInstance, route: Route): boolean {
  if (route.load > inst.capacity) return false;
  return route.nodes.every((v, k) => route.early[k + 1]! <= inst.due[v]! + 1e-9) && route.early[route.nodes.length + 1]! <= inst.due[0]! + 1e-9;
}

describe('eliminateRoutes', () => {
  it('gives the same routes for the same seed and iteration cap, every one feasible', () => {
    const problem = c101First25();
    const inst = buildInstance(problem);
    const run = (): number[][] => {
      const start = solutionOf(inst, Array.from({ length: 25 }, (_, i) => [i + 1]));
      const search = { inst, rng: new Random(4), params: DEFAULT_SEARCH_PARAMS, clock: new SearchClock() };
      return eliminateRoutes(search, start, { deadline: Infinity, iterationCap: 400, stallMs: Infinity, lowerBound: 3 }).routes.map((r) => r.nodes.slice());
    };
    const a = run();
    expect(run()).toEqual(a);
    const routes = a.map((nodes) => nodes.map((v) => inst.ids[v]!));
    expect(checkSolution(problem, { routes }).violations).toEqual([]);
  });

  it('takes C101.25 from one route per customer to the optimal 3 routes, feasibly', () => {
    const problem = c101First25();
    const inst = buildInstance(problem);
    const start = solutionOf(inst, Array.from({ length: 25 }, (_, i) => [i + 1]));
    const search = { inst, rng: new Random(1), params: DEFAULT_SEARCH_PARAMS, clock: new SearchClock() };
    const best = eliminateRoutes(search, start, { deadline: Infinity, iterationCap: 20_000, stallMs: Infinity, lowerBound: 3 });
    expect(best.routes.length).toBe(3);
    const routes = best.routes.map((r) => r.nodes.map((v) => inst.ids[v]!));
    expect(checkSolution(problem, { routes }).violations).toEqual([]);
  });
});
