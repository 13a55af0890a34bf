/**
 * Transit-time histogram buckets as the database's transit_bucket() assigns them: bucket b ≥ 1 holds hours in
 * [0.01·1.05^(b−1), 0.01·1.05^b), bucket 0 everything below 0.01 h. A bucket stands for its geometric middle,
 * within 2.5% of any value in it.
 */
export function bucketHours(bucket: number): number {
  return bucket <= 0 ? 0.005 : 0.01 * 1.05 ** (bucket - 0.5);
}

/**
 * percentile_cont over the bucket representatives: the same interpolation between the two neighbouring
 * ranks as PostgreSQL, so the answer is within the buckets' 2.5% of the exact one. null for no values.
 */
export function percentileFromHistogram(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const buckets = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const valueAt = (k: number): number => {
    let seen = 0;
    for (const [bucket, n] of buckets) {
      seen += n;
      if (k < seen) return bucketHours(bucket);
    }
    return bucketHours(buckets.at(-1)![0]);
  };
  const lo = Math.floor(rank);
  const low = valueAt(lo);
  return lo === rank ? low : low + (rank - lo) * (valueAt(lo + 1) - low);
}
