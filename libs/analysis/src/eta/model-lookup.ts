import type { FacilityNode, ServiceLevel } from '../timeline.types.js';
import { greatCircleKm, hasCoordinates } from '../common/geo.js';
import type { EtaModel, FacilityDwellStatistics, LaneStatistics, NetworkConditions } from './eta.types.js';
import { priorTransitMedianHours } from './eta-priors.js';
import { fromLogNormal, scaled, type QuantileDistribution } from './quantile-distribution.js';
import { edgeKey, type WeightedGraph } from './shortest-path.js';

export interface Component {
  dist: QuantileDistribution;
  learned: boolean;
}

/** Indexed view of a model over a facility list, with cold-start fallbacks for anything unseen. */
export interface ModelLookup {
  model: EtaModel;
  facility(code: string): FacilityNode | undefined;
  facilities: readonly FacilityNode[];
  /** Null when a lane is unseen and either end lacks coordinates. */
  lane(from: string, to: string): Component | null;
  dwell(code: string, level: ServiceLevel, conditions?: NetworkConditions): Component;
  /**
   * Learned arrival-to-arrival stage from a facility whose dwell was never observed on its own (no
   * departure scans), else null: then dwell + lane are used.
   */
  stage(from: string, to: string, conditions?: NetworkConditions): Component | null;
  /** Learned lanes, cost = expected transit + expected dwell at the arriving facility. */
  graph(level: ServiceLevel, conditions?: NetworkConditions): WeightedGraph;
}

const cache = new WeakMap<EtaModel, WeakMap<readonly FacilityNode[], ModelLookup>>();

export function modelLookup(model: EtaModel, facilities: readonly FacilityNode[]): ModelLookup {
  let byFacilities = cache.get(model);
  if (!byFacilities) {
    byFacilities = new WeakMap();
    cache.set(model, byFacilities);
  }
  const cached = byFacilities.get(facilities);
  if (cached) return cached;
  const lookup = buildLookup(model, facilities);
  byFacilities.set(facilities, lookup);
  return lookup;
}

function buildLookup(model: EtaModel, facilities: readonly FacilityNode[]): ModelLookup {
  const facilityByCode = new Map(facilities.map((facility) => [facility.code, facility]));
  const lanes = new Map<string, LaneStatistics>(model.lanes.map((lane) => [edgeKey(lane.from, lane.to), lane]));
  const dwellByCode = new Map<string, FacilityDwellStatistics>(model.dwell.map((entry) => [entry.facilityCode, entry]));
  const stages = new Map<string, LaneStatistics>((model.stages ?? []).map((stage) => [edgeKey(stage.from, stage.to), stage]));
  const priorLanes = new Map<string, Component | null>();
  const graphs = new Map<ServiceLevel, WeightedGraph>();

  const lane = (from: string, to: string): Component | null => {
    const learned = lanes.get(edgeKey(from, to));
    if (learned) return { dist: learned.transit, learned: learned.transit.n > 0 };
    const key = edgeKey(from, to);
    if (!priorLanes.has(key)) {
      const a = facilityByCode.get(from);
      const b = facilityByCode.get(to);
      const km = a && b && hasCoordinates(a) && hasCoordinates(b) ? greatCircleKm(a, b) : null;
      const prior = model.transitPrior;
      priorLanes.set(key, km === null ? null : { dist: fromLogNormal(priorTransitMedianHours(prior, km), prior.sigma), learned: false });
    }
    return priorLanes.get(key) ?? null;
  };

  const dwell = (code: string, level: ServiceLevel, conditions?: NetworkConditions): Component => {
    const entry = dwellByCode.get(code);
    const factor = conditions?.dwellFactor?.[code] ?? 1;
    if (entry) {
      const dist = entry.byServiceLevel[level];
      return { dist: factor === 1 ? dist : scaled(dist, factor), learned: entry.overall.n > 0 };
    }
    const type = facilityByCode.get(code)?.type ?? 'HUB';
    const dist = scaled(model.dwellByFacilityType[type], model.dwellServiceFactor[level] * factor);
    return { dist, learned: false };
  };

  const stage = (from: string, to: string, conditions?: NetworkConditions): Component | null => {
    const entry = stages.get(edgeKey(from, to));
    if (!entry || entry.transit.n === 0 || (dwellByCode.get(from)?.overall.n ?? 0) > 0) return null;
    const factor = conditions?.dwellFactor?.[from] ?? 1;
    return { dist: factor === 1 ? entry.transit : scaled(entry.transit, factor), learned: true };
  };

  const graph = (level: ServiceLevel, conditions?: NetworkConditions): WeightedGraph => {
    const cacheable = conditions?.dwellFactor === undefined;
    const existing = cacheable ? graphs.get(level) : undefined;
    if (existing) return existing;
    const adjacency = new Map<string, { to: string; cost: number }[]>();
    for (const entry of model.lanes) {
      if (entry.transit.n === 0) continue;
      const cost = entry.transit.meanHours + dwell(entry.to, level, conditions).dist.meanHours;
      const list = adjacency.get(entry.from) ?? [];
      list.push({ to: entry.to, cost });
      adjacency.set(entry.from, list);
    }
    for (const entry of model.stages ?? []) {
      const component = stage(entry.from, entry.to, conditions);
      if (!component) continue;
      const list = adjacency.get(entry.from) ?? [];
      list.push({ to: entry.to, cost: component.dist.meanHours });
      adjacency.set(entry.from, list);
    }
    if (cacheable) graphs.set(level, adjacency);
    return adjacency;
  };

  return { model, facilities, facility: (code) => facilityByCode.get(code), lane, dwell, stage, graph };
}
