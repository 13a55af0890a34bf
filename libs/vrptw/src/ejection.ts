import { dist, type VrptwInstance } from './instance.model.js';
import type { Route, Solution } from './solution.state.js';
import { TIME_EPSILON } from './vrptw.validation.js';

/** An insertion of one customer that becomes feasible once `ejected` leave its route. */
export interface Ejection {
  route: Route;
  pos: number;
  ejected: number[];
  /** Sum of the ejected customers' penalty counters: how often they were hard to place before. */
  penalty: number;
  /** Route distance after the move, the tie-break. */
  distance: number;
}

/**
 * Nagata & Bräysy (2009) insertion-ejection: insert `u` at every position of every route and find the
 * smallest set of at most `maxEjected` customers whose removal makes that route feasible again, minimising
 * the sum of their penalty counters (then the route's distance). Each (route, position) is a depth-first
 * walk along the route that keeps or ejects each customer; a branch stops as soon as the untouched rest of
 * the route is known feasible (`late`), when a kept customer would be late, or when its penalty cannot win.
 * `nodeBudget` caps the walk per (route, position) so long routes stay affordable. Routes near u are walked first
 * and routes whose load no `maxEjected` customers can bring under capacity are skipped: the same answer, found sooner.
 */
export function findEjection(
  inst: VrptwInstance,
  sol: Solution,
  u: number,
  penalty: Int32Array,
  maxEjected: number,
  nodeBudget: number,
): Ejection | undefined {
  const w: Walk = {
    inst, u, penalty, maxEjected, nodes: [], late: [], suffix: new Float64Array(0), pos: 0, overload: 0,
    budget: 0, chosen: [], bestPenalty: Infinity, bestDistance: Infinity, best: undefined, route: undefined,
  };
  for (const route of routesByProximity(inst, sol, u)) {
    const { nodes } = route;
    const m = nodes.length;
    w.overload = route.load + inst.demand[u]! - inst.capacity;
    if (w.overload > 0 && !canShed(inst, nodes, w.overload, maxEjected)) continue;
    // suffix[k]: distance from nodes[k] to the end of the route (back at the depot).
    const suffix = new Float64Array(m + 1);
    for (let k = m - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + dist(inst, nodes[k]!, k + 1 < m ? nodes[k + 1]! : 0);
    w.route = route;
    w.nodes = nodes;
    w.late = route.late;
    w.suffix = suffix;
    for (let pos = 0; pos <= m; pos++) {
      w.pos = pos;
      w.budget = nodeBudget;
      walk(w, 0, 0, inst.ready[0]!, 0, 0, 0);
    }
  }
  return w.best;
}

/**
 * Routes holding u's nearest neighbours first, then the rest: the likeliest hosts are walked first, so a cheap
 * ejection is known early and the penalty bound cuts the walks of the other routes short.
 */
function routesByProximity(inst: VrptwInstance, sol: Solution, u: number): Route[] {
  const ordered = new Set<Route>();
  for (const v of inst.neighbours[u]!) {
    const route = sol.routeOf[v];
    if (route !== undefined) ordered.add(route);
    if (ordered.size === sol.routes.length) return [...ordered];
  }
  for (const route of sol.routes) ordered.add(route);
  return [...ordered];
}

/** Whether ejecting at most `maxEjected` customers of the route can free `overload` units of capacity. */
function canShed(inst: VrptwInstance, nodes: number[], overload: number, maxEjected: number): boolean {
  const largest = nodes.map((v) => inst.demand[v]!).sort((a, b) => b - a);
  let freed = 0;
  for (let k = 0; k < Math.min(maxEjected, largest.length); k++) freed += largest[k]!;
  return freed >= overload;
}

/** State of one depth-first walk (a plain object: closures in this loop cost more than the walk). */
interface Walk {
  inst: VrptwInstance;
  u: number;
  penalty: Int32Array;
  maxEjected: number;
  route: Route | undefined;
  nodes: number[];
  late: number[];
  suffix: Float64Array;
  pos: number;
  overload: number;
  budget: number;
  chosen: number[];
  bestPenalty: number;
  bestDistance: number;
  best: Ejection | undefined;
}

function walk(w: Walk, i: number, prev: number, t: number, travelled: number, pen: number, removedLoad: number): void {
  if (--w.budget < 0) return;
  const { inst, pos, nodes } = w;
  const m = nodes.length;
  if (i > m) {
    const back = t + inst.service[prev]! + dist(inst, prev, 0);
    if (back <= inst.due[0]! + TIME_EPSILON && removedLoad >= w.overload) record(w, pen, travelled + dist(inst, prev, 0));
    return;
  }
  const v = i < pos ? nodes[i]! : i === pos ? w.u : nodes[i - 1]!;
  const leg = dist(inst, prev, v);
  const arrive = Math.max(inst.ready[v]!, t + inst.service[prev]! + leg);
  if (arrive <= inst.due[v]! + TIME_EPSILON) {
    // Past u, a customer served by its latest start keeps the untouched rest of the route feasible.
    if (i > pos && arrive <= w.late[i]! + TIME_EPSILON && removedLoad >= w.overload) {
      record(w, pen, travelled + leg + w.suffix[i - 1]!);
      return;
    }
    walk(w, i + 1, v, arrive, travelled + leg, pen, removedLoad);
  }
  const p = w.penalty[v]!;
  if (v !== w.u && w.chosen.length < w.maxEjected && pen + p <= w.bestPenalty) {
    w.chosen.push(v);
    walk(w, i + 1, prev, t, travelled, pen + p, removedLoad + inst.demand[v]!);
    w.chosen.pop();
  }
}

function record(w: Walk, pen: number, distance: number): void {
  if (w.chosen.length === 0) return;
  if (pen < w.bestPenalty || (pen === w.bestPenalty && distance < w.bestDistance)) {
    w.bestPenalty = pen;
    w.bestDistance = distance;
    w.best = { route: w.route!, pos: w.pos, ejected: w.chosen.slice(), penalty: pen, distance };
  }
}

/** Applies an ejection found by `findEjection`; returns the ejected customers. */
export function applyEjection(inst: VrptwInstance, sol: Solution, u: number, move: Ejection): number[] {
  const { route, pos, ejected } = move;
  const out = new Set(ejected);
  const next: number[] = [];
  route.nodes.forEach((v, k) => {
    if (k === pos) next.push(u);
    if (!out.has(v)) next.push(v);
  });
  if (pos === route.nodes.length) next.push(u);
  route.nodes = next;
  route.refresh(inst);
  sol.routeOf[u] = route;
  for (const v of ejected) sol.routeOf[v] = undefined;
  return ejected;
}
