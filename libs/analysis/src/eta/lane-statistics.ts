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
 * Fits median transit = handling + km / speed over well-observed lanes (weighted least squares on
 * medians), so unseen lanes get a prior from this network's own trucks rather than a global constant.
 */
export function fitTransitPrior(lanes: readonly { distanceKm: number; hours: number[] }[]): TransitPrior {
  const usable = lanes.filter((lane) => lane.hours.length >= 5);
  if (usable.length < 3) return DEFAULT_TRANSIT_PRIOR;
  const points = usable.map((lane) => {
    const summary = logSummary(fromSamples(lane.hours));
    return { x: lane.distanceKm, y: summary.median, sigma: summary.sigma, w: Math.min(lane.hours.length, 50) };
  });
  const totalW = points.reduce((sum, p) => sum + p.w, 0);
  const meanX = points.reduce((sum, p) => sum + p.w * p.x, 0) / totalW;
  const meanY = points.reduce((sum, p) => sum + p.w * p.y, 0) / totalW;
  const sxx = points.reduce((sum, p) => sum + p.w * (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + p.w * (p.x - meanX) * (p.y - meanY), 0);
  const slope = sxx > 0 ? sxy / sxx : 0;
  if (slope <= 1e-4) return DEFAULT_TRANSIT_PRIOR;
  const handlingHours = Math.max(0.25, meanY - slope * meanX);
  const sigmas = points.map((p) => p.sigma).sort((a, b) => a - b);
  const sigma = sigmas[Math.floor(sigmas.length / 2)] ?? DEFAULT_TRANSIT_PRIOR.sigma;
  return { handlingHours, kmPerHour: 1 / slope, sigma };
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
