import type { PackageHistory, TimelineEvent } from '../timeline.types.js';
import { isDepartureScan, isFacilityHandlingScan } from './scan-roles.js';
import { hoursBetween } from '../common/time.js';

export interface FacilityVisit {
  facilityCode: string;
  /** First scan of the visit if it is not a departure (a dropped arrival scan leaves this null). */
  arrivedAt: Date | null;
  departedAt: Date | null;
  firstEventAt: Date;
  firstEvent: TimelineEvent;
  lastEvent: TimelineEvent;
}

/** Consecutive handling scans at one facility form a visit; a return to the facility is a new visit. */
export function facilityVisits(events: readonly TimelineEvent[]): FacilityVisit[] {
  const visits: FacilityVisit[] = [];
  for (const event of events) {
    if (!isFacilityHandlingScan(event)) continue;
    const current = visits[visits.length - 1];
    const departure = isDepartureScan(event);
    if (current && current.facilityCode === event.facilityCode && !isDepartureScan(current.lastEvent)) {
      current.lastEvent = event;
      if (departure) current.departedAt = event.occurredAt;
      continue;
    }
    visits.push({
      facilityCode: event.facilityCode,
      arrivedAt: departure ? null : event.occurredAt,
      departedAt: departure ? event.occurredAt : null,
      firstEventAt: event.occurredAt,
      firstEvent: event,
      lastEvent: event,
    });
  }
  return visits;
}

/** Durations (hours) observed in one delivered package, by the model component they train. */
export interface JourneySegments {
  pickup: number | null;
  dwells: { facilityCode: string; hours: number }[];
  lanes: { from: string; to: string; hours: number }[];
  /**
   * Arrival scan to the next facility's arrival scan where the facility sent no departure scan: dwell and
   * transit together (feeds with one scan per facility cannot separate them).
   */
  stages: { from: string; to: string; hours: number }[];
  /** Facilities visited in order (the route actually taken). */
  route: string[];
  /** The facility that delivered: where OUT_FOR_DELIVERY / DELIVERED was scanned, else the last visited. */
  deliveringFacility: string | null;
  lastMile: number | null;
  lastMileStartedAt: Date | null;
  outForDelivery: number | null;
  afterFailedAttempt: number | null;
  afterFailedAttemptStartedAt: Date | null;
  endToEnd: number | null;
}

const MAX_PLAUSIBLE_HOURS = 24 * 45;
const plausible = (hours: number | null): number | null =>
  hours !== null && Number.isFinite(hours) && hours >= 0 && hours <= MAX_PLAUSIBLE_HOURS ? hours : null;

function lastBefore(events: readonly TimelineEvent[], end: number, match: (event: TimelineEvent) => boolean): TimelineEvent | null {
  for (let i = end - 1; i >= 0; i--) {
    const event = events[i];
    if (event && match(event)) return event;
  }
  return null;
}

export function journeySegments(history: PackageHistory): JourneySegments | null {
  const events = history.events;
  const deliveredIndex = events.findIndex((event) => event.status === 'DELIVERED');
  const delivered = events[deliveredIndex];
  if (!delivered) return null;
  const before = events.slice(0, deliveredIndex);
  const visits = facilityVisits(before);
  const created = events.find((event) => event.status === 'INFO_RECEIVED')?.occurredAt ?? history.createdAt;

  const dwells: JourneySegments['dwells'] = [];
  const lanes: JourneySegments['lanes'] = [];
  const stages: JourneySegments['stages'] = [];
  visits.forEach((visit, i) => {
    const next = visits[i + 1];
    if (!next) return;
    if (visit.arrivedAt && visit.departedAt) {
      const hours = plausible(hoursBetween(visit.arrivedAt, visit.departedAt));
      if (hours !== null) dwells.push({ facilityCode: visit.facilityCode, hours });
    }
    if (visit.departedAt && next.arrivedAt && next.facilityCode !== visit.facilityCode) {
      const hours = plausible(hoursBetween(visit.departedAt, next.arrivedAt));
      if (hours !== null) lanes.push({ from: visit.facilityCode, to: next.facilityCode, hours });
    }
    if (!visit.departedAt && visit.arrivedAt && next.arrivedAt && next.facilityCode !== visit.facilityCode) {
      const hours = plausible(hoursBetween(visit.arrivedAt, next.arrivedAt));
      if (hours !== null) stages.push({ from: visit.facilityCode, to: next.facilityCode, hours });
    }
  });

  const final = visits[visits.length - 1];
  const firstVisit = visits[0];
  const outForDelivery = lastBefore(events, deliveredIndex, (event) => event.status === 'OUT_FOR_DELIVERY');
  const failed = lastBefore(events, deliveredIndex, (event) => event.status === 'FAILED_ATTEMPT' || event.status === 'AVAILABLE_FOR_PICKUP');
  const deliveryScan = [outForDelivery, delivered].find((event) => event?.facilityCode);
  const lastMile = final?.arrivedAt && !final.departedAt ? plausible(hoursBetween(final.arrivedAt, delivered.occurredAt)) : null;
  return {
    pickup: firstVisit ? plausible(hoursBetween(created, firstVisit.firstEventAt)) : null,
    dwells,
    lanes,
    stages,
    route: visits.map((visit) => visit.facilityCode),
    deliveringFacility: deliveryScan?.facilityCode ?? final?.facilityCode ?? null,
    // A departed final visit means the delivering facility's arrival scan was dropped: no clean sample.
    lastMile,
    lastMileStartedAt: lastMile !== null ? (final?.arrivedAt ?? null) : null,
    outForDelivery: outForDelivery ? plausible(hoursBetween(outForDelivery.occurredAt, delivered.occurredAt)) : null,
    afterFailedAttempt: failed ? plausible(hoursBetween(failed.occurredAt, delivered.occurredAt)) : null,
    afterFailedAttemptStartedAt: failed?.occurredAt ?? null,
    endToEnd: plausible(hoursBetween(history.createdAt, delivered.occurredAt)),
  };
}
