import { destinationKeys, type LaneStatistics, type NetworkStatistics } from '../statistics/index.js';
import type { PackageHistory } from '../timeline.types.js';

/** How many delivered packages to this destination used the lane (best matching destination key). */
export function deliveredToward(lane: LaneStatistics, destination: PackageHistory['destination']): number {
  return Math.max(0, ...destinationKeys(destination).map((key) => lane.deliveredTo[key] ?? 0));
}

/**
 * The lane packages to this destination usually take out of `from`: the most used one among delivered
 * packages to the same destination facility or area; null when history shows none.
 */
export function nextLaneToward(
  stats: NetworkStatistics,
  from: string,
  destination: PackageHistory['destination'],
): LaneStatistics | null {
  let best: LaneStatistics | null = null;
  let bestCount = 0;
  for (const lane of Object.values(stats.lanes)) {
    if (lane.from !== from) continue;
    const count = deliveredToward(lane, destination);
    // Ties go to the better-sampled lane; lanes are keyed in sorted order, so remaining ties are deterministic.
    const better = count > bestCount || (count === bestCount && best !== null && lane.gapHours.count > best.gapHours.count);
    if (count > 0 && better) {
      best = lane;
      bestCount = count;
    }
  }
  return best;
}

/** Chain of learned next lanes from `from` until the destination facility (or history runs out), without cycles. */
export function learnedPath(
  stats: NetworkStatistics,
  from: string,
  destination: PackageHistory['destination'],
  maxHops = 12,
): LaneStatistics[] {
  const path: LaneStatistics[] = [];
  const seen = new Set([from]);
  let at = from;
  while (path.length < maxHops && at !== destination?.facilityCode) {
    const lane = nextLaneToward(stats, at, destination);
    if (!lane || seen.has(lane.to)) break;
    path.push(lane);
    seen.add(lane.to);
    at = lane.to;
  }
  return path;
}
