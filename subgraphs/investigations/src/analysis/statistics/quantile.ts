import type { DurationDistribution } from './statistics.types.js';

/**
 * Linear-interpolation quantile (the "type 7" estimator used by R and NumPy) over values already
 * sorted ascending. Interpolating keeps small samples from jumping between neighbouring values.
 */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty sample');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile q must be in [0, 1], got ${q}`);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

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
