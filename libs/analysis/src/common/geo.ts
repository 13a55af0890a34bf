import type { FacilityNode, FacilityType, GeoPoint } from '../timeline.types.js';

/** Mean earth radius (IUGG); also scales the routing solver's local projection. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle (haversine) distance; facility-scale accuracy is all the analyses need. */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function hasCoordinates(point: Partial<GeoPoint> | null | undefined): point is GeoPoint {
  return point != null && Number.isFinite(point.lat) && Number.isFinite(point.lon);
}

export function nearestFacility(
  point: GeoPoint,
  facilities: readonly FacilityNode[],
  type?: FacilityType,
): FacilityNode | null {
  let best: FacilityNode | null = null;
  let bestKm = Infinity;
  for (const facility of facilities) {
    if (type && facility.type !== type) continue;
    if (!hasCoordinates(facility)) continue;
    const km = greatCircleKm(point, facility);
    if (km < bestKm) {
      bestKm = km;
      best = facility;
    }
  }
  return best;
}
