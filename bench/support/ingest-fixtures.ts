import type pg from 'pg';
import { permutation, seededRandom, weighted } from './random.js';

export interface BenchPackage {
  id: string;
  trackingNumber: string;
}

export interface BenchFacility {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** One event as the client sends it, plus the row it must become (package and place resolved). */
export interface BenchEvent {
  eventId: string;
  packageId: string | null;
  trackingNumber: string | null;
  status: string;
  occurredAt: string;
  description: string | null;
  location: { facilityCode?: string; lat?: number; lon?: number } | null;
  resolved: {
    packageId: string;
    facilityCode: string | null;
    locationName: string | null;
    lat: number | null;
    lon: number | null;
  };
}

/** Packages of one organization, straight in SQL (the ingest benchmark measures events, not package creation). */
export async function loadPackages(client: pg.ClientBase, organizationId: string, count: number): Promise<BenchPackage[]> {
  const { rows } = await client.query<{ id: string; tracking_number: string }>(
    `INSERT INTO packages (organization_id, tracking_number, carrier, service_level, reference, created_at)
     SELECT $1, 'BENCH' || lpad(i::text, 9, '0'),
            (ARRAY['DHL','UPS','FedEx','USPS','PostNL'])[1 + i % 5],
            (ARRAY['STANDARD','EXPRESS','ECONOMY'])[1 + i % 3],
            'ORD-' || (100000 + i), now() - interval '30 days'
     FROM generate_series(1, $2::int) AS i
     RETURNING id, tracking_number`,
    [organizationId, count],
  );
  return rows.map((r) => ({ id: r.id, trackingNumber: r.tracking_number }));
}

/** A network of hubs and depots; events name them by code and the gateway fills in coordinates. */
export async function loadFacilities(client: pg.ClientBase, organizationId: string, count: number): Promise<BenchFacility[]> {
  const random = seededRandom(7);
  const facilities = Array.from({ length: count }, (_, i) => ({
    code: `FAC${String(i + 1).padStart(3, '0')}`,
    name: `Facility ${i + 1}`,
    lat: 35 + random() * 20,
    lon: -10 + random() * 30,
  }));
  await client.query(
    `INSERT INTO facilities (organization_id, code, name, type, lat, lon)
     SELECT $1, code, name, CASE WHEN i % 5 = 0 THEN 'HUB' ELSE 'DEPOT' END, lat, lon
     FROM unnest($2::text[], $3::text[], $4::float8[], $5::float8[]) WITH ORDINALITY AS f(code, name, lat, lon, i)`,
    [organizationId, facilities.map((f) => f.code), facilities.map((f) => f.name), facilities.map((f) => f.lat), facilities.map((f) => f.lon)],
  );
  return facilities;
}

const HOUR_MS = 3_600_000;

/**
 * `count` events over the packages, in time order: round r gives every package its r-th scan, packages
 * in a fixed shuffled order (so a batch of 1,000 touches 1,000 different packages, like a carrier feed,
 * and batches sent at once never touch the same package). Mix: 70% by package id, 30% by tracking number;
 * 60% at a facility with coordinates, 15% facility code only, 15% GPS only, 10% no location.
 */
export function makeEvents(options: {
  packages: readonly BenchPackage[];
  facilities: readonly BenchFacility[];
  count: number;
  prefix: string;
  /** The first round's time; each round is 3 hours later. Must stay in the past. */
  startAt: Date;
  seed: number;
}): BenchEvent[] {
  const { packages, facilities, count, prefix } = options;
  const random = seededRandom(options.seed);
  const order = permutation(packages.length, seededRandom(1));
  const events: BenchEvent[] = [];
  for (let k = 0; k < count; k++) {
    const round = Math.floor(k / packages.length);
    const position = k % packages.length;
    const pkg = packages[order[position]!]!;
    const at = new Date(options.startAt.getTime() + round * 3 * HOUR_MS + Math.floor((position / packages.length) * 3 * HOUR_MS));
    const status =
      round === 0
        ? 'INFO_RECEIVED'
        : weighted(random, [
            ['IN_TRANSIT', 88],
            ['OUT_FOR_DELIVERY', 6],
            ['FAILED_ATTEMPT', 3],
            ['EXCEPTION', 2],
            ['AVAILABLE_FOR_PICKUP', 1],
          ] as const);
    const facility = facilities[Math.floor(random() * facilities.length)]!;
    const place = weighted(random, [
      ['facility', 60],
      ['code', 15],
      ['gps', 15],
      ['none', 10],
    ] as const);
    const gps = { lat: Math.round((40 + random() * 10) * 1e5) / 1e5, lon: Math.round((random() * 20) * 1e5) / 1e5 };
    const location =
      place === 'facility'
        ? { facilityCode: facility.code, lat: facility.lat, lon: facility.lon }
        : place === 'code'
          ? { facilityCode: facility.code }
          : place === 'gps'
            ? gps
            : null;
    const byId = random() < 0.7;
    events.push({
      eventId: `${prefix}-${k}`,
      packageId: byId ? pkg.id : null,
      trackingNumber: byId ? null : pkg.trackingNumber,
      status,
      occurredAt: at.toISOString(),
      description: place === 'none' ? null : `${status.toLowerCase().replace(/_/g, ' ')} scan`,
      location,
      resolved: {
        packageId: pkg.id,
        facilityCode: place === 'facility' || place === 'code' ? facility.code : null,
        locationName: place === 'facility' || place === 'code' ? facility.name : null,
        lat: place === 'gps' ? gps.lat : place === 'none' ? null : facility.lat,
        lon: place === 'gps' ? gps.lon : place === 'none' ? null : facility.lon,
      },
    });
  }
  return events;
}

/** The mutation's input shape (camelCase, only the fields that are set). */
export function toGraphQLInput(e: BenchEvent): Record<string, unknown> {
  const input: Record<string, unknown> = { eventId: e.eventId, status: e.status, occurredAt: e.occurredAt };
  if (e.packageId) input.packageId = e.packageId;
  if (e.trackingNumber) input.trackingNumber = e.trackingNumber;
  if (e.description) input.description = e.description;
  if (e.location) input.location = e.location;
  return input;
}

/** The REST shim's input shape (snake_case). */
export function toRestInput(e: BenchEvent): Record<string, unknown> {
  const input: Record<string, unknown> = { event_id: e.eventId, status: e.status, occurred_at: e.occurredAt };
  if (e.packageId) input.package_id = e.packageId;
  if (e.trackingNumber) input.tracking_number = e.trackingNumber;
  if (e.description) input.description = e.description;
  if (e.location) {
    const { facilityCode, lat, lon } = e.location;
    input.location = { ...(facilityCode ? { facility_code: facilityCode } : {}), ...(lat != null ? { lat, lon } : {}) };
  }
  return input;
}

export const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
