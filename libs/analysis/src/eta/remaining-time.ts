import { sampleRemaining, type QuantileDistribution } from './quantile-distribution.js';
import type { SeededRandom } from '../common/seeded-random.js';
import { weekBlock } from './week-blocks.js';
import { HOUR_MS } from '../common/time.js';

/** One stage still ahead of a package (a dwell, a lane, the last mile), possibly already under way. */
export interface TimeComponent {
  label: string;
  dist: QuantileDistribution;
  /** Hours already spent in this stage; the draw is conditional on not being finished yet. */
  elapsedHours: number;
  learned: boolean;
  /** Replaces `dist` by the block of the time of week the stage starts in (see week-blocks.ts). */
  byWeekBlock?: readonly QuantileDistribution[];
  /** Local clock of the stage's facility (hours east of UTC) for `byWeekBlock`. */
  offsetHours?: number;
  /** Multiplier on the drawn duration (e.g. a delivering facility slower than the network's last mile). */
  factor?: number;
  /** Today's network conditions already scaled `dist` by this (a congested facility); for explanations only. */
  slowdown?: number;
}

function stageDistribution(component: TimeComponent, startMs: number): QuantileDistribution {
  return component.byWeekBlock?.[weekBlock(startMs, component.offsetHours)] ?? component.dist;
}

/**
 * Monte Carlo of the total remaining hours, stages drawn independently. Chosen over moment matching
 * because conditional (residual) dwell and empirical, multi-modal stages (delivery waves) are not
 * log-normal. Returns the draws sorted ascending.
 */
export function sampleRemainingHours(components: readonly TimeComponent[], samples: number, random: SeededRandom, nowMs: number): Float64Array {
  const totals = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let total = 0;
    for (const component of components) {
      // A stage under way started in the past; later stages start when the previous draw ends.
      const startMs = nowMs + (total - component.elapsedHours) * HOUR_MS;
      const factor = component.factor ?? 1;
      // Scaling a duration by f scales its elapsed part too: condition on elapsed / f, then scale back.
      total += factor * sampleRemaining(stageDistribution(component, startMs), component.elapsedHours / factor, random.next());
    }
    totals[s] = total;
  }
  return totals.sort();
}

/** Share of draws at or below `hours`. */
export function shareAtMost(sorted: Float64Array, hours: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= hours) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length === 0 ? 0 : lo / sorted.length;
}
