import type { CustomerId, VrptwProblem, VrptwSolution } from './vrptw.types.js';
import { TIME_EPSILON } from './vrptw.validation.js';

export type ViolationKind =
  | 'UNKNOWN_CUSTOMER'
  | 'DUPLICATE_CUSTOMER'
  | 'MISSING_CUSTOMER'
  | 'CAPACITY'
  | 'TIME_WINDOW'
  | 'DEPOT_RETURN'
  | 'FLEET_SIZE'
  | 'VEHICLE_COUNT_MISMATCH'
  | 'DISTANCE_MISMATCH';

export interface Violation {
  kind: ViolationKind;
  message: string;
  route?: number;
  customerId?: CustomerId;
}

export interface SolutionCheck {
  feasible: boolean;
  violations: Violation[];
  /** Recomputed from the problem, not taken from the solution. */
  distance: number;
  vehicles: number;
}

/** Relative tolerance for the claimed distance: summation order differs between implementations. */
const DISTANCE_TOLERANCE = 1e-6;

/**
 * Re-derives everything from the problem, sharing no code with the solver, so it can catch solver
 * bugs: capacity, time windows (waiting allowed, service must start by the due time, return before
 * the depot closes; distances as `problem.rounding` says), every customer exactly once, fleet size, and
 * the claimed distance / vehicle count.
 */
export function checkSolution(
  problem: VrptwProblem,
  solution: Pick<VrptwSolution, 'routes'> & Partial<Pick<VrptwSolution, 'distance' | 'vehicles'>>,
): SolutionCheck {
  const violations: Violation[] = [];
  const byId = new Map(problem.customers.map((c) => [c.id, c]));
  const visits = new Map<CustomerId, number>();
  const { depot } = problem;
  const measure = (x1: number, y1: number, x2: number, y2: number): number => {
    if (problem.rounding !== 'dimacs') return Math.hypot(x1 - x2, y1 - y2);
    // DIMACS truncates to one decimal; sqrt of the exact sum of squares, so integer grids truncate alike everywhere.
    return Math.floor(Math.sqrt((x1 - x2) ** 2 + (y1 - y2) ** 2) * 10) / 10;
  };
  let total = 0;

  solution.routes.forEach((route, r) => {
    let x = depot.x;
    let y = depot.y;
    let time = depot.readyTime;
    let service = 0;
    let load = 0;
    for (const id of route) {
      const c = byId.get(id);
      if (c === undefined) {
        violations.push({ kind: 'UNKNOWN_CUSTOMER', message: `route ${r}: unknown customer ${String(id)}`, route: r, customerId: id });
        continue;
      }
      visits.set(id, (visits.get(id) ?? 0) + 1);
      const leg = measure(c.x, c.y, x, y);
      total += leg;
      time = Math.max(c.readyTime, time + service + leg);
      if (time > c.dueTime + TIME_EPSILON) {
        violations.push({
          kind: 'TIME_WINDOW',
          message: `route ${r}: service at customer ${String(id)} starts at ${time}, after its due time ${c.dueTime}`,
          route: r,
          customerId: id,
        });
      }
      load += c.demand;
      service = c.serviceTime;
      x = c.x;
      y = c.y;
    }
    const back = measure(depot.x, depot.y, x, y);
    total += back;
    if (route.length > 0 && time + service + back > depot.dueTime + TIME_EPSILON) {
      violations.push({ kind: 'DEPOT_RETURN', message: `route ${r}: returns at ${time + service + back}, after the depot closes at ${depot.dueTime}`, route: r });
    }
    if (load > problem.vehicles.capacity) {
      violations.push({ kind: 'CAPACITY', message: `route ${r}: load ${load} exceeds capacity ${problem.vehicles.capacity}`, route: r });
    }
  });

  for (const c of problem.customers) {
    const n = visits.get(c.id) ?? 0;
    if (n === 0) violations.push({ kind: 'MISSING_CUSTOMER', message: `customer ${String(c.id)} is not visited`, customerId: c.id });
    if (n > 1) violations.push({ kind: 'DUPLICATE_CUSTOMER', message: `customer ${String(c.id)} is visited ${n} times`, customerId: c.id });
  }
  const vehicles = solution.routes.length;
  if (vehicles > problem.vehicles.count) {
    violations.push({ kind: 'FLEET_SIZE', message: `${vehicles} routes but only ${problem.vehicles.count} vehicles` });
  }
  if (solution.vehicles !== undefined && solution.vehicles !== vehicles) {
    violations.push({ kind: 'VEHICLE_COUNT_MISMATCH', message: `claims ${solution.vehicles} vehicles but has ${vehicles} routes` });
  }
  if (solution.distance !== undefined && Math.abs(solution.distance - total) > DISTANCE_TOLERANCE * Math.max(1, total)) {
    violations.push({ kind: 'DISTANCE_MISMATCH', message: `claims distance ${solution.distance} but routes measure ${total}` });
  }
  return { feasible: violations.length === 0, violations, distance: total, vehicles };
}
