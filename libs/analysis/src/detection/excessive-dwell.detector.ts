import { isTerminal, orderedEvents, resolveThreshold } from '../statistics/index.js';
import { packagePosition } from '../eta/package-position.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext } from './detection.types.js';
import { breachConfidence, facilityLabel, formatHours, round, thresholdsOf } from './finding-helpers.js';
import { currentStage, thresholdDistribution } from './network-view.js';

/**
 * EXCESSIVE_DWELL: the package has been at its current facility (arrival → now, not departed) longer than
 * the network model says a stay there takes: the facility's dwell (arrival to departure), or its
 * scan-to-scan stage where it sends no departure scans, or the last mile at the delivering facility (p95;
 * thin history → max(floor, thin p95)). Only the ongoing stay counts: once the package left, the stay is
 * history for the timeline, not an open anomaly.
 * Key: EXCESSIVE_DWELL:<facility>:<first event id of the stay>, so a later return to the same facility is new.
 */
export function detectExcessiveDwell(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  if (isTerminal(pkg.status)) return [];
  const position = packagePosition(pkg, ctx.now);
  if (position.kind !== 'at-facility') return [];
  const code = position.facilityCode;
  const since = position.since.getTime();
  // The stay's events: from its first scan on (position-less notes in between belong to it too).
  const stay = orderedEvents(pkg).filter((e) => e.occurredAt.getTime() >= since && e.occurredAt <= ctx.now && (e.facilityCode === code || e.facilityCode === null));
  const first = stay.find((e) => e.facilityCode === code);
  if (!first) return [];
  const t = thresholdsOf(ctx);
  const stage = currentStage(pkg, ctx);
  const threshold = resolveThreshold([{ basis: stage?.label ?? `stay at ${code}`, distribution: thresholdDistribution(stage?.dist) }], {
    minSamples: t.minSamples,
    floorHours: t.dwellFloorHours,
    minimumHours: t.dwellMinimumHours,
  });
  const dwellHours = hoursBetween(position.since, ctx.now);
  if (dwellHours <= threshold.hours) return [];

  const ratio = dwellHours / threshold.hours;
  const held = ctx.stats.facilities[code]?.held.count ?? null;
  return [
    {
      type: 'EXCESSIVE_DWELL',
      severity: ratio >= 3 ? 'HIGH' : 'MEDIUM',
      confidence: breachConfidence(dwellHours, threshold.hours, threshold.thin),
      key: `EXCESSIVE_DWELL:${code}:${first.eventId}`,
      summary:
        `At ${facilityLabel(code, ctx)} for ${formatHours(dwellHours)} ` +
        `(normally within ${formatHours(threshold.hours)}, ${threshold.basis}, n=${threshold.samples}).`,
      evidence: {
        eventIds: stay.map((e) => e.eventId),
        facilityCode: code,
        statistics: {
          dwellHours: round(dwellHours),
          thresholdHours: round(threshold.hours),
          thresholdBasis: threshold.basis,
          samples: threshold.samples,
          observedP95Hours: threshold.observedHours === null ? null : round(threshold.observedHours),
          ratio: round(ratio),
          arrivedAt: position.since.toISOString(),
          heldAtFacilityNow: held,
        },
      },
    },
  ];
}
