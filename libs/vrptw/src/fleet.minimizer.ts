import type { Random } from './random.js';
import { recreate } from './recreate.js';
import { ruinStrings } from './ruin.js';
import type { SearchContext } from './search.context.js';
import type { Solution } from './solution.state.js';

/**
 * SISR fleet minimisation: delete a route, then ruin-and-recreate with one route fewer, accepting a
 * candidate when it leaves fewer customers out or leaves out customers that were absent less often.
 * The absence counters steer the search toward placing the customers that are hard to place.
 * Returns the best complete solution found (never one with customers left out).
 */
export function minimizeFleet(
  search: SearchContext,
  start: Solution,
  budget: { deadline: number; iterationCap: number; stallMs: number; lowerBound: number },
): Solution {
  const { inst, rng, params, clock } = search;
  const { deadline, iterationCap, stallMs, lowerBound } = budget;
  let best = start;
  if (best.routes.length <= lowerBound) return best;
  const absence = new Float64Array(inst.size);
  const absenceSum = (absent: number[]): number => absent.reduce((s, v) => s + absence[v]!, 0);
  let current = withoutOneRoute(best, rng);

  let lastGain = clock.now();
  while (!clock.expired(Math.min(deadline, lastGain + stallMs), iterationCap)) {
    clock.iterations++;
    const candidate = current.clone();
    const removed = ruinStrings(inst, candidate, rng, params.fleetRuin);
    candidate.absent = recreate(inst, candidate, removed.concat(candidate.absent), rng, {
      blinkRate: params.blinkRate,
      nearRoutes: params.nearRoutes,
      maxRoutes: best.routes.length - 1,
    });
    for (const v of candidate.absent) absence[v]!++;
    if (candidate.absent.length < current.absent.length || absenceSum(candidate.absent) < absenceSum(current.absent)) {
      current = candidate;
    }
    if (current.absent.length === 0) {
      best = current;
      lastGain = clock.now();
      if (best.routes.length <= lowerBound) break;
      current = withoutOneRoute(best, rng);
    }
  }
  return best;
}

/** Removes the smaller of two random routes: small routes are the cheapest to absorb elsewhere. */
function withoutOneRoute(sol: Solution, rng: Random): Solution {
  const next = sol.clone();
  const a = rng.int(0, next.routes.length);
  const b = rng.int(0, next.routes.length);
  const pick = next.routes[a]!.nodes.length <= next.routes[b]!.nodes.length ? a : b;
  const [route] = next.routes.splice(pick, 1);
  for (const v of route!.nodes) next.routeOf[v] = undefined;
  next.absent.push(...route!.nodes);
  return next;
}
