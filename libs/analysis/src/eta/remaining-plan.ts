import type { GeoPoint, PackageHistory, ServiceLevel } from '../timeline.types.js';
import type { NetworkConditions } from './eta.types.js';
import { greatCircleKm, hasCoordinates, nearestFacility } from '../common/geo.js';
import { priorTransitMedianHours } from './eta-priors.js';
import { fromLogNormal, quantile, scaled } from './quantile-distribution.js';
import { localOffsetHours } from './week-blocks.js';
import type { ModelLookup } from './model-lookup.js';
import type { PackagePosition } from './package-position.js';
import { inferPath, resolveDestinationFacility } from './path-inference.js';
import type { TimeComponent } from './remaining-time.js';

export interface RemainingPlan {
  components: TimeComponent[];
  remainingPath: string[];
  /** Path from the learned lane graph (false: geographic guess or no path at all). */
  learnedPath: boolean;
  /** Why the plan had to fall back to the created-to-delivered distribution, if it did. */
  fallbackReason: string | null;
}

export type PathStart = { kind: 'at-facility' | 'in-transit'; elapsedHours: number };

/** Stages along an explicit facility path ending at the delivering facility, then the last mile. */
export function pathComponents(
  lookup: ModelLookup,
  path: readonly string[],
  level: ServiceLevel,
  start: PathStart,
  conditions?: NetworkConditions,
): TimeComponent[] | null {
  const model = lookup.model;
  const last = path.length - 1;
  const first = path[0];
  const final = path[last];
  if (first === undefined || final === undefined) return null;
  const delivering = lookup.facility(final);
  const lastMile = (elapsedHours: number): TimeComponent => ({
    label: `last mile from ${final} (${level})`,
    dist: model.lastMile[level],
    elapsedHours,
    learned: model.lastMile[level].n > 0,
    byWeekBlock: model.lastMileByWeekBlock[level],
    offsetHours: localOffsetHours(delivering?.lon),
    factor: model.lastMileFactor?.[final] ?? 1,
  });
  if (last === 0) return [lastMile(start.elapsedHours)];
  const components: TimeComponent[] = [];
  // Time already spent counts against the first stage still running.
  let pending = start.elapsedHours;
  const take = (): number => {
    const elapsed = pending;
    pending = 0;
    return elapsed;
  };
  for (let i = 0; i < last; i++) {
    const from = path[i] ?? '';
    const to = path[i + 1] ?? '';
    const atFrom = i > 0 || start.kind === 'at-facility';
    const stage = atFrom ? lookup.stage(from, to, conditions) : null;
    if (stage) {
      // One scan per facility: dwell and transit are one learned stage.
      components.push({ label: `${from} → ${to} (scan to scan)`, dist: stage.dist, elapsedHours: take(), learned: stage.learned, slowdown: conditions?.dwellFactor?.[from] ?? 1 });
      continue;
    }
    if (atFrom) {
      const dwell = lookup.dwell(from, level, conditions);
      components.push({ label: `dwell at ${from}`, dist: dwell.dist, elapsedHours: take(), learned: dwell.learned, slowdown: conditions?.dwellFactor?.[from] ?? 1 });
    }
    const lane = lookup.lane(from, to);
    if (!lane) return null;
    components.push({ label: `${from} → ${to}`, dist: lane.dist, elapsedHours: take(), learned: lane.learned });
  }
  components.push(lastMile(0));
  return components;
}

const hours = (from: Date, to: Date): number => Math.max(0, (to.getTime() - from.getTime()) / 3_600_000);

/**
 * No facility path: remaining time from what is known, conditioned on time already spent. With a
 * position and a destination, the network's own transit speed over the distance still to go plus a dwell
 * and the last mile; without either, created-to-delivered given the hours since creation.
 */
function fallback(lookup: ModelLookup, history: PackageHistory, here: GeoPoint | null, now: Date, sinceLastScan: number, reason: string): RemainingPlan {
  const model = lookup.model;
  const level = history.serviceLevel;
  const destination = history.destination;
  if (here && hasCoordinates(destination)) {
    const km = greatCircleKm(here, destination);
    const dwell = scaled(model.dwellByFacilityType.HUB, model.dwellServiceFactor[level]);
    const median = priorTransitMedianHours(model.transitPrior, km) + quantile(dwell, 0.5);
    return {
      components: [
        { label: `about ${Math.round(km)} km still to go`, dist: fromLogNormal(median, 0.5), elapsedHours: sinceLastScan, learned: false },
        { label: `last mile (${level})`, dist: model.lastMile[level], elapsedHours: 0, learned: model.lastMile[level].n > 0, byWeekBlock: model.lastMileByWeekBlock[level] },
      ],
      remainingPath: [],
      learnedPath: false,
      fallbackReason: reason,
    };
  }
  const dist = model.endToEnd[level];
  return {
    components: [{ label: `created → delivered (${level})`, dist, elapsedHours: hours(history.createdAt, now), learned: dist.n > 0 }],
    remainingPath: [],
    learnedPath: false,
    fallbackReason: reason,
  };
}

type InNetwork = Extract<PackagePosition, { kind: 'awaiting-pickup' | 'at-facility' | 'in-transit' | 'out-for-delivery' | 'failed-attempt' }>;

export function planRemaining(
  lookup: ModelLookup,
  history: PackageHistory,
  position: InNetwork,
  now: Date,
  conditions?: NetworkConditions,
): RemainingPlan {
  const level = history.serviceLevel;
  const model = lookup.model;
  const elapsed = hours(position.since, now);
  const lastLocated = history.events.findLast((event) => event.occurredAt.getTime() <= now.getTime() && hasCoordinates(event.location));
  if (position.kind === 'out-for-delivery' || position.kind === 'failed-attempt') {
    const dist = position.kind === 'out-for-delivery' ? model.outForDelivery[level] : model.afterFailedAttempt[level];
    const label = position.kind === 'out-for-delivery' ? 'out for delivery' : 'redelivery after failed attempt';
    const byWeekBlock = position.kind === 'failed-attempt' ? model.afterFailedAttemptByWeekBlock[level] : undefined;
    const offsetHours = localOffsetHours(lastLocated?.location?.lon);
    return { components: [{ label, dist, elapsedHours: elapsed, learned: dist.n > 0, byWeekBlock, offsetHours }], remainingPath: [], learnedPath: true, fallbackReason: null };
  }

  const here = lastLocated?.location ?? (hasCoordinates(history.origin) ? history.origin : null);
  const destination = resolveDestinationFacility(lookup, history.destination);
  if (!destination) return fallback(lookup, history, here, now, elapsed, 'the destination has neither a known facility nor coordinates');

  let startCode: string | undefined;
  let start: PathStart;
  const prefix: TimeComponent[] = [];
  if (position.kind === 'awaiting-pickup') {
    const origin = history.origin;
    const stated = origin?.facilityCode ? lookup.facility(origin.facilityCode) : undefined;
    startCode = (stated ?? (hasCoordinates(origin) ? (nearestFacility(origin, lookup.facilities, 'DEPOT') ?? nearestFacility(origin, lookup.facilities)) : null))?.code;
    const pickup = model.pickup[level];
    prefix.push({ label: `pickup (${level})`, dist: pickup, elapsedHours: elapsed, learned: pickup.n > 0 });
    start = { kind: 'at-facility', elapsedHours: 0 };
  } else if (position.kind === 'at-facility') {
    startCode = lookup.facility(position.facilityCode)?.code;
    start = { kind: 'at-facility', elapsedHours: elapsed };
  } else {
    startCode = lookup.facility(position.fromFacilityCode)?.code;
    start = { kind: 'in-transit', elapsedHours: elapsed };
  }
  if (!startCode) return fallback(lookup, history, here, now, elapsed, 'the current or origin facility is not a known facility');

  const inferred = inferPath(lookup, startCode, destination.code, level, conditions);
  const components = pathComponents(lookup, inferred.path, level, start, conditions);
  if (!components) return fallback(lookup, history, here, now, elapsed, 'a facility on the path has no coordinates and no history');
  return { components: [...prefix, ...components], remainingPath: inferred.path, learnedPath: inferred.learned, fallbackReason: null };
}
