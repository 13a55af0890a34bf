import { edgeKey, type WeightedGraph } from '../eta/shortest-path.js';
import type { FacilityNode } from '../timeline.types.js';
import { FACILITY_CATALOG } from './network.catalog.js';
import type { FacilityProfile, SimulatedLane, SimulatedNetworkModel } from './simulation.types.js';

/** Lookups over a simulated network that journey generation needs on every step. */
export interface NetworkIndex {
  model: SimulatedNetworkModel;
  facility(code: string): FacilityNode;
  lane(from: string, to: string): SimulatedLane;
  profile(code: string): FacilityProfile;
  depots: { value: FacilityNode; weight: number }[];
  hubOf(depotCode: string): string;
  /** Hub and customs neighbours over trunk lanes. */
  trunkNeighbours(code: string): string[];
  /** Expected hours: lane mean plus median dwell at the arriving facility. */
  routing: WeightedGraph;
}

export function indexNetwork(model: SimulatedNetworkModel): NetworkIndex {
  const facilities = new Map(model.facilities.map((facility) => [facility.code, facility]));
  const lanes = new Map(model.lanes.map((entry) => [edgeKey(entry.from, entry.to), entry]));
  const profiles = new Map(model.profiles.map((profile) => [profile.code, profile]));
  const hubOf = new Map(FACILITY_CATALOG.flatMap((entry) => (entry.hub ? [[entry.code, entry.hub] as const] : [])));
  const volume = new Map(FACILITY_CATALOG.map((entry) => [entry.code, entry.volume]));
  const routing = new Map<string, { to: string; cost: number }[]>();
  const trunk = new Map<string, string[]>();
  for (const entry of model.lanes) {
    const list = routing.get(entry.from) ?? [];
    list.push({ to: entry.to, cost: entry.meanHours + (profiles.get(entry.to)?.dwellMedianHours ?? 0) });
    routing.set(entry.from, list);
    if (facilities.get(entry.from)?.type !== 'DEPOT' && facilities.get(entry.to)?.type !== 'DEPOT') {
      trunk.set(entry.from, [...(trunk.get(entry.from) ?? []), entry.to]);
    }
  }
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`simulated network has no ${what}`);
    return value;
  };
  return {
    model,
    facility: (code) => required(facilities.get(code), `facility ${code}`),
    lane: (from, to) => required(lanes.get(edgeKey(from, to)), `lane ${from}>${to}`),
    profile: (code) => required(profiles.get(code), `profile ${code}`),
    depots: model.facilities.filter((f) => f.type === 'DEPOT').map((value) => ({ value, weight: volume.get(value.code) ?? 1 })),
    hubOf: (code) => required(hubOf.get(code), `hub for ${code}`),
    trunkNeighbours: (code) => trunk.get(code) ?? [],
    routing,
  };
}
