import { applyEjection, findEjection } from './ejection.js';
import { recreate } from './recreate.js';
import { ruinStrings } from './ruin.js';
import { minimizeFleet } from './fleet.minimizer.js';
import type { SearchContext } from './search.context.js';
import { RoutesSnapshot, type Solution } from './solution.state.js';

/**
 * Vehicles-first fleet phase: SISR removes the easy routes fast; once it stalls, route elimination keeps
 * going on the hard ones until the deadline or its own stall (shares of `budgetMs`).
 */
export function reduceRoutes(
  search: SearchContext,
  start: Solution,
  budget: { deadline: number; iterationCap: number; lowerBound: number; budgetMs: number },
): Solution {
  const { params } = search;
  const { budgetMs, ...rest } = budget;
  const reduced = minimizeFleet(search, start, { ...rest, stallMs: params.handoverStallShare * budgetMs });
  return eliminateRoutes(search, reduced, { ...rest, stallMs: params.eliminationStallShare * budgetMs });
}

/**
 * Route elimination after Nagata & Bräysy (2009): delete a route, keep its customers in an ejection pool
 * and take them back one at a time. A customer that fits nowhere is inserted anyway and up to
 * `maxEjected` customers of that route go to the pool instead, chosen by the lowest sum of penalty
 * counters (a counter grows each time its customer fails to fit, so hard customers end up placed and easy
 * ones ejected). After each ejection a few feasible ruin-and-recreate moves perturb the solution so the
 * same ejections do not cycle. The deletion succeeds when the pool empties; the search gives up at the
 * deadline or after `stallMs` without a deletion, and only complete solutions are returned.
 */
export function eliminateRoutes(
  search: SearchContext,
  start: Solution,
  budget: { deadline: number; iterationCap: number; stallMs: number; lowerBound: number },
): Solution {
  const { inst, rng, params, clock } = search;
  const { iterationCap, stallMs, lowerBound } = budget;
  let best = start;
  let deadline = Math.min(budget.deadline, clock.now() + stallMs);
  while (best.routes.length > lowerBound && !clock.expired(deadline, iterationCap)) {
    const sol = best.clone();
    const [route] = sol.routes.splice(rng.int(0, sol.routes.length), 1);
    for (const v of route!.nodes) sol.routeOf[v] = undefined;
    const pool = route!.nodes.slice();
    const penalty = new Int32Array(inst.size).fill(1);
    const maxRoutes = sol.routes.length;
    while (pool.length > 0 && !clock.expired(deadline, iterationCap)) {
      clock.iterations++;
      const u = pool.pop()!;
      const insert = { blinkRate: 0, maxRoutes, nearRoutes: params.nearRoutes };
      if (recreate(inst, sol, [u], rng, insert).length === 0) continue;
      penalty[u]!++;
      const move = findEjection(inst, sol, u, penalty, params.maxEjected, params.ejectionBudget);
      if (move === undefined) {
        pool.unshift(u);
      } else {
        pool.push(...applyEjection(inst, sol, u, move));
      }
      perturb(search, sol, maxRoutes);
    }
    if (pool.length > 0) break;
    best = sol;
    deadline = Math.min(budget.deadline, clock.now() + stallMs);
  }
  return best;
}

/**
 * Feasible ruin-and-recreate moves that keep every customer placed and open no route. Each move works on the
 * solution in place and is undone from a snapshot when it cannot place everyone: cheaper than cloning the whole
 * solution per move, and the same moves and random draws as cloning would give.
 */
function perturb(search: SearchContext, sol: Solution, maxRoutes: number): void {
  const { inst, rng, params } = search;
  for (let k = 0; k < params.perturbMoves; k++) {
    const before = RoutesSnapshot.of(sol);
    const removed = ruinStrings(inst, sol, rng, params.perturbRuin);
    const failed = recreate(inst, sol, removed, rng, { blinkRate: params.blinkRate, nearRoutes: params.nearRoutes, maxRoutes });
    // Empty routes were dropped by the ruin; the pool may still use the slot.
    if (failed.length > 0) before.restore(sol);
  }
}
