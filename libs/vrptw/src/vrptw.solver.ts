import { annealDistance } from './distance.annealer.js';
import { minimizeFleet } from './fleet.minimizer.js';
import { buildInstance, type VrptwInstance } from './instance.model.js';
import { Random } from './random.js';
import { recreate } from './recreate.js';
import { RoutingInputError } from './routing-input.error.js';
import { SearchClock } from './search.clock.js';
import type { SearchContext } from './search.context.js';
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from './search.params.js';
import { Solution } from './solution.state.js';
import { validateVrptwProblem } from './vrptw.validation.js';
import type { VrptwProblem, VrptwSolution, VrptwSolveOptions } from './vrptw.types.js';

const DEFAULT_SEED = 1;

/**
 * Minimises vehicles first, then total distance, within `timeLimitMs` of wall-clock time.
 *
 * Greedy construction, SISR fleet minimisation (up to `fleetShare` of the budget, stopping at the
 * capacity lower bound or when stalled), then SISR distance annealing with the fleet size capped,
 * split over `params.runs` restarts. Only complete, capacity- and time-window-feasible solutions
 * are ever returned. If even the best one needs more routes than `vehicles.count`, it is returned
 * with `fleetExceeded: true` rather than thrown, so callers can show "needs N vehicles" instead of
 * nothing. The construction always runs to completion, so a tiny budget can be exceeded by that step.
 */
export function solveVrptw(
  problem: VrptwProblem,
  options: VrptwSolveOptions,
  params: SearchParams = DEFAULT_SEARCH_PARAMS,
): VrptwSolution {
  const clock = new SearchClock(options.maxIterations ?? Infinity);
  if (!Number.isFinite(options.timeLimitMs) || options.timeLimitMs < 0) {
    throw new RoutingInputError('INVALID_INPUT', `timeLimitMs must be a finite number >= 0 (got ${options.timeLimitMs})`);
  }
  if (options.maxIterations !== undefined && !(options.maxIterations >= 0)) {
    throw new RoutingInputError('INVALID_INPUT', `maxIterations must be >= 0 (got ${options.maxIterations})`);
  }
  validateVrptwProblem(problem);
  const seed = options.seed ?? DEFAULT_SEED;
  const inst = buildInstance(problem);
  const rng = new Random(seed);
  const search: SearchContext = { inst, rng, params, clock };
  const stats = (): VrptwSolution['stats'] => ({ seed, iterations: clock.iterations, elapsedMs: clock.now() - clock.startedAt });
  if (inst.size === 1) return toSolution(inst, new Solution(1), stats());
  const budgetEnd = clock.startedAt + options.timeLimitMs;
  const iterationEnd = clock.maxIterations;
  const lowerBound = capacityLowerBound(inst);

  // The fleet phase runs once on the whole budget: vehicles come first in the objective.
  let best = construct(inst, rng);
  const temperatureScale = best.distance / Math.max(1, inst.size - 1 + best.routes.length);
  best = minimizeFleet(search, best, {
    deadline: Math.min(budgetEnd, clock.startedAt + params.fleetShare * options.timeLimitMs),
    iterationCap: Math.floor(params.fleetShare * iterationEnd),
    stallMs: params.fleetStallShare * options.timeLimitMs,
    lowerBound,
  });

  // The rest is split over independent runs: where the fleet phase left off decides most of the
  // final distance, so later runs rebuild from scratch down to the same fleet size before annealing.
  const runs = Math.max(1, Math.floor(params.runs));
  const from = clock.now();
  const fromIteration = clock.iterations;
  for (let run = 0; run < runs; run++) {
    const slotEnd = from + ((run + 1) * (budgetEnd - from)) / runs;
    const slotIterations = fromIteration + Math.floor(((run + 1) * (iterationEnd - fromIteration)) / runs);
    let start = best;
    if (run > 0) {
      const rebuilt = minimizeFleet(search, construct(inst, rng), {
        deadline: clock.now() + params.fleetShare * (slotEnd - clock.now()),
        iterationCap: clock.iterations + Math.floor(params.fleetShare * (slotIterations - clock.iterations)),
        stallMs: Infinity,
        lowerBound: Math.max(lowerBound, best.routes.length),
      });
      // A rebuild that missed the fleet size cannot win; keep polishing the best instead.
      if (rebuilt.routes.length <= best.routes.length) start = rebuilt;
    }
    const result = annealDistance(search, start, { deadline: slotEnd, iterationCap: slotIterations }, temperatureScale);
    if (isBetter(result, best)) best = result;
  }
  return toSolution(inst, best, stats());
}

function construct(inst: VrptwInstance, rng: Random): Solution {
  const solution = new Solution(inst.size);
  const all = Array.from({ length: inst.size - 1 }, (_, i) => i + 1);
  recreate(inst, solution, all, rng, { blinkRate: 0, maxRoutes: Infinity });
  return solution;
}

function isBetter(a: Solution, b: Solution): boolean {
  return a.routes.length < b.routes.length || (a.routes.length === b.routes.length && a.distance < b.distance);
}

function capacityLowerBound(inst: VrptwInstance): number {
  let total = 0;
  for (let v = 1; v < inst.size; v++) total += inst.demand[v]!;
  return Math.max(1, Math.ceil(total / inst.capacity - 1e-9));
}

function toSolution(inst: VrptwInstance, sol: Solution, stats: VrptwSolution['stats']): VrptwSolution {
  const routes = sol.routes.filter((r) => r.nodes.length > 0);
  return {
    vehicles: routes.length,
    distance: routes.reduce((s, r) => s + r.distance, 0),
    routes: routes.map((r) => r.nodes.map((v) => inst.ids[v]!)),
    fleetExceeded: routes.length > inst.fleet,
    stats,
  };
}
