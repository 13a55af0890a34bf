import type { PackageHistory, ServiceLevel } from '../timeline.types.js';
import type { NetworkConditions } from './eta.types.js';
import { hasCoordinates, nearestFacility } from '../common/geo.js';
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
  const lastMile = (elapsedHours: number): TimeComponent => ({
    label: `last mile (${level})`,
    dist: model.lastMile[level],
    elapsedHours,
    learned: model.lastMile[level].n > 0,
    byWeekBlock: model.lastMileByWeekBlock[level],
  });
  const first = path[0];
  if (first === undefined) return null;
  if (last === 0) return [lastMile(start.elapsedHours)];
  const components: TimeComponent[] = [];
  if (start.kind === 'at-facility') {
    const dwell = lookup.dwell(first, level, conditions);
    components.push({ label: `dwell at ${first}`, dist: dwell.dist, elapsedHours: start.elapsedHours, learned: dwell.learned });
  }
  for (let i = 0; i < last; i++) {
    const from = path[i] ?? '';
    const to = path[i + 1] ?? '';
    const lane = lookup.lane(from, to);
    if (!lane) return null;
    const elapsedHours = i === 0 && start.kind === 'in-transit' ? start.elapsedHours : 0;
    components.push({ label: `${from} → ${to}`, dist: lane.dist, elapsedHours, learned: lane.learned });
    if (i + 1 < last) {
      const dwell = lookup.dwell(to, level, conditions);
      components.push({ label: `dwell at ${to}`, dist: dwell.dist, elapsedHours: 0, learned: dwell.learned });
    }
  }
  components.push(lastMile(0));
  return components;
}

const hours = (from: Date, to: Date): number => Math.max(0, (to.getTime() - from.getTime()) / 3_600_000);

function fallback(lookup: ModelLookup, history: PackageHistory, now: Date, reason: string): RemainingPlan {
  const dist = lookup.model.endToEnd[history.serviceLevel];
  return {
    components: [{ label: `created → delivered (${history.serviceLevel})`, dist, elapsedHours: hours(history.createdAt, now), learned: dist.n > 0 }],
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
  if (position.kind === 'out-for-delivery' || position.kind === 'failed-attempt') {
    const dist = position.kind === 'out-for-delivery' ? model.outForDelivery[level] : model.afterFailedAttempt[level];
    const label = position.kind === 'out-for-delivery' ? 'out for delivery' : 'redelivery after failed attempt';
    const byWeekBlock = position.kind === 'failed-attempt' ? model.afterFailedAttemptByWeekBlock[level] : undefined;
    return { components: [{ label, dist, elapsedHours: elapsed, learned: dist.n > 0, byWeekBlock }], remainingPath: [], learnedPath: true, fallbackReason: null };
  }

  const destination = resolveDestinationFacility(lookup, history.destination);
  if (!destination) return fallback(lookup, history, now, 'destination has neither a known facility nor coordinates');

  let startCode: string | undefined;
  let start: PathStart;
  const prefix: TimeComponent[] = [];
  if (position.kind === 'awaiting-pickup') {
    const origin = history.origin;
    const stated = origin?.facilityCode ? lookup.facility(origin.facilityCode) : undefined;
    startCode = (stated ?? (hasCoordinates(origin) ? nearestFacility(origin, lookup.facilities, 'DEPOT') : null))?.code;
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
  if (!startCode) return fallback(lookup, history, now, 'current or origin facility is unknown');

  const inferred = inferPath(lookup, startCode, destination.code, level, conditions);
  const components = pathComponents(lookup, inferred.path, level, start, conditions);
  if (!components) return fallback(lookup, history, now, 'a facility on the path has no coordinates');
  return { components: [...prefix, ...components], remainingPath: inferred.path, learnedPath: inferred.learned, fallbackReason: null };
}
