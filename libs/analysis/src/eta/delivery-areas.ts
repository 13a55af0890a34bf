import type { FacilityNode, GeoPoint } from '../timeline.types.js';
import { greatCircleKm, hasCoordinates, nearestFacility } from '../common/geo.js';
import type { DeliveryArea } from './eta.types.js';

/** Area cell size in degrees (about 20 km): addresses in one cell are usually served by one facility. */
const CELL_DEGREES = 0.2;
/** An address farther than this from every learned area is matched by facility distance instead. */
const AREA_MATCH_KM = 40;

const cellKey = (point: GeoPoint): string => `${Math.floor(point.lat / CELL_DEGREES)}:${Math.floor(point.lon / CELL_DEGREES)}`;

/**
 * Which facility delivers where, learned from delivered packages (address → the facility that scanned
 * OUT_FOR_DELIVERY / DELIVERED), so no facility type is needed: the majority facility per area cell.
 */
export function learnDeliveryAreas(deliveries: readonly { address: GeoPoint; facilityCode: string }[]): DeliveryArea[] {
  const cells = new Map<string, { lat: number; lon: number; n: number; byFacility: Map<string, number> }>();
  for (const { address, facilityCode } of deliveries) {
    const key = cellKey(address);
    const cell = cells.get(key) ?? { lat: 0, lon: 0, n: 0, byFacility: new Map<string, number>() };
    cell.lat += address.lat;
    cell.lon += address.lon;
    cell.n++;
    cell.byFacility.set(facilityCode, (cell.byFacility.get(facilityCode) ?? 0) + 1);
    cells.set(key, cell);
  }
  return [...cells.values()].map((cell) => {
    const [facilityCode] = [...cell.byFacility].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    return { lat: cell.lat / cell.n, lon: cell.lon / cell.n, facilityCode, deliveries: cell.n };
  });
}

/**
 * The facility expected to deliver to an address: the learned area's facility if the address is near
 * one, else the nearest facility that has delivered before, else the nearest depot, else the nearest facility.
 */
export function deliveringFacilityFor(
  address: GeoPoint,
  areas: readonly DeliveryArea[],
  facility: (code: string) => FacilityNode | undefined,
  facilities: readonly FacilityNode[],
): FacilityNode | null {
  let best: DeliveryArea | null = null;
  let bestKm = AREA_MATCH_KM;
  for (const area of areas) {
    const km = greatCircleKm(address, area);
    if (km <= bestKm && facility(area.facilityCode)) {
      bestKm = km;
      best = area;
    }
  }
  if (best) return facility(best.facilityCode) ?? null;
  const delivering = new Set(areas.map((area) => area.facilityCode));
  const candidates = facilities.filter((f) => delivering.has(f.code) && hasCoordinates(f));
  return nearestFacility(address, candidates) ?? nearestFacility(address, facilities, 'DEPOT') ?? nearestFacility(address, facilities);
}
