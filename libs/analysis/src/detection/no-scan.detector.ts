import { isTerminal, orderedEvents, resolveThreshold, type ResolvedThreshold, type ThresholdCandidate } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext, Severity } from './detection.types.js';
import { breachConfidence, facilityLabel, formatHours, round, thresholdsOf } from './finding-helpers.js';
import { nextLaneToward } from './learned-path.js';

function severityFor(ratio: number): Severity {
  if (ratio >= 4) return 'CRITICAL';
  if (ratio >= 2) return 'HIGH';
  return 'MEDIUM';
}

/**
 * NO_SCAN: silence since the last event longer than what normally follows such a scan. The "current lane" is
 * the lane packages to this destination usually take out of the last facility; without one, the silence
 * after any scan at that facility; without a facility, the network's scan gaps. Not for terminal packages,
 * nor for AVAILABLE_FOR_PICKUP (waiting for the recipient is not the network's silence).
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
  let lane: string | null = null;
  if (!physical) {
    // Label created but never handed over: no lane applies yet.
    threshold = resolveThreshold([{ basis: 'induction', distribution: null }], {
      minSamples: t.minSamples,
      floorHours: t.inductionFloorHours,
    });
  } else {
    const candidates: ThresholdCandidate[] = [];
    const at = last?.facilityCode ?? null;
    if (at) {
      const next = nextLaneToward(ctx.stats, at, pkg.destination);
      if (next) {
        lane = next.key;
        candidates.push({ basis: `lane ${next.key}`, distribution: next.gapHours });
      }
      candidates.push({ basis: `after scans at ${at}`, distribution: ctx.stats.facilities[at]?.outboundGapHours });
    }
    candidates.push({ basis: 'network scan gaps', distribution: ctx.stats.network.scanGapHours });
    threshold = resolveThreshold(candidates, {
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
          lane,
          lastEventAt: since.toISOString(),
        },
      },
    },
  ];
}
