import { facilityVisits, isTerminal, orderedEvents } from '../statistics/index.js';
import { reasonOf } from '../common/event-reason.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory, TimelineEvent } from '../timeline.types.js';
import { formatDuration, round2 } from './duration-format.js';
import type { Timeline, TimelineGap, TimelineStep } from './investigation.types.js';

function stepLabel(event: TimelineEvent, gapHours: number | null, stayHours: number | null, ongoing: boolean): string {
  const where = event.facilityCode ? ` at ${event.facilityCode}` : '';
  const code = event.carrierCode ? ` [${event.carrierCode}]` : '';
  const reason = reasonOf(event);
  const why = reason !== 'OTHER' ? ` reason ${reason}` : '';
  const parts: string[] = [];
  if (gapHours !== null) parts.push(`${formatDuration(gapHours)} after previous scan`);
  if (stayHours !== null) parts.push(`${ongoing ? 'there for' : 'stayed'} ${formatDuration(stayHours)}`);
  const suffix = parts.length > 0 ? ` (${parts.join('; ')})` : '';
  return `${event.occurredAt.toISOString()} ${event.status}${where}${code}${why}${suffix}`;
}

/**
 * Readable steps of a package's journey with the gap before each scan and, on the first scan of each
 * facility stay, how long the stay lasted. With `now`, an in-flight package's ongoing stay and silence run
 * to now (the silence counts as a gap, so a package that went quiet shows it as its longest gap).
 */
export function buildTimeline(pkg: PackageHistory, now?: Date): Timeline {
  const events = orderedEvents(pkg);
  const inFlight = now !== undefined && !isTerminal(pkg.status);
  const stays = new Map<string, { hours: number; ongoing: boolean }>();
  for (const visit of facilityVisits(events)) {
    const end = visit.exit?.occurredAt ?? (inFlight ? now : visit.last.occurredAt);
    stays.set(visit.first.eventId, { hours: hoursBetween(visit.first.occurredAt, end), ongoing: visit.exit === null && inFlight });
  }

  const first = events[0];
  const gaps: TimelineGap[] = [];
  const steps = events.map((event, index): TimelineStep => {
    const previous = index > 0 ? events[index - 1] : undefined;
    const gapHours = previous ? hoursBetween(previous.occurredAt, event.occurredAt) : null;
    if (previous && gapHours !== null) {
      gaps.push({
        hours: round2(gapHours),
        fromEventId: previous.eventId,
        toEventId: event.eventId,
        facilityCode: previous.facilityCode,
        ongoing: false,
      });
    }
    const stay = stays.get(event.eventId) ?? null;
    return {
      index,
      eventId: event.eventId,
      occurredAt: event.occurredAt.toISOString(),
      status: event.status,
      facilityCode: event.facilityCode,
      carrierCode: event.carrierCode,
      description: event.description,
      reason: reasonOf(event),
      gapHours: gapHours === null ? null : round2(gapHours),
      sinceStartHours: first ? round2(hoursBetween(first.occurredAt, event.occurredAt)) : 0,
      stayHours: stay ? round2(stay.hours) : null,
      label: stepLabel(event, gapHours, stay?.hours ?? null, stay?.ongoing ?? false),
    };
  });

  const last = events[events.length - 1];
  if (inFlight && last) {
    const silence = round2(hoursBetween(last.occurredAt, now));
    gaps.push({ hours: silence, fromEventId: last.eventId, toEventId: null, facilityCode: last.facilityCode, ongoing: true });
  }
  // The earliest of equally long gaps wins, so the result does not depend on rounding order.
  const longestGap = gaps.reduce<TimelineGap | null>((best, gap) => (!best || gap.hours > best.hours ? gap : best), null);
  const end = inFlight ? now : last?.occurredAt;
  return {
    packageId: pkg.id,
    steps,
    spanHours: first && end ? round2(hoursBetween(first.occurredAt, end)) : 0,
    longestGap,
  };
}
