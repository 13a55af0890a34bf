/**
 * Small factories for PackageHistory fixtures, shared by the analysis tests (detection, ETA, routing,
 * investigations). Everything is deterministic: ids derive from the package id, jitter from a seed.
 */
import { SeededRandom } from '../common/seeded-random.js';
import type {
  FacilityNode,
  FacilityType,
  GeoPoint,
  PackageHistory,
  PackageStatus,
  ServiceLevel,
  TimelineEvent,
} from '../timeline.types.js';

const node = (code: string, name: string, type: FacilityType, lat: number, lon: number): FacilityNode => ({
  code,
  name,
  type,
  lat,
  lon,
});

/** A toy German network: Berlin depot → Berlin hub → Leipzig hub → Munich depot is the normal path south. */
export const TEST_FACILITY_LIST: readonly FacilityNode[] = [
  node('DEP-BER', 'Berlin depot', 'DEPOT', 52.5, 13.45),
  node('HUB-BER', 'Berlin hub', 'HUB', 52.52, 13.4),
  node('HUB-LEJ', 'Leipzig hub', 'HUB', 51.34, 12.37),
  node('HUB-FRA', 'Frankfurt hub', 'HUB', 50.11, 8.68),
  node('DEP-MUC', 'Munich depot', 'DEPOT', 48.14, 11.58),
  node('DEP-HAM', 'Hamburg depot', 'DEPOT', 53.55, 9.99),
  node('PUP-MUC', 'Munich pickup point', 'PICKUP_POINT', 48.15, 11.56),
  node('CUS-FRA', 'Frankfurt customs', 'CUSTOMS', 50.05, 8.57),
];

export const TEST_FACILITIES: ReadonlyMap<string, FacilityNode> = new Map(TEST_FACILITY_LIST.map((f) => [f.code, f]));

export const BERLIN_ADDRESS: GeoPoint = { lat: 52.51, lon: 13.39 };
export const MUNICH_ADDRESS: GeoPoint = { lat: 48.13, lon: 11.6 };

export const T0 = new Date('2025-03-03T06:00:00.000Z');

export function hoursAfter(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * 3_600_000);
}

export interface ScanSpec {
  /** Hours after the previous scan (the first scan: after `start`). */
  afterHours: number;
  facility?: string | null;
  status?: PackageStatus;
  carrierCode?: string | null;
  description?: string | null;
  /** Overrides the facility's position; null for a position-less event. */
  location?: GeoPoint | null;
  eventId?: string;
}

export interface HistorySpec {
  id?: string;
  trackingNumber?: string;
  carrier?: string;
  serviceLevel?: ServiceLevel;
  start?: Date;
  origin?: PackageHistory['origin'];
  destination?: PackageHistory['destination'];
  /** Hours after `start`; null for no promise. */
  promisedHours?: number | null;
  /** Defaults to the last scan's status. */
  status?: PackageStatus;
  scans: readonly ScanSpec[];
}

export const MUNICH_DESTINATION: NonNullable<PackageHistory['destination']> = { ...MUNICH_ADDRESS, facilityCode: 'DEP-MUC' };
export const BERLIN_ORIGIN: NonNullable<PackageHistory['origin']> = { ...BERLIN_ADDRESS, facilityCode: 'DEP-BER' };

export function buildHistory(spec: HistorySpec): PackageHistory {
  const id = spec.id ?? 'pkg-1';
  const start = spec.start ?? T0;
  let at = start;
  const events: TimelineEvent[] = spec.scans.map((scan, index) => {
    at = hoursAfter(at, scan.afterHours);
    const facilityCode = scan.facility ?? null;
    const facility = facilityCode ? TEST_FACILITIES.get(facilityCode) : undefined;
    const location =
      scan.location !== undefined ? scan.location : facility ? { lat: facility.lat, lon: facility.lon } : null;
    return {
      eventId: scan.eventId ?? `${id}-e${index + 1}`,
      status: scan.status ?? 'IN_TRANSIT',
      carrierCode: scan.carrierCode ?? null,
      description: scan.description ?? null,
      occurredAt: at,
      facilityCode,
      location,
      seq: index + 1,
    };
  });
  const last = events[events.length - 1];
  return {
    id,
    trackingNumber: spec.trackingNumber ?? `TRK-${id}`,
    carrier: spec.carrier ?? 'ACME',
    serviceLevel: spec.serviceLevel ?? 'STANDARD',
    origin: spec.origin === undefined ? BERLIN_ORIGIN : spec.origin,
    destination: spec.destination === undefined ? MUNICH_DESTINATION : spec.destination,
    promisedDeliveryAt:
      spec.promisedHours === undefined ? hoursAfter(start, 72) : spec.promisedHours === null ? null : hoursAfter(start, spec.promisedHours),
    createdAt: start,
    status: spec.status ?? last?.status ?? 'INFO_RECEIVED',
    events,
  };
}

/** The normal Berlin → Munich journey, hour offsets between scans. Total ≈ 38 h to delivery. */
export const NORMAL_ROUTE: readonly ScanSpec[] = [
  { afterHours: 0, status: 'INFO_RECEIVED', location: null },
  { afterHours: 2, facility: 'DEP-BER' },
  { afterHours: 3, facility: 'DEP-BER', carrierCode: 'DEPARTED' },
  { afterHours: 3, facility: 'HUB-BER' },
  { afterHours: 2, facility: 'HUB-BER', carrierCode: 'DEPARTED' },
  { afterHours: 4, facility: 'HUB-LEJ' },
  { afterHours: 3, facility: 'HUB-LEJ', carrierCode: 'DEPARTED' },
  { afterHours: 8, facility: 'DEP-MUC' },
  { afterHours: 9, facility: 'DEP-MUC', status: 'OUT_FOR_DELIVERY' },
  { afterHours: 4, status: 'DELIVERED', location: MUNICH_ADDRESS },
];

export interface FleetSpec {
  count: number;
  route?: readonly ScanSpec[];
  idPrefix?: string;
  carrier?: string;
  /** First package starts at `start`, the next `spacingHours` later, and so on. */
  start?: Date;
  spacingHours?: number;
  /** Each gap is scaled by a factor in [1 - jitter, 1 + jitter]. */
  jitter?: number;
  seed?: number;
  promisedHours?: number | null;
  /** Cut each journey after this many scans (in-flight packages). */
  truncateAt?: number;
  destination?: PackageHistory['destination'];
}

/** Many similar journeys, for learning statistics. */
export function buildFleet(spec: FleetSpec): PackageHistory[] {
  const random = new SeededRandom(spec.seed ?? 42);
  const route = spec.route ?? NORMAL_ROUTE;
  const jitter = spec.jitter ?? 0.2;
  const start = spec.start ?? hoursAfter(T0, -24 * 14);
  return Array.from({ length: spec.count }, (_, i) => {
    const scans = route
      .slice(0, spec.truncateAt ?? route.length)
      .map((scan) => ({ ...scan, afterHours: scan.afterHours * (1 - jitter + 2 * jitter * random.next()) }));
    const history: HistorySpec = {
      id: `${spec.idPrefix ?? 'fleet'}-${i + 1}`,
      carrier: spec.carrier ?? 'ACME',
      start: hoursAfter(start, i * (spec.spacingHours ?? 6)),
      promisedHours: spec.promisedHours === undefined ? 72 : spec.promisedHours,
      scans,
    };
    if (spec.destination !== undefined) history.destination = spec.destination;
    return buildHistory(history);
  });
}
