import type { FacilityNode } from '../timeline.types.js';
import { greatCircleKm } from '../common/geo.js';
import type { LaneStatistics, TransitPrior } from './eta.types.js';
import { DEFAULT_TRANSIT_PRIOR, priorTransitMedianHours } from './eta-priors.js';
import { fromLogNormal, fromSamples, logSummary, mixture } from './quantile-distribution.js';

export interface LaneSamples {
  from: string;
  to: string;
  hours: number[];
}

/** Weight of the empirical part when shrinking n observations toward a prior of strength k. */
export const empiricalWeight = (n: number, priorStrength: number): number => n / (n + priorStrength);

/**
 * Fits median transit = handling + km / speed over lanes seen at least 3 times (weighted least squares on
 * medians), so unseen lanes get a prior from this network's own trucks rather than a global constant.
 */
export function fitTransitPrior(lanes: readonly { distanceKm: number; hours: number[] }[]): TransitPrior {
  const usable = lanes.filter((lane) => lane.hours.length >= 3);
  if (usable.length === 0) return DEFAULT_TRANSIT_PRIOR;
  const points = usable.map((lane) => {
    const summary = logSummary(fromSamples(lane.hours));
    return { x: lane.distanceKm, y: summary.median, sigma: summary.sigma, w: Math.min(lane.hours.length, 50) };
  });
  const sigmas = points.map((p) => p.sigma).sort((a, b) => a - b);
  const sigma = sigmas[Math.floor(sigmas.length / 2)] ?? DEFAULT_TRANSIT_PRIOR.sigma;
  const totalW = points.reduce((sum, p) => sum + p.w, 0);
  const meanX = points.reduce((sum, p) => sum + p.w * p.x, 0) / totalW;
  const meanY = points.reduce((sum, p) => sum + p.w * p.y, 0) / totalW;
  const xs = points.map((p) => p.x);
  // A line needs lanes of clearly different lengths; otherwise fit the speed alone (cold start: few lanes).
  if (points.length >= 3 && Math.max(...xs) - Math.min(...xs) >= 200) {
    const sxx = points.reduce((sum, p) => sum + p.w * (p.x - meanX) ** 2, 0);
    const sxy = points.reduce((sum, p) => sum + p.w * (p.x - meanX) * (p.y - meanY), 0);
    const slope = sxx > 0 ? sxy / sxx : 0;
    const handlingHours = meanY - slope * meanX;
    if (slope > 1e-4 && handlingHours >= 0.25) return { handlingHours, kmPerHour: 1 / slope, sigma };
  }
  const handlingHours = DEFAULT_TRANSIT_PRIOR.handlingHours;
  const driving = points.reduce((sum, p) => sum + p.w * Math.max(0.1, p.y - handlingHours), 0);
  const kmPerHour = meanX > 0 ? (meanX * totalW) / driving : DEFAULT_TRANSIT_PRIOR.kmPerHour;
  return { handlingHours, kmPerHour: Math.min(150, Math.max(10, kmPerHour)), sigma };
}

export function buildLaneStatistics(
  samples: readonly LaneSamples[],
  facilities: ReadonlyMap<string, FacilityNode>,
  priorStrength: number,
): { lanes: LaneStatistics[]; transitPrior: TransitPrior } {
  const located = samples.flatMap((lane) => {
    const from = facilities.get(lane.from);
    const to = facilities.get(lane.to);
    // A lane between facilities without coordinates has no distance prior; leave it out.
    return from && to ? [{ ...lane, distanceKm: greatCircleKm(from, to) }] : [];
  });
  const transitPrior = fitTransitPrior(located);
  const lanes = located.map((lane): LaneStatistics => {
    const prior = fromLogNormal(priorTransitMedianHours(transitPrior, lane.distanceKm), transitPrior.sigma);
    const weight = empiricalWeight(lane.hours.length, priorStrength);
    const transit = mixture([
      { weight, dist: fromSamples(lane.hours) },
      { weight: 1 - weight, dist: prior },
    ]);
    return { from: lane.from, to: lane.to, distanceKm: lane.distanceKm, transit };
  });
  return { lanes, transitPrior };
}
