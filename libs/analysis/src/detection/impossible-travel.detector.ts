import { eventPosition, orderedEvents } from '../statistics/index.js';
import { greatCircleKm } from '../common/geo.js';
import { hoursBetween } from '../common/time.js';
import type { GeoPoint, PackageHistory, TimelineEvent } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext } from './detection.types.js';
import { clamp01, round, thresholdsOf } from './finding-helpers.js';

/**
 * IMPOSSIBLE_TRAVEL: consecutive located scans whose implied speed exceeds maxSpeedKmh (faster than a
 * plane, or different places at the same instant). Short hops are ignored because facility coordinates and
 * scanner clocks are only so precise. This is a data-quality fact about the log, so it holds for terminal
 * packages too and only disappears if a corrected or late event changes the pair.
 * Key: IMPOSSIBLE_TRAVEL:<earlier event id>:<later event id>.
 */
export function detectImpossibleTravel(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  const t = thresholdsOf(ctx);
  const located: Array<{ event: TimelineEvent; position: GeoPoint }> = [];
  for (const event of orderedEvents(pkg)) {
    const position = eventPosition(event, ctx.facilities);
    if (position) located.push({ event, position });
  }

  const findings: AnomalyFinding[] = [];
  for (let i = 1; i < located.length; i++) {
    const a = located[i - 1];
    const b = located[i];
    if (!a || !b) continue;
    const km = greatCircleKm(a.position, b.position);
    if (km < t.minTravelKm) continue;
    const hours = hoursBetween(a.event.occurredAt, b.event.occurredAt);
    const speed = hours > 0 ? km / hours : Number.POSITIVE_INFINITY;
    if (speed <= t.maxSpeedKmh) continue;

    const ratio = Number.isFinite(speed) ? speed / t.maxSpeedKmh : 10;
    findings.push({
      type: 'IMPOSSIBLE_TRAVEL',
      severity: ratio >= 3 ? 'MEDIUM' : 'LOW',
      confidence: round(clamp01(0.6 + 0.1 * Math.min(3.5, ratio))),
      key: `IMPOSSIBLE_TRAVEL:${a.event.eventId}:${b.event.eventId}`,
      summary:
        `${round(km, 0)} km between scans ${a.event.eventId} (${a.event.occurredAt.toISOString()}) and ` +
        `${b.event.eventId} (${b.event.occurredAt.toISOString()}) in ${round(hours * 60, 0)} min ` +
        `implies ${Number.isFinite(speed) ? `${round(speed, 0)} km/h` : 'infinite speed'} (limit ${t.maxSpeedKmh} km/h).`,
      evidence: {
        eventIds: [a.event.eventId, b.event.eventId],
        facilityCode: b.event.facilityCode,
        statistics: {
          distanceKm: round(km, 1),
          minutes: round(hours * 60, 1),
          // JSON has no Infinity: null means both scans claim the same instant (or the later one is earlier).
          speedKmh: Number.isFinite(speed) ? round(speed, 0) : null,
          maxSpeedKmh: t.maxSpeedKmh,
          fromAt: a.event.occurredAt.toISOString(),
          toAt: b.event.occurredAt.toISOString(),
        },
      },
    });
  }
  return findings;
}
