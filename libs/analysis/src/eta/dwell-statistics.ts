import type { FacilityNode, FacilityType, ServiceLevel } from '../timeline.types.js';
import type { ByServiceLevel, FacilityDwellStatistics } from './eta.types.js';
import { DEFAULT_DWELL_HOURS, DEFAULT_DWELL_SERVICE_FACTOR } from './eta-priors.js';
import { empiricalWeight } from './lane-statistics.js';
import { fromLogNormal, fromSamples, mixture, scaled, type QuantileDistribution } from './quantile-distribution.js';

export const SERVICE_LEVELS: readonly ServiceLevel[] = ['EXPRESS', 'STANDARD', 'ECONOMY'];
const FACILITY_TYPES: readonly FacilityType[] = ['HUB', 'DEPOT', 'PICKUP_POINT', 'CUSTOMS'];

/** Dwell hours per facility and service level. */
export type DwellSamples = Map<string, ByServiceLevel<number[]>>;

export const emptyByServiceLevel = (): ByServiceLevel<number[]> => ({ EXPRESS: [], STANDARD: [], ECONOMY: [] });

const meanLog = (values: readonly number[]): number => values.reduce((sum, v) => sum + Math.log(Math.max(v, 1e-3)), 0) / values.length;

/** Shrinks samples toward a prior distribution; no samples gives the prior itself. */
export function shrink(samples: readonly number[], prior: QuantileDistribution, priorStrength: number): QuantileDistribution {
  if (samples.length === 0) return prior;
  const weight = empiricalWeight(samples.length, priorStrength);
  return mixture([
    { weight, dist: fromSamples(samples) },
    { weight: 1 - weight, dist: { ...prior, n: 0 } },
  ]);
}

/**
 * How much faster/slower each service level is handled, as a pooled within-facility ratio of geometric
 * means, so that a facility seen mostly with STANDARD parcels still predicts EXPRESS sensibly.
 */
export function fitDwellServiceFactor(samples: DwellSamples): ByServiceLevel<number> {
  const factor = { ...DEFAULT_DWELL_SERVICE_FACTOR };
  for (const level of SERVICE_LEVELS) {
    let weighted = 0;
    let weights = 0;
    for (const bySl of samples.values()) {
      const all = SERVICE_LEVELS.flatMap((l) => bySl[l]);
      const own = bySl[level];
      if (own.length < 3 || all.length < 10) continue;
      weighted += own.length * (meanLog(own) - meanLog(all));
      weights += own.length;
    }
    if (weights >= 30) factor[level] = Math.exp(weighted / weights);
  }
  return factor;
}

export function buildDwellStatistics(
  samples: DwellSamples,
  facilities: ReadonlyMap<string, FacilityNode>,
  priorStrength: number,
): {
  dwell: FacilityDwellStatistics[];
  dwellByFacilityType: Record<FacilityType, QuantileDistribution>;
  dwellServiceFactor: ByServiceLevel<number>;
} {
  const dwellServiceFactor = fitDwellServiceFactor(samples);
  const pooled = new Map<FacilityType, number[]>(FACILITY_TYPES.map((type) => [type, []]));
  for (const [code, bySl] of samples) {
    const type = facilities.get(code)?.type;
    if (type) pooled.get(type)?.push(...SERVICE_LEVELS.flatMap((l) => bySl[l]));
  }
  const dwellByFacilityType = Object.fromEntries(
    FACILITY_TYPES.map((type) => {
      const fallback = DEFAULT_DWELL_HOURS[type];
      return [type, shrink(pooled.get(type) ?? [], fromLogNormal(fallback.median, fallback.sigma), priorStrength)];
    }),
  ) as Record<FacilityType, QuantileDistribution>;

  const dwell = [...samples].map(([facilityCode, bySl]): FacilityDwellStatistics => {
    const type = facilities.get(facilityCode)?.type ?? 'HUB';
    const overall = shrink(SERVICE_LEVELS.flatMap((l) => bySl[l]), dwellByFacilityType[type], priorStrength);
    const byServiceLevel = Object.fromEntries(
      SERVICE_LEVELS.map((level) => [level, shrink(bySl[level], scaled(overall, dwellServiceFactor[level]), priorStrength)]),
    ) as ByServiceLevel<QuantileDistribution>;
    return { facilityCode, overall, byServiceLevel };
  });
  return { dwell, dwellByFacilityType, dwellServiceFactor };
}
