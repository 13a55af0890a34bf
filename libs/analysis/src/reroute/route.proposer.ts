import { hasCoordinates, nearestFacility } from '../common/geo.js';
import type { EtaModel, NetworkConditions } from '../eta/eta.types.js';
import { modelLookup, type ModelLookup } from '../eta/model-lookup.js';
import type { DestinationRef } from '../eta/path-inference.js';
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
  reason: string;
}

/** Extra candidates from the graph, re-ranked by simulated arrival (waves and residual dwell). */
const EXTRA_CANDIDATES = 2;

function resolveDestination(lookup: ModelLookup, destination: DestinationRef): FacilityNode {
  if (destination?.facilityCode) {
    const stated = lookup.facility(destination.facilityCode);
    if (stated) return stated;
    if (!hasCoordinates(destination)) throw new RerouteError('UNKNOWN_FACILITY', `unknown destination facility ${destination.facilityCode}`);
  }
  if (!hasCoordinates(destination)) throw new RerouteError('NO_COORDINATES', 'destination has neither a facility code nor coordinates');
  const depot = nearestFacility(destination, lookup.facilities, 'DEPOT');
  if (!depot) throw new RerouteError('NO_COORDINATES', 'no depot with coordinates to deliver from');
  return depot;
}

function describe(input: { rank: number; path: string[]; expectedHours: number; fastestHours: number; avoids: string[]; onTime: number | null }): string {
  const via = input.path.slice(1, -1);
  const parts =
    input.rank === 1
      ? [`fastest expected arrival (${input.expectedHours.toFixed(1)} h)`]
      : [`alternative ${input.rank}: +${(input.expectedHours - input.fastestHours).toFixed(1)} h expected vs fastest`];
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
  const unconstrained = avoid.size > 0 ? shortestPath(graph, origin.code, target.code) : null;
  const start = options.start ?? { kind: 'at-facility', elapsedHours: 0 };
  const nowMs = options.now.getTime();
  const promise = options.promisedDeliveryAt ?? null;

  const evaluated = paths.flatMap((path) => {
    const components = pathComponents(lookup, path, level, start, options.conditions);
    if (!components) return [];
    const random = new SeededRandom(hashSeed(path.join('>'), nowMs));
    const draws = sampleRemainingHours(components, options.samples ?? 1000, random, nowMs);
    const expectedHours = draws.reduce((sum, x) => sum + x, 0) / Math.max(1, draws.length);
    return [{ path, draws, expectedHours }];
  });
  evaluated.sort((a, b) => a.expectedHours - b.expectedHours);
  const fastestHours = evaluated[0]?.expectedHours ?? 0;
  return evaluated.slice(0, k).map(({ path, draws, expectedHours }, i): RouteProposal => {
    const avoids = (unconstrained?.nodes ?? []).filter((code) => avoid.has(code) && !path.includes(code));
    const onTimeProbability = promise === null ? null : shareAtMost(draws, (promise.getTime() - nowMs) / HOUR_MS);
    return {
      rank: i + 1,
      path,
      expectedHours,
      p50: new Date(nowMs + quantile(draws, 0.5) * HOUR_MS),
      p90: new Date(nowMs + quantile(draws, 0.9) * HOUR_MS),
      onTimeProbability,
      avoids,
      reason: describe({ rank: i + 1, path, expectedHours, fastestHours, avoids, onTime: onTimeProbability }),
    };
  });
}
