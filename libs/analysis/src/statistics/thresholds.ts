import type { DurationDistribution } from './statistics.types.js';

export interface ThresholdCandidate {
  /** Names the distribution in evidence, e.g. "HUB-A → HUB-B". */
  basis: string;
  /** A sample summary, or the network model's distribution read through thresholdDistribution. */
  distribution: Pick<DurationDistribution, 'count' | 'p90' | 'p95'> | null | undefined;
}

export interface ThresholdOptions {
  /** Below this many samples a distribution is "thin" and its quantile alone is not trusted. */
  minSamples: number;
  /** Lower bound used whenever the most specific history is thin. */
  floorHours: number;
  /** Lower bound applied always (a tight lane still should not alarm on minutes of silence). */
  minimumHours?: number;
  quantile?: 'p90' | 'p95';
}

export interface ResolvedThreshold {
  hours: number;
  /** What decided the value: a candidate's basis, "prior: <basis>", "<basis> (thin)", "floor" or "minimum". */
  basis: string;
  /** Samples behind the most specific candidate. */
  samples: number;
  /** That candidate's quantile, even when it was too thin to decide; null without any samples. */
  observedHours: number | null;
  thin: boolean;
}

/**
 * Threshold from the most specific history that is deep enough. Candidates go from most specific to most
 * general (lane → facility → network). When the first is thin (n < minSamples) the threshold is
 * max(floor, prior, thin quantile): broader history and the floor can only make the alarm more patient,
 * so a handful of fast samples never makes it trigger-happy.
 */
export function resolveThreshold(candidates: readonly ThresholdCandidate[], options: ThresholdOptions): ResolvedThreshold {
  const q = options.quantile ?? 'p95';
  const minimum = options.minimumHours ?? 0;
  const specific = candidates[0];
  const samples = specific?.distribution?.count ?? 0;
  const observedHours = specific?.distribution?.[q] ?? null;

  const choices: Array<{ hours: number; basis: string }> = [];
  const thin = !specific || samples < options.minSamples;
  if (specific && !thin && observedHours !== null) {
    choices.push({ hours: observedHours, basis: specific.basis });
  } else {
    choices.push({ hours: options.floorHours, basis: 'floor' });
    const prior = candidates.slice(1).find((c) => (c.distribution?.count ?? 0) >= options.minSamples);
    if (prior?.distribution) choices.push({ hours: prior.distribution[q], basis: `prior: ${prior.basis}` });
    if (specific && observedHours !== null) choices.push({ hours: observedHours, basis: `${specific.basis} (thin)` });
  }
  choices.push({ hours: minimum, basis: 'minimum' });
  // First maximum wins so equal values report the more meaningful basis.
  const chosen = choices.reduce((best, o) => (o.hours > best.hours ? o : best));
  return { hours: chosen.hours, basis: chosen.basis, samples, observedHours, thin };
}
