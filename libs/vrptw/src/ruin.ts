import type { VrptwInstance } from './instance.model.js';
import type { Random } from './random.js';
import type { Route, Solution } from './solution.state.js';

export interface RuinParams {
  /** Average number of customers removed per ruin (c̄ in SISR). */
  avgRemoved: number;
  /** Longest string removed from one route (L^max). */
  maxStringLength: number;
  /** Probability of the split-string variant. */
  splitRate: number;
  /** Each extra preserved customer in a split string is kept with probability 1 - splitDepth. */
  splitDepth: number;
}

/**
 * SISR string removal: strings are cut from several routes that lie close to one seed customer, which
 * frees capacity and time-window slack in one area so the recreate step can rebuild it differently.
 * Returns the removed customers; emptied routes are dropped.
 */
export function ruinStrings(inst: VrptwInstance, sol: Solution, rng: Random, params: RuinParams): number[] {
  const removed: number[] = [];
  if (sol.routes.length === 0) return removed;
  let assigned = 0;
  for (const r of sol.routes) assigned += r.nodes.length;
  const maxLen = Math.min(params.maxStringLength, assigned / sol.routes.length);
  const maxStrings = (4 * params.avgRemoved) / (1 + maxLen) - 1;
  const stringCount = Math.floor(rng.next() * maxStrings) + 1;

  const seedRoute = sol.routes[rng.int(0, sol.routes.length)]!;
  const seed = seedRoute.nodes[rng.int(0, seedRoute.nodes.length)]!;
  const ruined = new Set<Route>();
  const neighbours = inst.neighbours[seed]!;
  for (let k = -1; k < neighbours.length && ruined.size < stringCount; k++) {
    const c = k < 0 ? seed : neighbours[k]!;
    const route = sol.routeOf[c];
    if (route === undefined || ruined.has(route)) continue;
    const cardinality = route.nodes.length;
    const length = Math.floor(rng.next() * Math.min(cardinality, maxLen)) + 1;
    const pos = route.nodes.indexOf(c);
    if (rng.next() < params.splitRate && length < cardinality) {
      removeSplitString(route, pos, length, rng, params.splitDepth, removed);
    } else {
      removeString(route, pos, length, rng, removed);
    }
    ruined.add(route);
  }
  for (const v of removed) sol.routeOf[v] = undefined;
  for (const r of ruined) r.refresh(inst);
  sol.dropEmptyRoutes();
  return removed;
}

function windowStart(pos: number, span: number, cardinality: number, rng: Random): number {
  const lo = Math.max(0, pos - span + 1);
  const hi = Math.min(pos, cardinality - span);
  return lo + rng.int(0, hi - lo + 1);
}

function removeString(route: Route, pos: number, length: number, rng: Random, out: number[]): void {
  const start = windowStart(pos, length, route.nodes.length, rng);
  out.push(...route.nodes.splice(start, length));
}

function removeSplitString(route: Route, pos: number, length: number, rng: Random, depth: number, out: number[]): void {
  const cardinality = route.nodes.length;
  let kept = 1;
  while (kept < cardinality - length && rng.next() >= depth) kept++;
  const span = length + kept;
  const start = windowStart(pos, span, cardinality, rng);
  const keepFrom = rng.int(0, length + 1);
  const window = route.nodes.slice(start, start + span);
  const survivors: number[] = [];
  window.forEach((v, i) => (i >= keepFrom && i < keepFrom + kept ? survivors.push(v) : out.push(v)));
  route.nodes.splice(start, span, ...survivors);
}
