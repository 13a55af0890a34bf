import type { VrptwInstance } from './instance.model.js';
import type { Random } from './random.js';
import { Route, type Solution } from './solution.state.js';
import { TIME_EPSILON } from './vrptw.validation.js';

export interface RecreateParams {
  /** Chance to skip an insertion position (SISR "blinks"): cheap diversification of greedy insertion. */
  blinkRate: number;
  /** Routes may be opened while fewer than this exist. */
  maxRoutes: number;
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
  const { demand, dist } = inst;
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
    pending.sort((a, b) => dist[b]! - dist[a]!);
  } else {
    pending.sort((a, b) => dist[a]! - dist[b]!);
  }
}

function insertBest(inst: VrptwInstance, sol: Solution, u: number, rng: Random, params: RecreateParams): boolean {
  const { dist, size, ready, due, service, demand, capacity } = inst;
  const row = u * size;
  const readyU = ready[u]!;
  const dueU = due[u]! + TIME_EPSILON;
  const serviceU = service[u]!;
  const demandU = demand[u]!;
  const blink = params.blinkRate;
  let bestCost = Infinity;
  let bestRoute: Route | undefined;
  let bestPos = -1;

  for (const route of sol.routes) {
    if (route.load + demandU > capacity) continue;
    const nodes = route.nodes;
    const early = route.early;
    const late = route.late;
    const m = nodes.length;
    let prev = 0;
    for (let k = 0; k <= m; k++) {
      const next = k < m ? nodes[k]! : 0;
      const leave = early[k]! + service[prev]!;
      // Departure times only grow along a route, so once this is too late every later slot is too.
      if (leave > dueU) break;
      const toU = dist[prev * size + u]!;
      const fromU = dist[row + next]!;
      const cost = toU + fromU - dist[prev * size + next]!;
      if (cost < bestCost && !(blink > 0 && rng.next() < blink)) {
        const start = Math.max(readyU, leave + toU);
        if (start <= dueU && start + serviceU + fromU <= late[k + 1]! + TIME_EPSILON) {
          bestCost = cost;
          bestRoute = route;
          bestPos = k;
        }
      }
      prev = next;
    }
  }

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
