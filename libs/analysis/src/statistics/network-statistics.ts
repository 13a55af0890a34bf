import type { PackageHistory } from '../timeline.types.js';
import { computeCarrierStatistics, summarizeOutcomes } from './carrier-statistics.js';
import { orderedEvents } from './event-classification.js';
import { computeFacilityStatistics } from './facility-statistics.js';
import { hoursBetween } from '../common/time.js';
import { packageOutcome } from './package-outcome.js';
import { summarize } from './duration-summary.js';
import type { NetworkStatistics } from './statistics.types.js';

export interface NetworkStatisticsOptions {
  now: Date;
}

/**
 * Facility load and carrier outcomes from recent delivered and in-flight packages (stage lengths, lanes and
 * routing are the network model's: learnEtaModel).
 * Deterministic for the same input and `now`.
 */
export function computeNetworkStatistics(
  histories: readonly PackageHistory[],
  options: NetworkStatisticsOptions,
): NetworkStatistics {
  const { now } = options;
  let earliest: Date | null = null;
  let latest: Date | null = null;
  for (const pkg of histories) {
    const events = orderedEvents(pkg);
    const first = events[0];
    const last = events[events.length - 1];
    if (first && (!earliest || first.occurredAt < earliest)) earliest = first.occurredAt;
    if (last && (!latest || last.occurredAt > latest)) latest = last.occurredAt;
  }

  const outcomes = histories.map(packageOutcome);
  const overall = summarizeOutcomes('*', outcomes);
  const windowHours = earliest ? Math.max(0, hoursBetween(earliest, now)) : 0;
  return {
    generatedAt: now.toISOString(),
    window: { from: earliest?.toISOString() ?? null, to: latest?.toISOString() ?? null },
    facilities: computeFacilityStatistics(histories, now, windowHours),
    carriers: computeCarrierStatistics(histories),
    network: {
      packages: overall.packages,
      delivered: overall.delivered,
      inFlight: overall.inFlight,
      transitHours: overall.transitHours,
      effectiveSpeedKmh: summarize(outcomes.flatMap((o) => (o.effectiveSpeedKmh === null ? [] : [o.effectiveSpeedKmh]))),
      onTimeRate: overall.onTimeRate,
      exceptionRate: overall.exceptionRate,
    },
  };
}
