import { isTerminal, orderedEvents } from '../statistics/index.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext, EtaEstimate, Severity } from './detection.types.js';
import { clamp01, round, thresholdsOf } from './finding-helpers.js';
import { etaOf } from './network-view.js';

interface Verdict {
  severity: Severity;
  confidence: number;
  reason: string;
}

function judge(eta: EtaEstimate, promise: Date, threshold: number): Verdict | null {
  if (eta.p50 > promise) return { severity: 'HIGH', confidence: 0.85, reason: 'median ETA is after the promise' };
  const p = eta.onTimeProbability;
  if (p !== null && p < threshold) {
    return {
      severity: p < threshold / 2 ? 'HIGH' : 'MEDIUM',
      confidence: clamp01(0.6 + (0.4 * (threshold - p)) / threshold),
      reason: `on-time probability ${round(p)} is below ${threshold}`,
    };
  }
  // Without a probability, a p90 past the promise is the only hint of risk; report it softly.
  if (p === null && eta.p90 > promise) return { severity: 'LOW', confidence: 0.5, reason: 'p90 ETA is after the promise' };
  return null;
}

/** How an ETA was computed, in the words a summary reads (the enum stays in evidence). */
const ETA_BASIS_WORDS: Partial<Record<string, string>> = {
  LEARNED_PATH: 'from the learned path',
  PARTIAL: 'partly from priors',
  FALLBACK: 'a fallback from distance and time spent',
  DELIVERED: 'delivered',
  CLOSED: 'closed',
};

/**
 * LATE_RISK: the package will probably miss promisedDeliveryAt, by its ETA: the caller's (Package.eta) or
 * the network model's own. An ETA the model could only guess (basis FALLBACK) is reported with less
 * confidence; a promise already passed is CRITICAL regardless (PROMISE_PASSED). Not for terminal packages.
 * Key: LATE_RISK:<promise ISO>, so a new promise is a new finding and an improved ETA resolves it.
 */
export function detectLateRisk(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  const promise = pkg.promisedDeliveryAt;
  if (!promise || isTerminal(pkg.status)) return [];
  const t = thresholdsOf(ctx);
  const eta = etaOf(pkg, ctx);

  let verdict: Verdict | null;
  let basis: string;
  if (ctx.now > promise) {
    verdict = { severity: 'CRITICAL', confidence: 0.99, reason: 'the promised delivery time has passed' };
    basis = 'PROMISE_PASSED';
  } else {
    if (!eta) return [];
    verdict = judge(eta, promise, t.lateRiskProbability);
    basis = 'MODEL';
    // A guess from distance and time spent knows much less than a learned path; say so in the confidence.
    if (verdict && eta.basis === 'FALLBACK') verdict = { ...verdict, confidence: verdict.confidence * 0.7 };
  }
  if (!verdict) return [];

  const last = orderedEvents(pkg).at(-1);
  const hoursLate = eta ? (eta.p50.getTime() - promise.getTime()) / 3_600_000 : null;
  return [
    {
      type: 'LATE_RISK',
      severity: verdict.severity,
      confidence: round(clamp01(verdict.confidence)),
      key: `LATE_RISK:${promise.toISOString()}`,
      summary:
        `Likely to miss the promised delivery ${promise.toISOString()}: ${verdict.reason}` +
        (eta ? ` (ETA p50 ${eta.p50.toISOString()}, p90 ${eta.p90.toISOString()}, ${ETA_BASIS_WORDS[eta.basis] ?? eta.basis}).` : '.'),
      evidence: {
        eventIds: last ? [last.eventId] : [],
        subtype: basis,
        statistics: {
          basis,
          etaBasis: eta?.basis ?? null,
          promisedDeliveryAt: promise.toISOString(),
          etaP50: eta?.p50.toISOString() ?? null,
          etaP90: eta?.p90.toISOString() ?? null,
          onTimeProbability: eta?.onTimeProbability ?? null,
          probabilityThreshold: t.lateRiskProbability,
          p50HoursAfterPromise: hoursLate === null ? null : round(hoursLate),
        },
      },
    },
  ];
}
