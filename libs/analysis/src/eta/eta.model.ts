import type { FacilityNode, PackageHistory, ServiceLevel } from '../timeline.types.js';
import { buildDwellStatistics, emptyByServiceLevel, SERVICE_LEVELS, shrink, type DwellSamples } from './dwell-statistics.js';
import type { ByServiceLevel, EtaModel } from './eta.types.js';
import {
  DEFAULT_AFTER_FAILED_ATTEMPT,
  DEFAULT_END_TO_END,
  DEFAULT_LAST_MILE,
  DEFAULT_OUT_FOR_DELIVERY,
  DEFAULT_PICKUP,
  DEFAULT_PRIOR_STRENGTH,
} from './eta-priors.js';
import { journeySegments } from './journey-segments.js';
import { buildLaneStatistics, type LaneSamples } from './lane-statistics.js';
import { fromLogNormal, quantile, QUANTILE_LEVELS, type QuantileDistribution } from './quantile-distribution.js';
import { localOffsetHours, WEEK_BLOCKS, weekBlock } from './week-blocks.js';
import { learnDeliveryAreas } from './delivery-areas.js';
import { hasCoordinates } from '../common/geo.js';

export interface LearnOptions {
  /** Observations a learned distribution needs to weigh as much as its prior (default 8). */
  priorStrength?: number;
  trainedAt?: Date;
}

type SpecBySl = ByServiceLevel<{ median: number; sigma: number }>;
type BlockSamples = ByServiceLevel<number[][]>;

const emptyBlocks = (): BlockSamples => ({
  EXPRESS: Array.from({ length: WEEK_BLOCKS }, () => []),
  STANDARD: Array.from({ length: WEEK_BLOCKS }, () => []),
  ECONOMY: Array.from({ length: WEEK_BLOCKS }, () => []),
});

/** Each time-of-week block shrunk toward the service level's overall distribution. */
function byWeekBlock(samples: BlockSamples, overall: ByServiceLevel<QuantileDistribution>, priorStrength: number): ByServiceLevel<QuantileDistribution[]> {
  const result = {} as ByServiceLevel<QuantileDistribution[]>;
  for (const level of SERVICE_LEVELS) result[level] = samples[level].map((block) => shrink(block, overall[level], priorStrength));
  return result;
}

/** Per service level, shrunk toward all service levels pooled, which is shrunk toward the default. */
function byServiceLevel(samples: ByServiceLevel<number[]>, defaults: SpecBySl, priorStrength: number): ByServiceLevel<QuantileDistribution> {
  const pooled = SERVICE_LEVELS.flatMap((level) => samples[level]);
  const result = {} as ByServiceLevel<QuantileDistribution>;
  for (const level of SERVICE_LEVELS) {
    const fallback = fromLogNormal(defaults[level].median, defaults[level].sigma);
    result[level] = shrink(samples[level], shrink(pooled, fallback, priorStrength), priorStrength);
  }
  return result;
}

/**
 * Per delivering facility, its last mile against the network's for the same service level and time of
 * week, as a geometric-mean ratio shrunk toward 1 (a facility with a late wave or a large area).
 */
function facilityFactors(
  samples: readonly { facilityCode: string; level: ServiceLevel; block: number; hours: number }[],
  byBlock: ByServiceLevel<QuantileDistribution[]>,
  priorStrength: number,
): Record<string, number> {
  const logs = new Map<string, number[]>();
  for (const sample of samples) {
    const dist = byBlock[sample.level][sample.block];
    const median = dist ? quantile(dist, 0.5) : 0;
    if (median <= 0 || sample.hours <= 0) continue;
    const list = logs.get(sample.facilityCode) ?? [];
    list.push(Math.log(sample.hours / median));
    logs.set(sample.facilityCode, list);
  }
  const factors: Record<string, number> = {};
  for (const [code, list] of logs) factors[code] = Math.exp(list.reduce((sum, v) => sum + v, 0) / (list.length + priorStrength));
  return factors;
}

export function learnEtaModel(delivered: readonly PackageHistory[], facilities: readonly FacilityNode[], options: LearnOptions = {}): EtaModel {
  const priorStrength = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  const facilityByCode = new Map(facilities.map((facility) => [facility.code, facility]));
  const laneSamples = new Map<string, LaneSamples>();
  const stageSamples = new Map<string, LaneSamples>();
  const deliveries: { address: { lat: number; lon: number }; facilityCode: string }[] = [];
  const hops = new Map<string, Map<string, number>>();
  const lastMileAt: { facilityCode: string; level: ServiceLevel; block: number; hours: number }[] = [];
  const dwellSamples: DwellSamples = new Map();
  const pickup = emptyByServiceLevel();
  const lastMile = emptyByServiceLevel();
  const outForDelivery = emptyByServiceLevel();
  const afterFailedAttempt = emptyByServiceLevel();
  const endToEnd = emptyByServiceLevel();
  const lastMileBlocks = emptyBlocks();
  const afterFailedBlocks = emptyBlocks();
  let packageCount = 0;

  const push = (target: ByServiceLevel<number[]>, level: ServiceLevel, hours: number | null): void => {
    if (hours !== null) target[level].push(hours);
  };

  for (const history of delivered) {
    const segments = journeySegments(history);
    if (!segments) continue;
    packageCount++;
    const level = history.serviceLevel;
    for (const [target, list] of [[laneSamples, segments.lanes], [stageSamples, segments.stages]] as const) {
      for (const lane of list) {
        const key = `${lane.from}>${lane.to}`;
        const entry = target.get(key) ?? { from: lane.from, to: lane.to, hours: [] };
        entry.hours.push(lane.hours);
        target.set(key, entry);
      }
    }
    const deliveringFacility = segments.deliveringFacility;
    if (deliveringFacility) {
      segments.route.forEach((code, i) => {
        const next = segments.route[i + 1];
        if (!next || code === deliveringFacility) return;
        const counts = hops.get(`${code}>${deliveringFacility}`) ?? new Map<string, number>();
        counts.set(next, (counts.get(next) ?? 0) + 1);
        hops.set(`${code}>${deliveringFacility}`, counts);
      });
    }
    if (deliveringFacility && hasCoordinates(history.destination)) {
      deliveries.push({ address: { lat: history.destination.lat, lon: history.destination.lon }, facilityCode: deliveringFacility });
    }
    for (const dwell of segments.dwells) {
      const entry = dwellSamples.get(dwell.facilityCode) ?? emptyByServiceLevel();
      entry[level].push(dwell.hours);
      dwellSamples.set(dwell.facilityCode, entry);
    }
    push(pickup, level, segments.pickup);
    push(lastMile, level, segments.lastMile);
    push(outForDelivery, level, segments.outForDelivery);
    push(afterFailedAttempt, level, segments.afterFailedAttempt);
    push(endToEnd, level, segments.endToEnd);
    const offset = localOffsetHours(deliveringFacility ? facilityByCode.get(deliveringFacility)?.lon : null);
    if (segments.lastMile !== null && segments.lastMileStartedAt) {
      const block = weekBlock(segments.lastMileStartedAt.getTime(), offset);
      lastMileBlocks[level][block]?.push(segments.lastMile);
      if (deliveringFacility) lastMileAt.push({ facilityCode: deliveringFacility, level, block, hours: segments.lastMile });
    }
    if (segments.afterFailedAttempt !== null && segments.afterFailedAttemptStartedAt) {
      afterFailedBlocks[level][weekBlock(segments.afterFailedAttemptStartedAt.getTime(), offset)]?.push(segments.afterFailedAttempt);
    }
  }

  const { lanes, transitPrior } = buildLaneStatistics([...laneSamples.values()], facilityByCode, priorStrength);
  const { lanes: stages } = buildLaneStatistics([...stageSamples.values()], facilityByCode, priorStrength);
  const lastMileOverall = byServiceLevel(lastMile, DEFAULT_LAST_MILE, priorStrength);
  const lastMileByWeekBlock = byWeekBlock(lastMileBlocks, lastMileOverall, priorStrength);
  const afterFailedOverall = byServiceLevel(afterFailedAttempt, DEFAULT_AFTER_FAILED_ATTEMPT, priorStrength);
  return {
    version: 2,
    trainedAt: (options.trainedAt ?? new Date()).toISOString(),
    packageCount,
    priorStrength,
    quantileLevels: [...QUANTILE_LEVELS],
    transitPrior,
    lanes,
    stages,
    nextHop: Object.fromEntries([...hops].map(([key, counts]) => [key, [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0]])),
    hopCounts: Object.fromEntries([...hops].map(([key, counts]) => [key, Object.fromEntries(counts)])),
    deliveryAreas: learnDeliveryAreas(deliveries),
    lastMileFactor: facilityFactors(lastMileAt, lastMileByWeekBlock, priorStrength),
    ...buildDwellStatistics(dwellSamples, facilityByCode, priorStrength),
    pickup: byServiceLevel(pickup, DEFAULT_PICKUP, priorStrength),
    lastMile: lastMileOverall,
    lastMileByWeekBlock,
    outForDelivery: byServiceLevel(outForDelivery, DEFAULT_OUT_FOR_DELIVERY, priorStrength),
    afterFailedAttempt: afterFailedOverall,
    afterFailedAttemptByWeekBlock: byWeekBlock(afterFailedBlocks, afterFailedOverall, priorStrength),
    endToEnd: byServiceLevel(endToEnd, DEFAULT_END_TO_END, priorStrength),
  };
}

export class EtaModelFormatError extends Error {
  readonly code = 'INVALID_ETA_MODEL';
}

/** Reads a stored model back; rejects other versions or a different quantile grid. */
export function parseEtaModel(json: string | unknown): EtaModel {
  const value: unknown = typeof json === 'string' ? JSON.parse(json) : json;
  if (typeof value !== 'object' || value === null) throw new EtaModelFormatError('ETA model must be an object');
  const candidate = value as Partial<EtaModel>;
  if (candidate.version !== 2) throw new EtaModelFormatError(`unsupported ETA model version ${String(candidate.version)}`);
  const levels = candidate.quantileLevels;
  if (!Array.isArray(levels) || levels.length !== QUANTILE_LEVELS.length || levels.some((p, i) => p !== QUANTILE_LEVELS[i])) {
    throw new EtaModelFormatError('ETA model quantile grid does not match this code');
  }
  if (!Array.isArray(candidate.lanes) || !Array.isArray(candidate.dwell)) throw new EtaModelFormatError('ETA model lacks lanes or dwell');
  return value as EtaModel;
}
