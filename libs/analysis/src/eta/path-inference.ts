import type { FacilityNode, GeoPoint, ServiceLevel } from '../timeline.types.js';
import type { NetworkConditions } from './eta.types.js';
import { greatCircleKm, hasCoordinates, nearestFacility } from '../common/geo.js';
import type { ModelLookup } from './model-lookup.js';
import { shortestPath } from './shortest-path.js';
import { deliveringFacilityFor } from './delivery-areas.js';

export type DestinationRef = (Partial<GeoPoint> & { facilityCode?: string | null }) | null;

/** The delivering facility: the stated one if known, else the one learned to deliver near the address. */
export function resolveDestinationFacility(lookup: ModelLookup, destination: DestinationRef): FacilityNode | null {
  const stated = destination?.facilityCode ? lookup.facility(destination.facilityCode) : undefined;
  if (stated) return stated;
  if (!hasCoordinates(destination)) return null;
  return deliveringFacilityFor(destination, lookup.model.deliveryAreas ?? [], lookup.facility, lookup.facilities);
}

export interface InferredPath {
  path: string[];
  /** False when the learned lane graph does not connect the two and a geographic guess is used. */
  learned: boolean;
}

/** How much longer than the direct line a learned shortest path may be before it counts as a detour. */
const MAX_DETOUR = 1.6;

function followHops(lookup: ModelLookup, from: string, to: string): string[] | null {
  const path = [from];
  while (path.length <= 12) {
    const next = lookup.model.nextHop?.[`${path[path.length - 1]}>${to}`];
    if (!next || path.includes(next)) return null;
    path.push(next);
    if (next === to) return path;
  }
  return null;
}

function detourRatio(lookup: ModelLookup, path: readonly string[]): number {
  const points = path.map((code) => lookup.facility(code));
  const first = points[0];
  const last = points[points.length - 1];
  if (!points.every(hasCoordinates) || !first || !last) return 1;
  const direct = greatCircleKm(first, last);
  if (direct < 50) return 1;
  let travelled = 0;
  for (let i = 1; i < points.length; i++) travelled += greatCircleKm(points[i - 1]!, points[i]!);
  return travelled / direct;
}

/**
 * Most likely remaining path: the route packages for this delivering facility were seen to take, else the
 * shortest expected time over lanes seen in history unless it is a long detour (sparse history), else a
 * geographic guess: through the nearest hubs when the network has typed hubs, direct otherwise.
 */
export function inferPath(lookup: ModelLookup, from: string, to: string, level: ServiceLevel, conditions?: NetworkConditions): InferredPath {
  if (from === to) return { path: [from], learned: true };
  const observed = followHops(lookup, from, to);
  if (observed) return { path: observed, learned: true };
  const found = shortestPath(lookup.graph(level, conditions), from, to);
  if (found && detourRatio(lookup, found.nodes) <= MAX_DETOUR) return { path: found.nodes, learned: true };
  const path = [from];
  const add = (code: string | undefined): void => {
    if (code && path[path.length - 1] !== code) path.push(code);
  };
  const hubNear = (code: string): string | undefined => {
    const facility = lookup.facility(code);
    if (!facility || facility.type === 'HUB' || !hasCoordinates(facility)) return undefined;
    return nearestFacility(facility, lookup.facilities, 'HUB')?.code;
  };
  add(hubNear(from));
  add(hubNear(to));
  add(to);
  return { path, learned: false };
}
