import { dist, type VrptwInstance } from './instance.model.js';

/**
 * One vehicle tour with its push-forward schedule cached, so inserting a customer can be tested
 * in O(1): `early[k]` is the earliest service start at sequence position k (0 = leaving the depot,
 * nodes.length + 1 = back at the depot) and `late[k]` the latest start that keeps the rest of the
 * tour on time.
 */
export class Route {
  nodes: number[];
  load = 0;
  distance = 0;
  early: number[] = [];
  late: number[] = [];
  /** `edge[k]`: length of the leg into sequence position k (k = nodes.length: back to the depot); saves a square root per insertion test. */
  edge: number[] = [];

  constructor(nodes: number[]) {
    this.nodes = nodes;
  }

  refresh(inst: VrptwInstance): void {
    const { ready, due, service, demand } = inst;
    const nodes = this.nodes;
    const m = nodes.length;
    const early = new Array<number>(m + 2);
    const late = new Array<number>(m + 2);
    const edge = new Array<number>(m + 1);
    let load = 0;
    let distance = 0;
    let prev = 0;
    let t = ready[0]!;
    early[0] = t;
    for (let k = 0; k < m; k++) {
      const v = nodes[k]!;
      load += demand[v]!;
      const d = dist(inst, prev, v);
      edge[k] = d;
      distance += d;
      t = Math.max(ready[v]!, t + service[prev]! + d);
      early[k + 1] = t;
      prev = v;
    }
    const back = dist(inst, prev, 0);
    edge[m] = back;
    distance += back;
    early[m + 1] = t + service[prev]! + back;

    let latest = due[0]!;
    late[m + 1] = latest;
    for (let k = m - 1; k >= 0; k--) {
      const v = nodes[k]!;
      latest = Math.min(due[v]!, latest - edge[k + 1]! - service[v]!);
      late[k + 1] = latest;
    }
    late[0] = latest - (m > 0 ? edge[0]! : 0);
    this.edge = edge;
    this.early = early;
    this.late = late;
    this.load = load;
    this.distance = distance;
  }

  clone(): Route {
    const r = new Route(this.nodes.slice());
    r.load = this.load;
    r.distance = this.distance;
    r.early = this.early.slice();
    r.late = this.late.slice();
    r.edge = this.edge.slice();
    return r;
  }
}

/** Routes plus the customers currently left out (only non-empty while minimising the fleet). */
export class Solution {
  routes: Route[];
  /** Route holding each node, undefined for removed/absent customers and for the depot. */
  routeOf: (Route | undefined)[];
  absent: number[];

  constructor(size: number, routes: Route[] = [], absent: number[] = []) {
    this.routes = routes;
    this.absent = absent;
    this.routeOf = new Array<Route | undefined>(size).fill(undefined);
    for (const r of routes) for (const v of r.nodes) this.routeOf[v] = r;
  }

  get distance(): number {
    let total = 0;
    for (const r of this.routes) total += r.distance;
    return total;
  }

  clone(): Solution {
    return new Solution(this.routeOf.length, this.routes.map((r) => r.clone()), this.absent.slice());
  }

  dropEmptyRoutes(): void {
    if (this.routes.some((r) => r.nodes.length === 0)) this.routes = this.routes.filter((r) => r.nodes.length > 0);
  }
}

/**
 * The routes of a solution as they were, to undo an in-place move. `refresh` replaces a route's schedule arrays
 * instead of writing into them, so keeping references to them is enough; only the node lists are copied.
 */
export class RoutesSnapshot {
  private constructor(
    private readonly routes: Route[],
    private readonly nodes: number[][],
    private readonly schedules: Pick<Route, 'load' | 'distance' | 'early' | 'late' | 'edge'>[],
  ) {}

  static of(sol: Solution): RoutesSnapshot {
    return new RoutesSnapshot(
      sol.routes.slice(),
      sol.routes.map((r) => r.nodes.slice()),
      sol.routes.map((r) => ({ load: r.load, distance: r.distance, early: r.early, late: r.late, edge: r.edge })),
    );
  }

  /** Puts the routes back as they were (again on each call); customers placed since then become unassigned again. */
  restore(sol: Solution): void {
    for (const r of sol.routes) for (const v of r.nodes) sol.routeOf[v] = undefined;
    sol.routes = this.routes;
    this.routes.forEach((r, i) => {
      r.nodes = this.nodes[i]!.slice();
      const { load, distance, early, late, edge } = this.schedules[i]!;
      r.load = load;
      r.distance = distance;
      r.early = early;
      r.late = late;
      r.edge = edge;
      for (const v of r.nodes) sol.routeOf[v] = r;
    });
  }
}
