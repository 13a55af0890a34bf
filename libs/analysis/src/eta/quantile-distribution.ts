import { quantile as sampleQuantile } from '../common/quantile.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * A duration distribution (hours) stored as its quantile function on a fixed grid. Empirical data,
 * log-normal priors and their shrinkage mixtures all share this one JSON-friendly shape, and sampling,
 * conditioning on time already spent, and mixing are simple operations on it. The grid is denser in the
 * tails because p90 calibration depends on them.
 */
export interface QuantileDistribution {
  /** Observations behind the empirical part (0 for a pure prior). */
  n: number;
  meanHours: number;
  /** Hours at QUANTILE_LEVELS, non-decreasing. */
  q: number[];
}

export const QUANTILE_LEVELS: readonly number[] = [
  0, 0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7,
  0.75, 0.8, 0.85, 0.9, 0.925, 0.95, 0.965, 0.98, 0.99, 0.995, 1,
];

const LAST = QUANTILE_LEVELS.length - 1;
const level = (i: number): number => QUANTILE_LEVELS[i] ?? 1;
const at = (d: QuantileDistribution, i: number): number => d.q[i] ?? 0;

export function fromSamples(samples: readonly number[]): QuantileDistribution {
  if (samples.length === 0) throw new RangeError('fromSamples() needs at least one sample');
  const sorted = [...samples].sort((x, y) => x - y);
  const q = QUANTILE_LEVELS.map((p) => sampleQuantile(sorted, p));
  const meanHours = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { n: sorted.length, meanHours, q };
}

/** Log-normal given its median and log-space standard deviation; the ends are cut at 0.05% / 99.95%. */
export function fromLogNormal(median: number, sigma: number): QuantileDistribution {
  const q = QUANTILE_LEVELS.map((p) => median * Math.exp(sigma * normalQuantile(Math.min(0.9995, Math.max(0.0005, p)))));
  return { n: 0, meanHours: median * Math.exp((sigma * sigma) / 2), q };
}

export function cdf(d: QuantileDistribution, hours: number): number {
  if (hours < at(d, 0)) return 0;
  if (hours >= at(d, LAST)) return 1;
  let lo = 0;
  let hi = LAST;
  // Largest i with q[i] <= hours.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (at(d, mid) <= hours) lo = mid;
    else hi = mid;
  }
  const q0 = at(d, lo);
  const q1 = at(d, hi);
  return q1 > q0 ? level(lo) + ((level(hi) - level(lo)) * (hours - q0)) / (q1 - q0) : level(hi);
}

export function quantile(d: QuantileDistribution, p: number): number {
  if (p <= 0) return at(d, 0);
  if (p >= 1) return at(d, LAST);
  let lo = 0;
  let hi = LAST;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (level(mid) <= p) lo = mid;
    else hi = mid;
  }
  const span = level(hi) - level(lo);
  return at(d, lo) + ((at(d, hi) - at(d, lo)) * (p - level(lo))) / span;
}

export function scaled(d: QuantileDistribution, factor: number): QuantileDistribution {
  return { n: d.n, meanHours: d.meanHours * factor, q: d.q.map((x) => x * factor) };
}

/** Mixture of distributions by weight (the shrinkage of few observations toward a prior). */
export function mixture(parts: readonly { weight: number; dist: QuantileDistribution }[]): QuantileDistribution {
  const live = parts.filter((part) => part.weight > 1e-9);
  const total = live.reduce((sum, part) => sum + part.weight, 0);
  const only = live[0];
  if (!only) throw new RangeError('mixture() needs a part with positive weight');
  const n = parts.reduce((sum, part) => sum + part.dist.n, 0);
  if (live.length === 1) return { ...only.dist, n };
  const xs = [...new Set(live.flatMap((part) => part.dist.q))].sort((x, y) => x - y);
  const mixCdf = xs.map((x) => live.reduce((sum, part) => sum + (part.weight / total) * cdf(part.dist, x), 0));
  const q = QUANTILE_LEVELS.map((p, i) => {
    if (i === 0) return xs[0] ?? 0;
    if (i === LAST) return xs[xs.length - 1] ?? 0;
    const j = mixCdf.findIndex((f) => f >= p);
    if (j <= 0) return xs[Math.max(j, 0)] ?? 0;
    const f0 = mixCdf[j - 1] ?? 0;
    const f1 = mixCdf[j] ?? 1;
    const x0 = xs[j - 1] ?? 0;
    const x1 = xs[j] ?? x0;
    return f1 > f0 ? x0 + ((x1 - x0) * (p - f0)) / (f1 - f0) : x1;
  });
  const meanHours = live.reduce((sum, part) => sum + (part.weight / total) * part.dist.meanHours, 0);
  return { n, meanHours, q };
}

/**
 * Remaining hours given `elapsedHours` already spent (residual life), from a uniform draw `u`. Past the
 * largest known value the distribution says nothing, so an exponential tail with a scale taken from the
 * distribution's own spread stands in: an overdue item is expected to finish soon but not instantly.
 */
export function sampleRemaining(d: QuantileDistribution, elapsedHours: number, u: number): number {
  if (elapsedHours <= 0) return quantile(d, u);
  const done = cdf(d, elapsedHours);
  if (done >= 0.995) {
    const scale = Math.max(1, 0.5 * (quantile(d, 0.99) - quantile(d, 0.5)));
    return -scale * Math.log(1 - Math.min(u, 0.999999));
  }
  return Math.max(0, quantile(d, done + u * (1 - done)) - elapsedHours);
}

/** Expected remaining hours given time already spent, by quadrature over the residual distribution. */
export function expectedRemaining(d: QuantileDistribution, elapsedHours: number): number {
  if (elapsedHours <= 0) return d.meanHours;
  const steps = 32;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += sampleRemaining(d, elapsedHours, (i + 0.5) / steps);
  return sum / steps;
}

/** Robust log-space centre and spread (from the 16th/84th percentiles), used to fit priors. */
export function logSummary(d: QuantileDistribution): { median: number; sigma: number } {
  const median = Math.max(quantile(d, 0.5), 1e-3);
  const p16 = Math.max(quantile(d, 0.16), 1e-3);
  const p84 = Math.max(quantile(d, 0.84), 1e-3);
  return { median, sigma: Math.max(0.05, (Math.log(p84) - Math.log(p16)) / 2) };
}
