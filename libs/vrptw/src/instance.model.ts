import type { CustomerId, VrptwProblem } from './vrptw.types.js';

/**
 * Flat, index-based copy of a problem for the hot loops: node 0 is the depot, node i is customers[i-1].
 * Typed arrays keep the per-insertion feasibility test to a handful of array reads.
 */
export interface VrptwInstance {
  /** Nodes including the depot. */
  size: number;
  capacity: number;
  fleet: number;
  demand: Float64Array;
  ready: Float64Array;
  due: Float64Array;
  service: Float64Array;
  /** Row-major size x size Euclidean distances (= travel times). */
  dist: Float64Array;
  /** For each customer, the other customers by increasing distance; index 0 unused. */
  neighbours: Int32Array[];
  ids: CustomerId[];
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

  const dist = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const d = Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);
      dist[i * size + j] = d;
      dist[j * size + i] = d;
    }
  }

  const neighbours: Int32Array[] = [new Int32Array(0)];
  for (let i = 1; i < size; i++) {
    const others = Array.from({ length: size - 2 }, (_, k) => (k + 1 >= i ? k + 2 : k + 1));
    others.sort((a, b) => dist[i * size + a]! - dist[i * size + b]!);
    neighbours.push(Int32Array.from(others));
  }

  return {
    size,
    capacity: problem.vehicles.capacity,
    fleet: problem.vehicles.count,
    demand,
    ready,
    due,
    service,
    dist,
    neighbours,
    ids,
  };
}
