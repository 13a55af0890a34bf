import { descend } from './local.search.js';
import { recreate } from './recreate.js';
import { ruinStrings } from './ruin.js';
import type { SearchContext } from './search.context.js';
import type { Solution } from './solution.state.js';

export interface AnnealGoal {
  /**
   * Vehicles first: routes may only be reopened up to the current count, so the vehicle count never
   * grows and a candidate with fewer routes is always accepted. Otherwise up to `maxRoutes` may be open.
   */
  vehiclesFirst: boolean;
  maxRoutes: number;
  vehicleCost: number;
}

/**
 * SISR ruin-and-recreate under simulated annealing on distance + vehicleCost * routes (after routes,
 * in vehicles-first mode). A candidate that cannot place every customer is discarded. With the fleet fixed (vehicles
 * first) ruins are smaller (`fixedFleetRuin`): at 20 customers most did not fit back into a minimal fleet. The temperature
 * decays geometrically with elapsed time (or iterations when capped), because the budget is wall-clock.
 */
export function annealDistance(
  search: SearchContext,
  start: Solution,
  budget: { deadline: number; iterationCap: number },
  temperatureScale: number,
  goal: AnnealGoal,
): Solution {
  const { inst, rng, params, clock } = search;
  const { deadline, iterationCap } = budget;
  const costOf = (s: Solution): number => s.distance + goal.vehicleCost * s.routes.length;
  // The local search polishes where the annealing starts and what it returns (on a copy: callers keep theirs).
  const polishInPlace = (s: Solution): Solution => {
    if (params.localSearchNeighbours > 0) descend(inst, s, rng, { neighbours: params.localSearchNeighbours, vehicleCost: goal.vehicleCost });
    return s;
  };
  const polish = (s: Solution): Solution => (params.localSearchNeighbours > 0 ? polishInPlace(s.clone()) : s);
  let current = polish(start);
  let currentCost = costOf(current);
  let best = current;
  let bestCost = currentCost;
  const t0 = params.startTemperature * temperatureScale;
  const ratio = params.endTemperature / params.startTemperature;
  const from = clock.now();
  const span = Math.max(1, deadline - from);
  const firstIteration = clock.iterations;
  const iterationSpan = iterationCap - firstIteration;

  while (!clock.expired(deadline, iterationCap)) {
    // Progress is whichever budget is closer to running out.
    const progress = Math.max((clock.now() - from) / span, (clock.iterations - firstIteration) / iterationSpan);
    clock.iterations++;
    const temperature = t0 * Math.pow(ratio, progress);
    const candidate = current.clone();
    const removed = ruinStrings(inst, candidate, rng, goal.vehiclesFirst ? params.fixedFleetRuin : params.distanceRuin);
    const failed = recreate(inst, candidate, removed, rng, {
      blinkRate: params.blinkRate,
      nearRoutes: params.nearRoutes,
      maxRoutes: goal.vehiclesFirst ? current.routes.length : goal.maxRoutes,
      routeCost: goal.vehiclesFirst || !params.openRouteWhenCheaper ? undefined : goal.vehicleCost,
    });
    if (failed.length > 0) continue;
    const cost = costOf(candidate);
    const fewerRoutes = goal.vehiclesFirst && candidate.routes.length < current.routes.length;
    if (fewerRoutes || cost < currentCost - temperature * Math.log(rng.next())) {
      current = candidate;
      currentCost = cost;
      if ((goal.vehiclesFirst && current.routes.length < best.routes.length) || cost < bestCost) {
        // Vehicles first finds new bests rarely enough that polishing each pays (under DISTANCE, on 1,000 customers, it would not).
        if (goal.vehiclesFirst) currentCost = costOf(polishInPlace(current));
        best = current;
        bestCost = currentCost;
      }
    }
  }
  return polish(best);
}
