/** One transit-time bucket of the rollup (see transit_bucket() in the rollups migration): how many, their total. */
export interface TransitBucket {
  count: number;
  totalHours: number;
}

/**
 * percentile_cont over the histogram, each value standing for its bucket's mean: the same interpolation
 * between the two neighbouring ranks as PostgreSQL. Exact when the ranks it needs sit alone in their
 * buckets; otherwise off by less than a bucket's width (5% of the value). null for no values.
 */
export function percentileFromHistogram(histogram: ReadonlyMap<number, TransitBucket>, p: number): number | null {
  const buckets = [...histogram].filter(([, b]) => b.count > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, b]) => sum + b.count, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const valueAt = (k: number): number => {
    let seen = 0;
    for (const [, b] of buckets) {
      seen += b.count;
      if (k < seen) return b.totalHours / b.count;
    }
    const last = buckets.at(-1)![1];
    return last.totalHours / last.count;
  };
  const lo = Math.floor(rank);
  const low = valueAt(lo);
  return lo === rank ? low : low + (rank - lo) * (valueAt(lo + 1) - low);
}
