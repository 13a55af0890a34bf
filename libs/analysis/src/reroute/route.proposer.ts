import { hasCoordinates } from '../common/geo.js';
import type { EtaModel, NetworkConditions } from '../eta/eta.types.js';
import { modelLookup, type ModelLookup } from '../eta/model-lookup.js';
import { resolveDestinationFacility, type DestinationRef } from '../eta/path-inference.js';
import { pathComponents, type PathStart } from '../eta/remaining-plan.js';
import { sampleRemainingHours, shareAtMost } from '../eta/remaining-time.js';
import { hashSeed, SeededRandom } from '../common/seeded-random.js';
import { shortestPath } from '../eta/shortest-path.js';
import type { FacilityNode, ServiceLevel } from '../timeline.types.js';
import { kShortestPaths } from './k-shortest-paths.js';
import { RerouteError } from './reroute.errors.js';
import { HOUR_MS } from '../common/time.js';
import { quantile } from '../common/quantile.js';

export interface RerouteOptions {
  now: Date;
  /** Facilities to route around (e.g. congested hubs); the start and the delivering facility cannot be avoided. */
  avoid?: ReadonlySet<string>;
  /** Alternatives to return (default 3). */
  k?: number;
  promisedDeliveryAt?: Date | null;
  serviceLevel?: ServiceLevel;
  /** Where the package is at `from` (default: just arrived there). */
  start?: PathStart;
  conditions?: NetworkConditions;
  samples?: number;
  /**
   * The package's own ETA for the route it is on (from the same estimator as Package.eta). That route is
   * always among the proposals and reports these figures unchanged, so re-routing and the package's ETA
   * never disagree about the route the package is already on.
   */
  current?: CurrentRoute;
  /** Monte Carlo seed of the package's evidence (see etaSeed): the same evidence gives the same routes. */
  seed?: number;
}

export interface CurrentRoute {
  path: readonly string[];
  p50: Date;
  p90: Date;
  onTimeProbability: number | null;
}

export interface RouteProposal {
  rank: number;
  /** Facility codes from `from` to the delivering facility. */
  path: string[];
  expectedHours: number;
  p50: Date;
  p90: Date;
  onTimeProbability: number | null;
  /** Facilities from `avoid` that the unconstrained fastest route would have used and this one does not. */
  avoids: string[];
  /** The route the package is on now (its figures are the package's ETA). */
  current: boolean;
  reason: string;
}

/** Extra candidates from the graph, re-ranked by simulated arrival (waves and residual dwell). */
const EXTRA_CANDIDATES = 2;

/** The delivering facility the ETA plans to (stated, else learned from where deliveries near the address happen). */
function resolveDestination(lookup: ModelLookup, destination: DestinationRef): FacilityNode {
  const code = destination?.facilityCode ?? null;
  if (!hasCoordinates(destination)) {
    if (code === null) throw new RerouteError('NO_COORDINATES', 'destination has neither a facility code nor coordinates');
    if (!lookup.facility(code)) throw new RerouteError('UNKNOWN_FACILITY', `unknown destination facility ${code}`);
  }
  const target = resolveDestinationFacility(lookup, destination);
  if (!target) throw new RerouteError('NO_COORDINATES', 'no facility with coordinates to deliver from');
  return target;
}

function describe(input: { rank: number; path: string[]; expectedHours: number; fastestHours: number; avoids: string[]; onTime: number | null; current: boolean }): string {
  const via = input.path.slice(1, -1);
  const parts =
    input.rank === 1
      ? [`fastest expected arrival (${input.expectedHours.toFixed(1)} h)`]
      : [`alternative ${input.rank}: +${(input.expectedHours - input.fastestHours).toFixed(1)} h expected vs fastest`];
  if (input.current) parts.push("the package's current route (its ETA)");
  parts.push(via.length > 0 ? `via ${via.join(', ')}` : 'direct');
  if (input.avoids.length > 0) parts.push(`avoids congested ${input.avoids.join(', ')}`);
  if (input.onTime !== null) parts.push(`${Math.round(input.onTime * 100)}% on time`);
  return parts.join('; ');
}

/**
 * Up to k alternative facility paths from `from` to the destination's delivering facility, ranked by
 * expected arrival under the learned lane transit and facility dwell distributions, each with its ETA.
 */
export function proposeRoutes(
  model: EtaModel,
  facilities: readonly FacilityNode[],
  from: string,
  destination: DestinationRef,
  options: RerouteOptions,
): RouteProposal[] {
  const lookup = modelLookup(model, facilities);
  const origin = lookup.facility(from);
  if (!origin) throw new RerouteError('UNKNOWN_FACILITY', `unknown facility ${from}`);
  const target = resolveDestination(lookup, destination);
  const level = options.serviceLevel ?? 'STANDARD';
  const k = options.k ?? 3;
  const avoid = new Set([...(options.avoid ?? [])].filter((code) => code !== origin.code && code !== target.code));
  const graph = lookup.graph(level, options.conditions);
  const candidates = kShortestPaths(graph, origin.code, target.code, k + EXTRA_CANDIDATES, { nodes: avoid });
  if (origin.code !== target.code && candidates.length === 0) {
    const why = avoid.size > 0 ? ` while avoiding ${[...avoid].join(', ')}` : '';
    throw new RerouteError('UNREACHABLE_DESTINATION', `no learned lanes lead from ${origin.code} to ${target.code}${why}`);
  }
  const paths = origin.code === target.code ? [[origin.code]] : candidates.map((candidate) => candidate.nodes);
  const current = options.current;
  const currentKey = current?.path.join('>');
  // The current route may be one the lane graph ranks low or does not hold (observed routing, a guess).
  if (current && current.path[0] === origin.code && current.path.at(-1) === target.code && !paths.some((p) => p.join('>') === currentKey)) {
    paths.push([...current.path]);
  }
  const unconstrained = avoid.size > 0 ? shortestPath(graph, origin.code, target.code) : null;
  const start = options.start ?? { kind: 'at-facility', elapsedHours: 0 };
  const nowMs = options.now.getTime();
  const promise = options.promisedDeliveryAt ?? null;

  const evaluated = paths.flatMap((path) => {
    const components = pathComponents(lookup, path, level, start, options.conditions);
    if (!components) return [];
    // Seeded by the evidence, not the clock, so the same package and model give the same routes on every read.
    const random = new SeededRandom(hashSeed(path.join('>'), options.seed ?? 0));
    const draws = sampleRemainingHours(components, options.samples ?? 1000, random, nowMs);
    const expectedHours = draws.reduce((sum, x) => sum + x, 0) / Math.max(1, draws.length);
    return [{ path, draws, expectedHours }];
  });
  evaluated.sort((a, b) => a.expectedHours - b.expectedHours);
  const fastestHours = evaluated[0]?.expectedHours ?? 0;
  const isCurrent = (path: readonly string[]) => currentKey !== undefined && path.join('>') === currentKey;
  // The current route stays in the list even when k faster ones exist: it is what the alternatives are weighed against.
  const shown = evaluated.slice(0, k);
  const currentEntry = evaluated.slice(k).find((e) => isCurrent(e.path));
  if (currentEntry) shown.push(currentEntry);
  return shown.map(({ path, draws, expectedHours }, i): RouteProposal => {
    const avoids = (unconstrained?.nodes ?? []).filter((code) => avoid.has(code) && !path.includes(code));
    const own = isCurrent(path) ? current : undefined;
    const onTimeProbability = own ? own.onTimeProbability : promise === null ? null : shareAtMost(draws, (promise.getTime() - nowMs) / HOUR_MS);
    return {
      rank: i + 1,
      path,
      expectedHours,
      p50: own?.p50 ?? new Date(nowMs + quantile(draws, 0.5) * HOUR_MS),
      p90: own?.p90 ?? new Date(nowMs + quantile(draws, 0.9) * HOUR_MS),
      onTimeProbability,
      avoids,
      current: own !== undefined,
      reason: describe({ rank: i + 1, path, expectedHours, fastestHours, avoids, onTime: onTimeProbability, current: own !== undefined }),
    };
  });
}
