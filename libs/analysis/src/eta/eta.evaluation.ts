import type { PackageHistory } from '../timeline.types.js';
import { HOUR_MS } from '../common/time.js';

/** One prediction scored against what actually happened. */
export interface ScoredCase {
  pkg: PackageHistory;
  now: Date;
  /** Null when the package was never delivered (returned). */
  actualDeliveredAt: Date | null;
  p50: Date;
  p90: Date;
  onTimeProbability: number | null;
}

export interface EtaMetrics {
  cases: number;
  /** Mean absolute error of p50 in hours, over delivered cases. */
  maeP50Hours: number;
  /** Share of delivered cases that arrived at or before p90 (target about 0.9). */
  p90Coverage: number;
  /** Mean squared error of the on-time probability against the outcome; NaN when no promises. */
  brier: number;
}

export function scoreCases(cases: readonly ScoredCase[]): EtaMetrics {
  let delivered = 0;
  let absError = 0;
  let covered = 0;
  let promised = 0;
  let squared = 0;
  for (const item of cases) {
    const actual = item.actualDeliveredAt;
    if (actual) {
      delivered++;
      absError += Math.abs(actual.getTime() - item.p50.getTime()) / HOUR_MS;
      if (actual.getTime() <= item.p90.getTime()) covered++;
    }
    const promise = item.pkg.promisedDeliveryAt;
    if (promise && item.onTimeProbability !== null) {
      const outcome = actual !== null && actual.getTime() <= promise.getTime() ? 1 : 0;
      promised++;
      squared += (item.onTimeProbability - outcome) ** 2;
    }
  }
  return {
    cases: cases.length,
    maeP50Hours: delivered > 0 ? absError / delivered : Number.NaN,
    p90Coverage: delivered > 0 ? covered / delivered : Number.NaN,
    brier: promised > 0 ? squared / promised : Number.NaN,
  };
}
