/**
 * Public data shapes of the VRPTW solver. Times and distances share one unit (travel time = distance),
 * which is the Solomon convention; the geo adapter scales coordinates so that unit is minutes.
 */

import type { BudgetClock } from './search.clock.js';

export type { BudgetClock };

export type CustomerId = number | string;

export interface VrptwDepot {
  x: number;
  y: number;
  /** Earliest departure from the depot. */
  readyTime: number;
  /** Latest return to the depot. */
  dueTime: number;
}

export interface VrptwCustomer {
  id: CustomerId;
  x: number;
  y: number;
  demand: number;
  /** Service may not start before this time (the vehicle waits). */
  readyTime: number;
  /** Service must start at or before this time. */
  dueTime: number;
  serviceTime: number;
}

export interface VrptwProblem {
  depot: VrptwDepot;
  vehicles: { count: number; capacity: number };
  customers: VrptwCustomer[];
  /**
   * How distances (= travel times) are measured: exact Euclidean (default, the Solomon convention) or
   * truncated to one decimal (the DIMACS convention of the Gehring & Homberger VRPLIB files).
   */
  rounding?: VrptwRounding;
}

export type VrptwRounding = 'none' | 'dimacs';

/**
 * VEHICLES_THEN_DISTANCE: fewest vehicles first, then shortest distance (the classic Solomon ranking).
 * DISTANCE: total distance plus `vehicleCost` per vehicle used (as VROOM, PyVRP and DIMACS benchmark).
 */
export type VrptwObjective = 'VEHICLES_THEN_DISTANCE' | 'DISTANCE';

export interface VrptwSolveOptions {
  /** Budget for the whole call, including preprocessing, on `budgetClock`. */
  timeLimitMs: number;
  /**
   * What `timeLimitMs` counts: `wall` (default) elapsed time, or `cpu` time of this process (this thread on
   * Node 23.9+), so a budget buys the same search on a loaded machine. See SearchClock.
   */
  budgetClock?: BudgetClock;
  /** Same seed + same problem + same iteration count gives the same search trajectory. */
  seed?: number;
  /**
   * Optional cap on ruin-and-recreate iterations. With a cap that binds before the time limit the
   * result depends only on problem and seed, not on machine speed (used by tests).
   */
  maxIterations?: number;
  /** Default VEHICLES_THEN_DISTANCE. */
  objective?: VrptwObjective;
  /** Fixed cost per vehicle used, in distance units (default 0); it breaks ties in VEHICLES_THEN_DISTANCE. */
  vehicleCost?: number;
}

export interface VrptwSolveStats {
  seed: number;
  iterations: number;
  /** On the budget clock. */
  elapsedMs: number;
  budgetClock: BudgetClock;
}

export interface VrptwSolution {
  vehicles: number;
  distance: number;
  /** distance + vehicleCost * vehicles. */
  cost: number;
  /** Customer ids in visiting order; every route starts and ends at the depot (not listed). */
  routes: CustomerId[][];
  /**
   * True when no feasible solution within `vehicles.count` routes was found. The routes are still
   * feasible for capacity and time windows; the caller decides whether more vehicles are acceptable.
   */
  fleetExceeded: boolean;
  stats: VrptwSolveStats;
}
