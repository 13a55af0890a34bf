import type { CustomerId, VrptwProblem } from './vrptw.types.js';

/** Candidate lists are capped so memory stays linear in the number of customers (SISR only walks the nearest). */
export const NEIGHBOUR_LIMIT = 100;

/**
 * Flat, index-based copy of a problem for the hot loops: node 0 is the depot, node i is customers[i-1].
 * Distances are computed from the coordinates on demand rather than stored as a matrix, so memory grows
 * linearly with the customers (a 1,000-customer matrix would be 8 MB, 10,000 customers 800 MB).
 */
export interface VrptwInstance {
  /** Nodes including the depot. */
  size: number;
  capacity: number;
  fleet: number;
  xs: Float64Array;
  ys: Float64Array;
  /** DIMACS convention: distances (= travel times) truncated to one decimal. */
  dimacs: boolean;
  demand: Float64Array;
  ready: Float64Array;
  due: Float64Array;
  service: Float64Array;
  /** Distance from the depot to each node. */
  fromDepot: Float64Array;
  /** For each customer, up to NEIGHBOUR_LIMIT other customers by increasing distance; index 0 unused. */
  neighbours: Int32Array[];
  ids: CustomerId[];
}

/** Euclidean distance (= travel time) between nodes i and j, truncated to one decimal under DIMACS. */
export function dist(inst: VrptwInstance, i: number, j: number): number {
  const dx = inst.xs[i]! - inst.xs[j]!;
  const dy = inst.ys[i]! - inst.ys[j]!;
  const d = Math.sqrt(dx * dx + dy * dy);
  return inst.dimacs ? Math.floor(d * 10) / 10 : d;
}

export function buildInstance(problem: VrptwProblem): VrptwInstance {
  const size = problem.customers.length + 1;
  const xs = new Float64Array(size);
  const ys = new Float64Array(size);
  const demand = new Float64Array(size);
  const ready = new Float64Array(size);
  const due = new Float64Array(size);
  const service = new Float64Array(size);
  xs[0] = problem.depot.x;
  ys[0] = problem.depot.y;
  ready[0] = problem.depot.readyTime;
  due[0] = problem.depot.dueTime;
  const ids: CustomerId[] = [''];
  problem.customers.forEach((c, k) => {
    const i = k + 1;
    xs[i] = c.x;
    ys[i] = c.y;
    demand[i] = c.demand;
    ready[i] = c.readyTime;
    due[i] = c.dueTime;
    service[i] = c.serviceTime;
    ids.push(c.id);
  });

  const inst: VrptwInstance = {
    size,
    capacity: problem.vehicles.capacity,
    fleet: problem.vehicles.count,
    xs,
    ys,
    dimacs: problem.rounding === 'dimacs',
    demand,
    ready,
    due,
    service,
    fromDepot: new Float64Array(size),
    neighbours: [new Int32Array(0)],
    ids,
  };
  for (let i = 1; i < size; i++) inst.fromDepot[i] = dist(inst, 0, i);

  const row = new Float64Array(size);
  const others = Array.from({ length: size - 1 }, (_, k) => k + 1);
  for (let i = 1; i < size; i++) {
    for (let j = 1; j < size; j++) row[j] = dist(inst, i, j);
    const sorted = others.filter((j) => j !== i).sort((a, b) => row[a]! - row[b]!);
    inst.neighbours.push(Int32Array.from(sorted.slice(0, NEIGHBOUR_LIMIT)));
  }
  return inst;
}
