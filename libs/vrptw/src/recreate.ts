import { dist, type VrptwInstance } from './instance.model.js';
import type { Random } from './random.js';
import { Route, type Solution } from './solution.state.js';
import { TIME_EPSILON } from './vrptw.validation.js';

export interface RecreateParams {
  /** Chance to skip an insertion position (SISR "blinks"): cheap diversification of greedy insertion. */
  blinkRate: number;
  /** Routes may be opened while fewer than this exist. */
  maxRoutes: number;
  /** With more routes than this, the routes of the customer's nearest neighbours are scanned first. */
  nearRoutes: number;
  /**
   * When set, opening a route (while fewer than `maxRoutes` exist) competes with the insertions at the cost
   * of the out-and-back trip plus this fixed cost. Unset, a route opens only for a customer that fits nowhere,
   * which keeps the fleet small but, under the distance objective, keeps the search away from the many-route
   * solutions that are shortest on tight time windows (RC202's shortest known plan has 8 routes, its fewest 3).
   */
  routeCost?: number;
}

/**
 * Greedy insertion with blinks. Customers are ordered by one of the SISR sort keys (random, demand,
 * far from depot, close to depot — weights 4:4:2:1) so successive recreates build different solutions.
 * Returns the customers that fit nowhere.
 */
export function recreate(inst: VrptwInstance, sol: Solution, pending: number[], rng: Random, params: RecreateParams): number[] {
  sortPending(inst, pending, rng);
  const failed: number[] = [];
  for (const u of pending) {
    if (!insertBest(inst, sol, u, rng, params)) failed.push(u);
  }
  return failed;
}

function sortPending(inst: VrptwInstance, pending: number[], rng: Random): void {
  const pick = rng.next() * 11;
  const { demand, fromDepot } = inst;
  if (pick < 4) {
    for (let i = pending.length - 1; i > 0; i--) {
      const j = rng.int(0, i + 1);
      const t = pending[i]!;
      pending[i] = pending[j]!;
      pending[j] = t;
    }
  } else if (pick < 8) {
    pending.sort((a, b) => demand[b]! - demand[a]!);
  } else if (pick < 10) {
    pending.sort((a, b) => fromDepot[b]! - fromDepot[a]!);
  } else {
    pending.sort((a, b) => fromDepot[a]! - fromDepot[b]!);
  }
}

/**
 * Cheapest feasible insertion (with blinks). On large instances only the routes of the customer's nearest
 * neighbours are scanned first, which keeps an insertion's cost flat as routes multiply; the other routes are
 * scanned only when none of those fits, so "fits nowhere" still means nowhere.
 */
function insertBest(inst: VrptwInstance, sol: Solution, u: number, rng: Random, params: RecreateParams): boolean {
  let found: Insertion = { cost: Infinity, route: undefined, pos: -1 };
  if (sol.routes.length > params.nearRoutes) {
    const near = nearRoutes(inst, sol, u, params.nearRoutes);
    for (const route of near) found = scanRoute(inst, route, u, rng, params.blinkRate, found);
    if (found.route === undefined) {
      for (const route of sol.routes) if (!near.has(route)) found = scanRoute(inst, route, u, rng, params.blinkRate, found);
    }
  } else {
    for (const route of sol.routes) found = scanRoute(inst, route, u, rng, params.blinkRate, found);
  }

  if (params.routeCost !== undefined && sol.routes.length < params.maxRoutes && 2 * inst.fromDepot[u]! + params.routeCost < found.cost) {
    found = { cost: 0, route: undefined, pos: -1 };
  }
  let { route: bestRoute, pos: bestPos } = found;
  if (bestRoute === undefined) {
    if (sol.routes.length >= params.maxRoutes) return false;
    bestRoute = new Route([]);
    sol.routes.push(bestRoute);
    bestPos = 0;
  }
  bestRoute.nodes.splice(bestPos, 0, u);
  bestRoute.refresh(inst);
  sol.routeOf[u] = bestRoute;
  return true;
}

interface Insertion {
  cost: number;
  route: Route | undefined;
  pos: number;
}

function nearRoutes(inst: VrptwInstance, sol: Solution, u: number, limit: number): Set<Route> {
  const near = new Set<Route>();
  for (const v of inst.neighbours[u]!) {
    const route = sol.routeOf[v];
    if (route !== undefined) near.add(route);
    if (near.size >= limit) break;
  }
  return near;
}

function scanRoute(inst: VrptwInstance, route: Route, u: number, rng: Random, blink: number, best: Insertion): Insertion {
  const { ready, due, service, demand, capacity } = inst;
  if (route.load + demand[u]! > capacity) return best;
  const readyU = ready[u]!;
  const dueU = due[u]! + TIME_EPSILON;
  const serviceU = service[u]!;
  const { nodes, early, late, edge } = route;
  const m = nodes.length;
  let prev = 0;
  let toU = inst.fromDepot[u]!;
  for (let k = 0; k <= m; k++) {
    const next = k < m ? nodes[k]! : 0;
    const leave = early[k]! + service[prev]!;
    // Departure times only grow along a route, so once this is too late every later slot is too.
    if (leave > dueU) break;
    const fromU = next === 0 ? inst.fromDepot[u]! : dist(inst, u, next);
    const cost = toU + fromU - (m === 0 ? 0 : edge[k]!);
    if (cost < best.cost && !(blink > 0 && rng.next() < blink)) {
      const start = Math.max(readyU, leave + toU);
      if (start <= dueU && start + serviceU + fromU <= late[k + 1]! + TIME_EPSILON) {
        best = { cost, route, pos: k };
      }
    }
    prev = next;
    toU = fromU;
  }
  return best;
}
