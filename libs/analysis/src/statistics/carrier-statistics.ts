import type { PackageHistory } from '../timeline.types.js';
import { packageOutcome, rate, type PackageOutcome } from './package-outcome.js';
import { summarize } from './duration-summary.js';
import type { CarrierStatistics } from './statistics.types.js';

/** On-time, exception and transit performance of one group of outcomes (a carrier, or the whole network). */
export function summarizeOutcomes(carrier: string, outcomes: readonly PackageOutcome[]): CarrierStatistics {
  const delivered = outcomes.filter((o) => o.delivered);
  const promised = delivered.filter((o) => o.onTime !== null);
  const transitHours = summarize(delivered.flatMap((o) => (o.transitHours === null ? [] : [o.transitHours])));
  return {
    carrier,
    packages: outcomes.length,
    delivered: delivered.length,
    inFlight: outcomes.filter((o) => o.inFlight).length,
    onTimeRate: rate(promised.filter((o) => o.onTime === true).length, promised.length),
    onTimeSamples: promised.length,
    exceptionRate: rate(outcomes.filter((o) => o.hadException).length, outcomes.length),
    failedAttemptRate: rate(outcomes.filter((o) => o.hadFailedAttempt).length, outcomes.length),
    transitHours,
    medianTransitHours: transitHours?.p50 ?? null,
  };
}

export function computeCarrierStatistics(histories: readonly PackageHistory[]): Record<string, CarrierStatistics> {
  const byCarrier = new Map<string, PackageOutcome[]>();
  for (const pkg of histories) {
    const outcomes = byCarrier.get(pkg.carrier) ?? [];
    byCarrier.set(pkg.carrier, outcomes);
    outcomes.push(packageOutcome(pkg));
  }
  const result: Record<string, CarrierStatistics> = {};
  for (const [carrier, outcomes] of [...byCarrier].sort(([a], [b]) => a.localeCompare(b))) {
    result[carrier] = summarizeOutcomes(carrier, outcomes);
  }
  return result;
}
