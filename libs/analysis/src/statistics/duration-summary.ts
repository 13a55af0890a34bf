import { quantile } from '../common/quantile.js';
import type { DurationDistribution } from './statistics.types.js';

/** Summary of a sample of durations (or any non-negative measure); null when the sample is empty. */
export function summarize(values: readonly number[]): DurationDistribution | null {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return null;
  const sorted = [...finite].sort((a, b) => a - b);
  const sum = sorted.reduce((acc, v) => acc + v, 0);
  return {
    count: sorted.length,
    min: sorted[0] as number,
    p10: quantile(sorted, 0.1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p95: quantile(sorted, 0.95),
    max: sorted[sorted.length - 1] as number,
    mean: sum / sorted.length,
  };
}

/** Median of an unsorted sample, or null when empty. */
export function median(values: readonly number[]): number | null {
  return summarize(values)?.p50 ?? null;
}
