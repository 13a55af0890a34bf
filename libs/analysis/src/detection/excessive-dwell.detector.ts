import { currentVisit, isTerminal, orderedEvents, resolveThreshold } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext } from './detection.types.js';
import { breachConfidence, facilityLabel, formatHours, round, thresholdsOf } from './finding-helpers.js';

/**
 * EXCESSIVE_DWELL: the package has been at its current facility (first scan there → now) longer than that
 * facility's own turnaround history says (p95; thin history → max(floor, thin p95)). Only the ongoing stay
 * counts: a long stay that has ended is history for the timeline, not an open anomaly.
 * Key: EXCESSIVE_DWELL:<facility>:<first event id of the stay>, so a later return to the same facility is new.
 */
export function detectExcessiveDwell(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  if (isTerminal(pkg.status)) return [];
  const visit = currentVisit(orderedEvents(pkg));
  if (!visit) return [];
  const t = thresholdsOf(ctx);
  const facility = ctx.stats.facilities[visit.facilityCode];
  const threshold = resolveThreshold(
    [{ basis: `turnaround at ${visit.facilityCode}`, distribution: facility?.turnaroundHours }],
    { minSamples: t.minSamples, floorHours: t.dwellFloorHours, minimumHours: t.dwellMinimumHours },
  );
  const dwellHours = hoursBetween(visit.first.occurredAt, ctx.now);
  if (dwellHours <= threshold.hours) return [];

  const ratio = dwellHours / threshold.hours;
  return [
    {
      type: 'EXCESSIVE_DWELL',
      severity: ratio >= 3 ? 'HIGH' : 'MEDIUM',
      confidence: breachConfidence(dwellHours, threshold.hours, threshold.thin),
      key: `EXCESSIVE_DWELL:${visit.facilityCode}:${visit.first.eventId}`,
      summary:
        `At ${facilityLabel(visit.facilityCode, ctx)} for ${formatHours(dwellHours)} ` +
        `(normally leaves within ${formatHours(threshold.hours)}, ${threshold.basis}, n=${threshold.samples}).`,
      evidence: {
        eventIds: visit.events.map((e) => e.eventId),
        facilityCode: visit.facilityCode,
        statistics: {
          dwellHours: round(dwellHours),
          thresholdHours: round(threshold.hours),
          thresholdBasis: threshold.basis,
          samples: threshold.samples,
          facilityP50Hours: facility?.turnaroundHours ? round(facility.turnaroundHours.p50) : null,
          observedP95Hours: threshold.observedHours === null ? null : round(threshold.observedHours),
          ratio: round(ratio),
          arrivedAt: visit.first.occurredAt.toISOString(),
          heldAtFacilityNow: facility?.held.count ?? null,
        },
      },
    },
  ];
}
