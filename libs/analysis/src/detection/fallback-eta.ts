import { currentVisit, eventPosition, isPositional, orderedEvents } from '../statistics/index.js';
import { greatCircleKm } from '../common/geo.js';
import { HOUR_MS } from '../common/time.js';
import type { PackageHistory, ServiceLevel } from '../timeline.types.js';
import type { DetectionContext, EtaEstimate } from './detection.types.js';
import { thresholdsOf } from './finding-helpers.js';
import { learnedPath } from './learned-path.js';

export type FallbackEtaKind = 'FALLBACK_LANES' | 'FALLBACK_DISTANCE';

export interface FallbackEta {
  estimate: EtaEstimate;
  kind: FallbackEtaKind;
  /** Lanes summed for FALLBACK_LANES. */
  path: string[];
}

// Straight-line km per elapsed hour, dwell included (a 500 km standard parcel takes ~1.5 days). Used only
// when the network has not delivered enough packages to learn the rate.
const DEFAULT_EFFECTIVE_SPEED_KMH: Readonly<Record<ServiceLevel, number>> = { EXPRESS: 30, STANDARD: 15, ECONOMY: 8 };

const addHours = (at: Date, hours: number): Date => new Date(at.getTime() + hours * HOUR_MS);

/**
 * p50/p90 arrival `hours` after `from`. Once that moment has passed without delivery the package is behind
 * and its position on the path unknown, so the remaining path is assumed to start now.
 */
function project(from: Date, p50Hours: number, p90Hours: number, now: Date): { p50: Date; p90: Date } {
  const at = (hours: number) => {
    const planned = addHours(from, hours);
    return planned > now ? planned : addHours(now, hours);
  };
  const p50 = at(p50Hours);
  const p90 = at(p90Hours);
  return { p50, p90: p90 < p50 ? p50 : p90 };
}

/**
 * A rough delivery estimate from network statistics, for when the ETA model gave none: the learned lane
 * path from the current facility to the destination facility (lane gaps + facility turnarounds; p90 sums
 * the p90s, which is deliberately pessimistic), else remaining distance over the network's effective speed.
 */
export function estimateFallbackEta(pkg: PackageHistory, ctx: DetectionContext): FallbackEta | null {
  const destination = pkg.destination;
  if (!destination) return null;
  const t = thresholdsOf(ctx);
  const events = orderedEvents(pkg);
  const visit = currentVisit(events);

  if (visit) {
    const facilities = ctx.stats.facilities;
    if (visit.facilityCode === destination.facilityCode) {
      const turnaround = facilities[visit.facilityCode]?.turnaroundHours;
      if (turnaround && turnaround.count >= t.fallbackLaneMinSamples) {
        return {
          kind: 'FALLBACK_LANES',
          path: [],
          estimate: {
            ...project(visit.first.occurredAt, turnaround.p50, turnaround.p90, ctx.now),
            onTimeProbability: null,
            basis: `fallback: turnaround at ${visit.facilityCode}`,
          },
        };
      }
    } else {
      const path = learnedPath(ctx.stats, visit.facilityCode, destination);
      const reaches = path[path.length - 1]?.to === destination.facilityCode || !destination.facilityCode;
      const deep = path.every((lane) => lane.gapHours.count >= t.fallbackLaneMinSamples);
      if (path.length > 0 && reaches && deep) {
        let p50 = 0;
        let p90 = 0;
        for (const lane of path) {
          const turnaround = facilities[lane.to]?.turnaroundHours;
          p50 += lane.gapHours.p50 + (turnaround?.p50 ?? 0);
          p90 += lane.gapHours.p90 + (turnaround?.p90 ?? 0);
        }
        const keys = path.map((lane) => lane.key);
        return {
          kind: 'FALLBACK_LANES',
          path: keys,
          estimate: {
            ...project(visit.last.occurredAt, p50, p90, ctx.now),
            onTimeProbability: null,
            basis: `fallback: lanes ${keys.join(', ')}`,
          },
        };
      }
    }
  }

  const lastLocated = events.findLast((e) => isPositional(e) && eventPosition(e, ctx.facilities) !== null);
  const position = (lastLocated && eventPosition(lastLocated, ctx.facilities)) ?? pkg.origin;
  if (!position) return null;
  const from = lastLocated?.occurredAt ?? pkg.createdAt;
  const km = greatCircleKm(position, destination);
  const learned = ctx.stats.network.effectiveSpeedKmh;
  const deepSpeed = learned && learned.count >= t.minSamples && learned.p10 > 0;
  const p50Speed = deepSpeed ? learned.p50 : DEFAULT_EFFECTIVE_SPEED_KMH[pkg.serviceLevel];
  const p90Speed = deepSpeed ? learned.p10 : p50Speed / 2;
  return {
    kind: 'FALLBACK_DISTANCE',
    path: [],
    estimate: {
      ...project(from, km / p50Speed, km / p90Speed, ctx.now),
      onTimeProbability: null,
      basis: `fallback: ${Math.round(km)} km at ${deepSpeed ? 'learned' : 'default'} ${Math.round(p50Speed)} km/h`,
    },
  };
}
