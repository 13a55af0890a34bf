import type { FacilityType, ServiceLevel } from '../timeline.types.js';
import type { ByServiceLevel, TransitPrior } from './eta.types.js';

/**
 * Cold-start assumptions, used when there is no history at all and as the prior that few observations
 * are shrunk toward. Road freight: about 1.5 h handling plus ~55 km/h of great-circle progress
 * (detours, stops and driver rules included).
 */
export const DEFAULT_TRANSIT_PRIOR: TransitPrior = { handlingHours: 1.5, kmPerHour: 55, sigma: 0.3 };

export const DEFAULT_DWELL_HOURS: Record<FacilityType, { median: number; sigma: number }> = {
  HUB: { median: 4, sigma: 0.6 },
  DEPOT: { median: 4, sigma: 0.7 },
  PICKUP_POINT: { median: 2, sigma: 0.7 },
  CUSTOMS: { median: 8, sigma: 0.9 },
};

export const DEFAULT_DWELL_SERVICE_FACTOR: ByServiceLevel<number> = { EXPRESS: 0.7, STANDARD: 1, ECONOMY: 1.4 };

interface LogNormalSpec {
  median: number;
  sigma: number;
}

const bySpeed = (express: LogNormalSpec, standard: LogNormalSpec, economy: LogNormalSpec): Record<ServiceLevel, LogNormalSpec> => ({
  EXPRESS: express,
  STANDARD: standard,
  ECONOMY: economy,
});

export const DEFAULT_PICKUP = bySpeed({ median: 3, sigma: 0.7 }, { median: 5, sigma: 0.7 }, { median: 8, sigma: 0.7 });
export const DEFAULT_LAST_MILE = bySpeed({ median: 12, sigma: 0.6 }, { median: 18, sigma: 0.6 }, { median: 24, sigma: 0.6 });
export const DEFAULT_OUT_FOR_DELIVERY = bySpeed({ median: 3, sigma: 0.5 }, { median: 3.5, sigma: 0.5 }, { median: 4, sigma: 0.5 });
export const DEFAULT_AFTER_FAILED_ATTEMPT = bySpeed({ median: 24, sigma: 0.4 }, { median: 26, sigma: 0.4 }, { median: 28, sigma: 0.4 });
export const DEFAULT_END_TO_END = bySpeed({ median: 30, sigma: 0.5 }, { median: 60, sigma: 0.5 }, { median: 96, sigma: 0.5 });

/** Observations needed before a learned distribution outweighs its prior. */
export const DEFAULT_PRIOR_STRENGTH = 8;

export function priorTransitMedianHours(prior: TransitPrior, distanceKm: number): number {
  return prior.handlingHours + distanceKm / prior.kmPerHour;
}
