import { greatCircleKm } from '../common/geo.js';
import type { SeededRandom } from '../common/seeded-random.js';
import type { FacilityNode } from '../timeline.types.js';
import { CROSSING_HOURS, FACILITY_CATALOG, TRUNK_LINKS } from './network.catalog.js';
import type { CongestionWindow, FacilityProfile, SimulatedLane, SimulatedNetworkModel } from './simulation.types.js';

/** Road distance over great-circle distance, and average linehaul speed including stops. */
const ROAD_FACTOR = 1.25;
const TRUNK_KMH = 70;
const FEEDER_KMH = 60;

const BASE_DWELL: Record<FacilityNode['type'], { median: number; sigma: number }> = {
  HUB: { median: 3, sigma: 0.45 },
  DEPOT: { median: 3.5, sigma: 0.5 },
  CUSTOMS: { median: 5, sigma: 0.5 },
  PICKUP_POINT: { median: 2, sigma: 0.5 },
};

function lane(from: FacilityNode, to: FacilityNode, trunk: boolean, random: SeededRandom): SimulatedLane {
  const distanceKm = greatCircleKm(from, to);
  const roadHours = (distanceKm * ROAD_FACTOR) / (trunk ? TRUNK_KMH : FEEDER_KMH);
  const crossing = CROSSING_HOURS[`${from.code}>${to.code}`] ?? CROSSING_HOURS[`${to.code}>${from.code}`] ?? 0;
  return { from: from.code, to: to.code, distanceKm, meanHours: (trunk ? 1 : 0.5) + roadHours + crossing, sigma: 0.12 + 0.2 * random.next() };
}

/**
 * The physical network for one seed: which facilities are slow, per-lane variability, and one hub
 * congested for a few days in the second half of the span (the situation re-routing exists for).
 */
export function buildNetwork(random: SeededRandom, start: Date, spanDays: number): SimulatedNetworkModel {
  const facilities: FacilityNode[] = FACILITY_CATALOG.map(({ code, name, type, lat, lon }) => ({ code, name, type, lat, lon }));
  const byCode = new Map(facilities.map((facility) => [facility.code, facility]));
  const get = (code: string): FacilityNode => {
    const facility = byCode.get(code);
    if (!facility) throw new Error(`catalog references unknown facility ${code}`);
    return facility;
  };
  const lanes: SimulatedLane[] = [];
  for (const entry of FACILITY_CATALOG) {
    if (!entry.hub) continue;
    lanes.push(lane(get(entry.code), get(entry.hub), false, random), lane(get(entry.hub), get(entry.code), false, random));
  }
  for (const [a, b] of TRUNK_LINKS) lanes.push(lane(get(a), get(b), true, random), lane(get(b), get(a), true, random));

  const slow = new Set<string>();
  while (slow.size < 3) slow.add(random.pick(facilities).code);
  const profiles: FacilityProfile[] = facilities.map((facility) => {
    const base = BASE_DWELL[facility.type];
    const factor = (slow.has(facility.code) ? 1.7 : 1) * (0.85 + 0.3 * random.next());
    return { code: facility.code, dwellMedianHours: base.median * factor, dwellSigma: base.sigma };
  });

  const hubs = facilities.filter((facility) => facility.type === 'HUB');
  const congestedFrom = new Date(start.getTime() + spanDays * (0.55 + 0.25 * random.next()) * 86_400_000);
  const congestion: CongestionWindow[] = [
    {
      facilityCode: random.pick(hubs).code,
      from: congestedFrom,
      to: new Date(congestedFrom.getTime() + (2 + 2 * random.next()) * 86_400_000),
      dwellFactor: 3,
    },
  ];
  return { facilities, lanes, profiles, congestion };
}
