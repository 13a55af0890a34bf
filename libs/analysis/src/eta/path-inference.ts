import type { FacilityNode, GeoPoint, ServiceLevel } from '../timeline.types.js';
import type { NetworkConditions } from './eta.types.js';
import { hasCoordinates, nearestFacility } from '../common/geo.js';
import type { ModelLookup } from './model-lookup.js';
import { shortestPath } from './shortest-path.js';

export type DestinationRef = (Partial<GeoPoint> & { facilityCode?: string | null }) | null;

/** The delivering facility: the stated one if known, else the depot nearest to the address. */
export function resolveDestinationFacility(lookup: ModelLookup, destination: DestinationRef): FacilityNode | null {
  const stated = destination?.facilityCode ? lookup.facility(destination.facilityCode) : undefined;
  if (stated) return stated;
  return hasCoordinates(destination) ? nearestFacility(destination, lookup.facilities, 'DEPOT') : null;
}

export interface InferredPath {
  path: string[];
  /** False when the learned lane graph does not connect the two and a geographic guess is used. */
  learned: boolean;
}

/**
 * Most likely remaining path: shortest expected time over lanes seen in history. Without such a path
 * (new facility, empty model) assume the usual hub-and-spoke shape: nearest hub, destination's hub.
 */
export function inferPath(lookup: ModelLookup, from: string, to: string, level: ServiceLevel, conditions?: NetworkConditions): InferredPath {
  if (from === to) return { path: [from], learned: true };
  const found = shortestPath(lookup.graph(level, conditions), from, to);
  if (found) return { path: found.nodes, learned: true };
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
