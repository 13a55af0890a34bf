import { describe, expect, it } from 'vitest';
import { applyEjection, findEjection } from './ejection.js';
import { buildInstance } from './instance.model.js';
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

  it('finds nothing when no set of at most maxEjected customers frees the route', () => {
    const inst = buildInstance({ ...tinyProblem(), vehicles: { count: 2, capacity: 12 } });
    const sol = solutionOf(inst, [[1, 2]]);
    // Customer 3 fits by capacity; time is what must be freed, and a due time of 0 can never be met.
    inst.due[3] = 0;
    expect(findEjection(inst, sol, 3, new Int32Array(inst.size).fill(1), 3, 1000)).toBeUndefined();
  });
});

describe('eliminateRoutes', () => {
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
