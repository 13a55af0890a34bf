import { annealDistance } from './distance.annealer.js';
import { minimizeFleet } from './fleet.minimizer.js';
import { buildInstance, type VrptwInstance } from './instance.model.js';
import { Random } from './random.js';
import { reduceRoutes } from './route.eliminator.js';
import { recreate } from './recreate.js';
import { RoutingInputError } from './routing-input.error.js';
import { type BudgetClock, SearchClock } from './search.clock.js';
import type { SearchContext } from './search.context.js';
import { DEFAULT_SEARCH_PARAMS, type SearchParams } from './search.params.js';
import { Solution } from './solution.state.js';
import { validateVrptwProblem } from './vrptw.validation.js';
import type { VrptwObjective, VrptwProblem, VrptwSolution, VrptwSolveOptions } from './vrptw.types.js';

const DEFAULT_SEED = 1;
/** Nodes above which the distance objective anneals in a single run. */
const LARGE_INSTANCE = 200;
export const OBJECTIVES: readonly VrptwObjective[] = ['VEHICLES_THEN_DISTANCE', 'DISTANCE'];
export const BUDGET_CLOCKS: readonly BudgetClock[] = ['wall', 'cpu'];

/**
 * Solves within `timeLimitMs` of wall-clock time (or CPU time with `budgetClock: 'cpu'`) for the chosen objective (default vehicles first, then distance).
 *
 * Vehicles first: greedy construction, SISR fleet minimisation until it stalls, then route elimination with
 * an ejection pool (together up to `fleetShare` of the budget, stopping at the capacity lower bound or when
 * stalled), then SISR distance annealing with the fleet size capped, polished by local search (local.search.ts),
 * split over `params.runs` restarts. Distance: no fleet phase (beyond reaching the fleet limit if the
 * construction exceeds it); SISR annealing on distance + vehicleCost per route, with as many routes open
 * as the fleet allows. Only complete, capacity- and time-window-feasible solutions are ever returned. If
 * even the best one needs more routes than `vehicles.count`, it is returned with `fleetExceeded: true`
 * rather than thrown, so callers can show "needs N vehicles" instead of nothing. The construction always
 * runs to completion, so a tiny budget can be exceeded by that step.
 */
export function solveVrptw(
  problem: VrptwProblem,
  options: VrptwSolveOptions,
  params: SearchParams = DEFAULT_SEARCH_PARAMS,
): VrptwSolution {
  const { objective, vehicleCost, budgetClock } = validateOptions(options);
  const clock = new SearchClock(options.maxIterations ?? Infinity, budgetClock);
  validateVrptwProblem(problem);
  const seed = options.seed ?? DEFAULT_SEED;
  const inst = buildInstance(problem);
  const rng = new Random(seed);
  const search: SearchContext = { inst, rng, params, clock };
  const stats = (): VrptwSolution['stats'] => ({ seed, iterations: clock.iterations, elapsedMs: clock.now() - clock.startedAt, budgetClock });
  if (inst.size === 1) return toSolution(inst, new Solution(1), vehicleCost, stats());
  const budgetEnd = clock.startedAt + options.timeLimitMs;
  const iterationEnd = clock.maxIterations;
  const lowerBound = capacityLowerBound(inst);
  const vehiclesFirst = objective === 'VEHICLES_THEN_DISTANCE';
  const costOf = (s: Solution): number => s.distance + vehicleCost * s.routes.length;
  // Either objective prefers a plan within the fleet; then fewest routes (vehicles first) or lowest cost.
  const isBetter = (a: Solution, b: Solution): boolean => {
    const overA = a.routes.length > inst.fleet;
    const overB = b.routes.length > inst.fleet;
    if (overA !== overB) return overB;
    if (vehiclesFirst || overA) return a.routes.length < b.routes.length || (a.routes.length === b.routes.length && costOf(a) < costOf(b));
    return costOf(a) < costOf(b);
  };

  // Vehicles first: the fleet phase runs once on the whole budget. Distance: only down to the fleet limit.
  let best = construct(inst, rng);
  const temperatureScale = best.distance / Math.max(1, inst.size - 1 + best.routes.length);
  const fleetBudget = {
    deadline: Math.min(budgetEnd, clock.startedAt + params.fleetShare * options.timeLimitMs),
    iterationCap: Math.floor(params.fleetShare * iterationEnd),
  };
  best = vehiclesFirst
    ? reduceRoutes(search, best, { ...fleetBudget, lowerBound, budgetMs: options.timeLimitMs })
    : minimizeFleet(search, best, { ...fleetBudget, stallMs: params.fleetStallShare * options.timeLimitMs, lowerBound: Math.max(lowerBound, inst.fleet) });

  // The rest is split over independent runs: where the fleet phase left off decides most of the
  // final distance, so later runs rebuild from scratch down to the same fleet size before annealing.
  // On large instances one run gets too few iterations to converge (1,000 customers: one 15 s run beat five 12 s runs).
  const runs = Math.max(1, Math.floor(vehiclesFirst ? params.runs : inst.size > LARGE_INSTANCE ? 1 : params.distanceRuns));
  const from = clock.now();
  const fromIteration = clock.iterations;
  let rebuilding = true;
  for (let run = 0; run < runs; run++) {
    const slotEnd = from + ((run + 1) * (budgetEnd - from)) / runs;
    const slotIterations = fromIteration + Math.floor(((run + 1) * (iterationEnd - fromIteration)) / runs);
    let start = best;
    if (run > 0 && rebuilding) {
      const target = vehiclesFirst ? best.routes.length : Math.max(inst.fleet, best.routes.length);
      const rebuildBudget = {
        deadline: clock.now() + params.rebuildShare * (slotEnd - clock.now()),
        iterationCap: clock.iterations + Math.floor(params.rebuildShare * (slotIterations - clock.iterations)),
        lowerBound: Math.max(lowerBound, target),
      };
      const rebuilt = minimizeFleet(search, construct(inst, rng), { ...rebuildBudget, stallMs: Infinity });
      // A rebuild that missed the fleet size cannot win; keep polishing the best instead, and since route
      // elimination reached a size SISR alone could not, later runs spend their whole slot polishing.
      if (rebuilt.routes.length <= target) start = rebuilt;
      else rebuilding = false;
    }
    const result = annealDistance(search, start, { deadline: slotEnd, iterationCap: slotIterations }, temperatureScale, {
      vehiclesFirst,
      maxRoutes: Math.max(inst.fleet, start.routes.length),
      vehicleCost,
    });
    if (isBetter(result, best)) best = result;
  }
  return toSolution(inst, best, vehicleCost, stats());
}

function validateOptions(options: VrptwSolveOptions): { objective: VrptwObjective; vehicleCost: number; budgetClock: BudgetClock } {
  if (!Number.isFinite(options.timeLimitMs) || options.timeLimitMs < 0) {
    throw new RoutingInputError('INVALID_INPUT', `timeLimitMs must be a finite number >= 0 (got ${options.timeLimitMs})`);
  }
  if (options.maxIterations !== undefined && !(options.maxIterations >= 0)) {
    throw new RoutingInputError('INVALID_INPUT', `maxIterations must be >= 0 (got ${options.maxIterations})`);
  }
  const objective = options.objective ?? 'VEHICLES_THEN_DISTANCE';
  if (!OBJECTIVES.includes(objective)) {
    throw new RoutingInputError('INVALID_INPUT', `objective must be one of ${OBJECTIVES.join(', ')} (got ${String(objective)})`);
  }
  const vehicleCost = options.vehicleCost ?? 0;
  if (typeof vehicleCost !== 'number' || !Number.isFinite(vehicleCost) || vehicleCost < 0) {
    throw new RoutingInputError('INVALID_INPUT', `vehicleCost must be a finite number >= 0 (got ${String(vehicleCost)})`);
  }
  const budgetClock = options.budgetClock ?? 'wall';
  if (!BUDGET_CLOCKS.includes(budgetClock)) {
    throw new RoutingInputError('INVALID_INPUT', `budgetClock must be one of ${BUDGET_CLOCKS.join(', ')} (got ${String(budgetClock)})`);
  }
  return { objective, vehicleCost, budgetClock };
}

function construct(inst: VrptwInstance, rng: Random): Solution {
  const solution = new Solution(inst.size);
  const all = Array.from({ length: inst.size - 1 }, (_, i) => i + 1);
  recreate(inst, solution, all, rng, { blinkRate: 0, maxRoutes: Infinity, nearRoutes: Infinity });
  return solution;
}

function capacityLowerBound(inst: VrptwInstance): number {
  let total = 0;
  for (let v = 1; v < inst.size; v++) total += inst.demand[v]!;
  return Math.max(1, Math.ceil(total / inst.capacity - 1e-9));
}

function toSolution(inst: VrptwInstance, sol: Solution, vehicleCost: number, stats: VrptwSolution['stats']): VrptwSolution {
  const routes = sol.routes.filter((r) => r.nodes.length > 0);
  const distance = routes.reduce((s, r) => s + r.distance, 0);
  return {
    vehicles: routes.length,
    distance,
    cost: distance + vehicleCost * routes.length,
    routes: routes.map((r) => r.nodes.map((v) => inst.ids[v]!)),
    fleetExceeded: routes.length > inst.fleet,
    stats,
  };
}
