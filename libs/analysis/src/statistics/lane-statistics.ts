import type { FacilityNode, GeoPoint, PackageHistory } from '../timeline.types.js';
import { eventPosition, orderedEvents } from './event-classification.js';
import { facilityVisits } from './facility-visits.js';
import { greatCircleKm } from '../common/geo.js';
import { hoursBetween } from '../common/time.js';
import { median, summarize } from './duration-summary.js';
import type { LaneStatistics } from './statistics.types.js';

export function laneKey(from: string, to: string): string {
  return `${from}->${to}`;
}

/**
 * Keys under which a destination is known: its facility (exact) and a ~1° grid cell (~100 km), so a lane
 * learned from packages to nearby addresses still counts as a path toward this destination.
 */
export function destinationKeys(destination: PackageHistory['destination']): string[] {
  if (!destination) return [];
  const keys: string[] = [];
  if (destination.facilityCode) keys.push(`f:${destination.facilityCode}`);
  keys.push(`g:${Math.round(destination.lat)}:${Math.round(destination.lon)}`);
  return keys;
}

interface LaneSamples {
  from: string;
  to: string;
  gaps: number[];
  distances: number[];
  deliveredTo: Record<string, number>;
}

export function computeLaneStatistics(
  histories: readonly PackageHistory[],
  facilities?: ReadonlyMap<string, FacilityNode>,
): Record<string, LaneStatistics> {
  const samples = new Map<string, LaneSamples>();

  for (const pkg of histories) {
    const visits = facilityVisits(orderedEvents(pkg));
    const usedLanes = new Set<string>();
    for (let i = 1; i < visits.length; i++) {
      const from = visits[i - 1];
      const to = visits[i];
      if (!from || !to || from.facilityCode === to.facilityCode) continue;
      const key = laneKey(from.facilityCode, to.facilityCode);
      const lane = samples.get(key) ?? {
        from: from.facilityCode,
        to: to.facilityCode,
        gaps: [],
        distances: [],
        deliveredTo: {},
      };
      samples.set(key, lane);
      lane.gaps.push(hoursBetween(from.last.occurredAt, to.first.occurredAt));
      const a: GeoPoint | null = eventPosition(from.last, facilities);
      const b: GeoPoint | null = eventPosition(to.first, facilities);
      if (a && b) lane.distances.push(greatCircleKm(a, b));
      usedLanes.add(key);
    }
    if (pkg.status !== 'DELIVERED') continue;
    for (const key of usedLanes) {
      const lane = samples.get(key);
      if (!lane) continue;
      for (const destinationKey of destinationKeys(pkg.destination)) {
        lane.deliveredTo[destinationKey] = (lane.deliveredTo[destinationKey] ?? 0) + 1;
      }
    }
  }

  const lanes: Record<string, LaneStatistics> = {};
  for (const [key, lane] of [...samples].sort(([a], [b]) => a.localeCompare(b))) {
    const gapHours = summarize(lane.gaps);
    if (!gapHours) continue;
    lanes[key] = { key, from: lane.from, to: lane.to, gapHours, distanceKm: median(lane.distances), deliveredTo: lane.deliveredTo };
  }
  return lanes;
}
