import { isTerminal, orderedEvents, resolveThreshold, type ResolvedThreshold } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext, Severity } from './detection.types.js';
import { breachConfidence, facilityLabel, formatHours, round, thresholdsOf } from './finding-helpers.js';
import { currentStage, thresholdDistribution } from './network-view.js';

function severityFor(ratio: number): Severity {
  if (ratio >= 4) return 'CRITICAL';
  if (ratio >= 2) return 'HIGH';
  return 'MEDIUM';
}

/**
 * NO_SCAN: silence since the last event longer than the stage the package is in normally takes. The stage
 * (waiting at a facility, a lane, scan to scan where a facility sends no departure scans, the last mile)
 * and its length come from the network model, as the ETA plans them. Not for terminal packages, nor for
 * AVAILABLE_FOR_PICKUP (waiting for the recipient is not the network's silence).
 * Key: NO_SCAN:<last event id>, so a new scan resolves it and the same silence is one finding.
 */
export function detectNoScan(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  if (isTerminal(pkg.status) || pkg.status === 'AVAILABLE_FOR_PICKUP') return [];
  const t = thresholdsOf(ctx);
  const events = orderedEvents(pkg);
  const last = events[events.length - 1];
  const physical = events.some((e) => e.status !== 'INFO_RECEIVED');
  const since = last?.occurredAt ?? pkg.createdAt;
  const silenceHours = hoursBetween(since, ctx.now);

  let threshold: ResolvedThreshold;
  let stage: string | null = null;
  if (!physical) {
    // Label created but never handed over: no stage of the network applies yet.
    threshold = resolveThreshold([{ basis: 'induction', distribution: null }], {
      minSamples: t.minSamples,
      floorHours: t.inductionFloorHours,
    });
  } else {
    const current = currentStage(pkg, ctx);
    stage = current?.label ?? null;
    threshold = resolveThreshold([{ basis: stage ?? 'no stage', distribution: thresholdDistribution(current?.dist) }], {
      minSamples: t.minSamples,
      floorHours: t.noScanFloorHours,
      minimumHours: t.noScanMinimumHours,
    });
  }
  if (silenceHours <= threshold.hours) return [];

  const ratio = silenceHours / threshold.hours;
  const where = last?.facilityCode ? ` at ${facilityLabel(last.facilityCode, ctx)}` : '';
  return [
    {
      type: 'NO_SCAN',
      severity: severityFor(ratio),
      confidence: breachConfidence(silenceHours, threshold.hours, threshold.thin),
      key: `NO_SCAN:${last?.eventId ?? 'created'}`,
      summary:
        `No scan for ${formatHours(silenceHours)} since the last event${where} ` +
        `(expected within ${formatHours(threshold.hours)}, ${threshold.basis}, n=${threshold.samples}).`,
      evidence: {
        eventIds: last ? [last.eventId] : [],
        facilityCode: last?.facilityCode ?? null,
        statistics: {
          silenceHours: round(silenceHours),
          thresholdHours: round(threshold.hours),
          thresholdBasis: threshold.basis,
          samples: threshold.samples,
          observedP95Hours: threshold.observedHours === null ? null : round(threshold.observedHours),
          ratio: round(ratio),
          stage,
          lastEventAt: since.toISOString(),
        },
      },
    },
  ];
}
