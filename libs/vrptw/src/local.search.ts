import { dist, type VrptwInstance } from './instance.model.js';
import type { Random } from './random.js';
import type { Route, Solution } from './solution.state.js';
import { TIME_EPSILON } from './vrptw.validation.js';

/** A move must gain at least this much: float noise must not make the descent cycle. */
const MIN_GAIN = 1e-7;

export interface LocalSearchParams {
  /** Granularity: moves are tried only where they create an edge from a customer to one of its nearest neighbours. */
  neighbours: number;
  /** Fixed cost per route, so a move that empties a route is worth that much more. */
  vehicleCost: number;
}

/**
 * Granular first-improvement descent on distance (+ vehicleCost per route) with a fixed fleet: relocate a
 * customer next to a neighbour, swap it with a neighbour's predecessor or successor, 2-opt* (exchange route
 * tails so that a customer is followed by, or follows, its neighbour), and relocate within a route. The
 * inter-route moves are checked in O(1) from each route's cached schedule (`early`: earliest service start
 * so far, `late`: latest start that keeps the rest on time) and prefix loads; an intra-route relocation is
 * checked by re-timing the route, only when it would gain. Only feasible moves are made, and no route is
 * opened, so the solution stays feasible and never gains a vehicle. One pass costs O(customers x neighbours).
 * The solution is changed in place; returns the total gain.
 */
export function descend(inst: VrptwInstance, sol: Solution, rng: Random, params: LocalSearchParams): number {
  const ls = new Descent(inst, sol, params);
  const order = Array.from({ length: inst.size - 1 }, (_, i) => i + 1);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let gain = 0;
  for (let improved = true; improved; ) {
    improved = false;
    for (const u of order) {
      if (sol.routeOf[u] === undefined) continue;
      const g = ls.improve(u);
      if (g > 0) {
        gain += g;
        improved = true;
      }
    }
  }
  sol.dropEmptyRoutes();
  return gain;
}

class Descent {
  /** Sequence position of each customer in its route (1-based: 0 is the depot at the start). */
  private readonly pos: Int32Array;
  /** Load of each route's first k customers, per route. */
  private readonly prefix = new Map<Route, Float64Array>();

  constructor(
    private readonly inst: VrptwInstance,
    private readonly sol: Solution,
    private readonly params: LocalSearchParams,
  ) {
    this.pos = new Int32Array(inst.size);
    for (const r of sol.routes) this.index(r);
  }

  private index(r: Route): void {
    const pre = new Float64Array(r.nodes.length + 1);
    r.nodes.forEach((v, k) => {
      this.pos[v] = k + 1;
      pre[k + 1] = pre[k]! + this.inst.demand[v]!;
    });
    this.prefix.set(r, pre);
  }

  /** Node at sequence position p of r (the depot at both ends). */
  private at(r: Route, p: number): number {
    return p <= 0 || p > r.nodes.length ? 0 : r.nodes[p - 1]!;
  }

  /** Time leaving sequence position p of r on its current schedule. */
  private leave(r: Route, p: number): number {
    return r.early[p]! + this.inst.service[this.at(r, p)]!;
  }

  /** Can w be served right after leaving `from` at time t and still reach sequence position q of r by late[q]? */
  private fits(w: number, from: number, t: number, r: Route, q: number): boolean {
    const { ready, due, service } = this.inst;
    const start = Math.max(ready[w]!, t + dist(this.inst, from, w));
    return start <= due[w]! + TIME_EPSILON && start + service[w]! + dist(this.inst, w, this.at(r, q)) <= r.late[q]! + TIME_EPSILON;
  }

  /** Tries the moves that bring u next to each of its neighbours; makes the first that gains and returns the gain. */
  improve(u: number): number {
    const { inst, sol } = this;
    const nbrs = inst.neighbours[u]!;
    const limit = Math.min(nbrs.length, this.params.neighbours);
    for (let k = 0; k < limit; k++) {
      const v = nbrs[k]!;
      const a = sol.routeOf[u]!;
      const b = sol.routeOf[v];
      if (b === undefined) continue;
      const q = this.pos[v]!;
      // Each move is made as soon as it gains, so the next is only tried if it did not.
      const gain =
        a === b
          ? this.relocateWithin(u, v)
          : this.relocate(u, b, q) || this.relocate(u, b, q - 1) || this.swap(u, b, q + 1) || this.swap(u, b, q - 1) || this.twoOptStar(u, v) || this.twoOptStar(v, u);
      if (gain > 0) return gain;
    }
    return 0;
  }

  /** Moves u (not in b) between sequence positions q and q + 1 of route b. Returns the gain, or 0. */
  private relocate(u: number, b: Route, q: number): number {
    const { inst } = this;
    const a = this.sol.routeOf[u]!;
    const p = this.pos[u]!;
    if (b.load + inst.demand[u]! > inst.capacity) return 0;
    const pu = this.at(a, p - 1);
    const nu = this.at(a, p + 1);
    const bq = this.at(b, q);
    const bn = this.at(b, q + 1);
    const emptied = a.nodes.length === 1 ? this.params.vehicleCost : 0;
    const gain = emptied + dist(inst, pu, u) + dist(inst, u, nu) - dist(inst, pu, nu) + dist(inst, bq, bn) - dist(inst, bq, u) - dist(inst, u, bn);
    if (gain <= MIN_GAIN) return 0;
    if (this.leave(a, p - 1) + dist(inst, pu, nu) > a.late[p + 1]! + TIME_EPSILON) return 0;
    if (!this.fits(u, bq, this.leave(b, q), b, q + 1)) return 0;
    a.nodes.splice(p - 1, 1);
    b.nodes.splice(q, 0, u);
    this.sol.routeOf[u] = b;
    return this.commit(gain, a, b);
  }

  /** Exchanges u with the customer at sequence position q of route b (u's route is another). */
  private swap(u: number, b: Route, q: number): number {
    const { inst } = this;
    if (q < 1 || q > b.nodes.length) return 0;
    const w = b.nodes[q - 1]!;
    const a = this.sol.routeOf[u]!;
    const p = this.pos[u]!;
    const { demand, capacity } = inst;
    if (a.load - demand[u]! + demand[w]! > capacity || b.load - demand[w]! + demand[u]! > capacity) return 0;
    const pu = this.at(a, p - 1);
    const nu = this.at(a, p + 1);
    const pw = this.at(b, q - 1);
    const nw = this.at(b, q + 1);
    const gain =
      dist(inst, pu, u) + dist(inst, u, nu) + dist(inst, pw, w) + dist(inst, w, nw) -
      dist(inst, pu, w) - dist(inst, w, nu) - dist(inst, pw, u) - dist(inst, u, nw);
    if (gain <= MIN_GAIN) return 0;
    if (!this.fits(w, pu, this.leave(a, p - 1), a, p + 1) || !this.fits(u, pw, this.leave(b, q - 1), b, q + 1)) return 0;
    a.nodes[p - 1] = w;
    b.nodes[q - 1] = u;
    this.sol.routeOf[u] = b;
    this.sol.routeOf[w] = a;
    return this.commit(gain, a, b);
  }

  /** 2-opt*: u's route continues with v and the rest of v's route; v's predecessor takes over u's old tail. */
  private twoOptStar(u: number, v: number): number {
    const { inst } = this;
    const a = this.sol.routeOf[u]!;
    const b = this.sol.routeOf[v]!;
    const p = this.pos[u]!;
    const q = this.pos[v]!;
    const preA = this.prefix.get(a)!;
    const preB = this.prefix.get(b)!;
    if (preA[p]! + b.load - preB[q - 1]! > inst.capacity || preB[q - 1]! + a.load - preA[p]! > inst.capacity) return 0;
    const nu = this.at(a, p + 1);
    const pv = this.at(b, q - 1);
    // If v's route keeps nothing and receives nothing, it closes.
    const emptied = q === 1 && p === a.nodes.length ? this.params.vehicleCost : 0;
    const gain = dist(inst, u, nu) + dist(inst, pv, v) - dist(inst, u, v) - dist(inst, pv, nu) + emptied;
    if (gain <= MIN_GAIN) return 0;
    if (this.leave(a, p) + dist(inst, u, v) > b.late[q]! + TIME_EPSILON) return 0;
    if (this.leave(b, q - 1) + dist(inst, pv, nu) > a.late[p + 1]! + TIME_EPSILON) return 0;
    const tailA = a.nodes.splice(p);
    const tailB = b.nodes.splice(q - 1);
    a.nodes.push(...tailB);
    b.nodes.push(...tailA);
    for (const w of tailB) this.sol.routeOf[w] = a;
    for (const w of tailA) this.sol.routeOf[w] = b;
    return this.commit(gain, a, b);
  }

  /** Moves u right after (or before) its neighbour v on their shared route, if the re-timed route stays feasible. */
  private relocateWithin(u: number, v: number): number {
    const { inst } = this;
    const r = this.sol.routeOf[u]!;
    const p = this.pos[u]!;
    const pu = this.at(r, p - 1);
    const nu = this.at(r, p + 1);
    const removal = dist(inst, pu, u) + dist(inst, u, nu) - dist(inst, pu, nu);
    for (const after of [true, false]) {
      // Insert between sequence positions q and q + 1 of the route as it is now.
      const q = after ? this.pos[v]! : this.pos[v]! - 1;
      if (q === p || q === p - 1) continue;
      const x = this.at(r, q);
      const y = this.at(r, q + 1);
      const gain = removal + dist(inst, x, y) - dist(inst, x, u) - dist(inst, u, y);
      if (gain <= MIN_GAIN) continue;
      const nodes = r.nodes.slice();
      nodes.splice(p - 1, 1);
      nodes.splice(q < p ? q : q - 1, 0, u);
      if (!timely(inst, nodes)) continue;
      r.nodes = nodes;
      return this.commit(gain, r, r);
    }
    return 0;
  }

  private commit(gain: number, a: Route, b: Route): number {
    a.refresh(this.inst);
    this.index(a);
    if (b !== a) {
      b.refresh(this.inst);
      this.index(b);
    }
    return gain;
  }
}

/** Whether a sequence of customers can be served on time from the depot and back. */
function timely(inst: VrptwInstance, nodes: number[]): boolean {
  const { ready, due, service } = inst;
  let t = ready[0]!;
  let prev = 0;
  for (const v of nodes) {
    t = Math.max(ready[v]!, t + service[prev]! + dist(inst, prev, v));
    if (t > due[v]! + TIME_EPSILON) return false;
    prev = v;
  }
  return t + service[prev]! + dist(inst, prev, 0) <= due[0]! + TIME_EPSILON;
}
