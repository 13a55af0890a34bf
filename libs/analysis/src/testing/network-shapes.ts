/**
 * Small carrier networks of shapes the ETA model was not written around, with known delivery times.
 * Deliberately independent of the model code (only the shared types and the PRNG): each shape draws
 * its own dwell, transit and delivery-window behaviour, so the model has to learn it from the scans.
 *
 * - `hubs-only`: every facility a HUB, one (arrival) scan per facility, destinations near a hub, no
 *   facility code on the destination.
 * - `long-haul`: many far-apart facilities without a useful type, few packages per lane (cold start),
 *   arrival and departure scans.
 * - `disruption`: hubs with departure scans; one hub slows down (dwell x4) from the middle of history.
 */
import { SeededRandom } from '../common/seeded-random.js';
import type { FacilityNode, PackageHistory, PackageStatus, ServiceLevel, TimelineEvent } from '../timeline.types.js';

export type ShapeName = 'hubs-only' | 'long-haul' | 'disruption';

export interface ShapeOptions {
  seed: number;
  packageCount: number;
  spanDays: number;
  start?: Date;
}

export interface ShapeNetwork {
  name: ShapeName;
  facilities: FacilityNode[];
  /** Complete histories (every scan up to delivery); cut them with the simulator's `historyAsOf`. */
  packages: PackageHistory[];
  deliveredAt: Map<string, Date>;
  /** When the disruption starts (only for `disruption`). */
  disruptionFrom: Date | null;
}

const HOUR = 3_600_000;
const LEVELS: ServiceLevel[] = ['EXPRESS', 'STANDARD', 'STANDARD', 'STANDARD', 'ECONOMY'];
const SPEED: Record<ServiceLevel, number> = { EXPRESS: 0.6, STANDARD: 1, ECONOMY: 1.5 };
const PROMISE_DAYS: Record<ServiceLevel, number> = { EXPRESS: 2, STANDARD: 4, ECONOMY: 6 };

interface Site {
  code: string;
  lat: number;
  lon: number;
  dwellMedian: number;
}

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

/** Local solar hour offset of a longitude (facilities deliver by their own clock). */
const localOffsetHours = (lon: number): number => Math.round(lon / 15);

/** Next delivery slot: 08:00–19:00 local, Monday to Saturday. */
function nextDeliveryWindow(readyMs: number, lon: number): number {
  const offset = localOffsetHours(lon) * HOUR;
  let local = readyMs + offset;
  for (let i = 0; i < 10; i++) {
    const date = new Date(local);
    const hour = date.getUTCHours() + date.getUTCMinutes() / 60;
    if (date.getUTCDay() !== 0 && hour >= 8 && hour < 19) return local - offset;
    const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + (hour >= 8 ? 1 : 0), 8));
    local = next.getTime();
  }
  return local - offset;
}

function sites(random: SeededRandom, name: ShapeName): Site[] {
  if (name === 'long-haul') {
    return Array.from({ length: 24 }, (_, i) => ({
      code: `LH${String(i).padStart(2, '0')}`,
      lat: 30 + random.next() * 18,
      lon: -120 + random.next() * 45,
      dwellMedian: 2 + random.next() * 10,
    }));
  }
  return Array.from({ length: 9 }, (_, i) => ({
    code: `H${i}`,
    lat: 40 + (i % 3) * 2.5 + random.next(),
    lon: -95 + Math.floor(i / 3) * 4 + random.next() * 2,
    dwellMedian: 3 + random.next() * 6,
  }));
}

/** The route between two sites: direct when close, else through the site nearest the middle. */
function route(all: readonly Site[], from: Site, to: Site, directKm: number): Site[] {
  if (from === to) return [from];
  if (km(from, to) <= directKm) return [from, to];
  const middle = { lat: (from.lat + to.lat) / 2, lon: (from.lon + to.lon) / 2 };
  const via = all
    .filter((s) => s !== from && s !== to)
    .reduce((best, s) => (km(s, middle) < km(best, middle) ? s : best), all.find((s) => s !== from && s !== to) ?? to);
  return via === to ? [from, to] : [from, via, to];
}

export function generateShape(name: ShapeName, options: ShapeOptions): ShapeNetwork {
  const random = new SeededRandom(options.seed);
  const start = options.start ?? new Date('2025-03-03T00:00:00Z');
  const all = sites(random, name);
  const departures = name !== 'hubs-only';
  const disruptionFrom = name === 'disruption' ? new Date(start.getTime() + (options.spanDays / 2) * 24 * HOUR) : null;
  const disrupted = all[4]!;
  const directKm = name === 'long-haul' ? 1500 : 450;
  const packages: PackageHistory[] = [];
  const deliveredAt = new Map<string, Date>();

  for (let n = 0; n < options.packageCount; n++) {
    const level = random.pick(LEVELS);
    const origin = random.pick(all);
    const target = random.pick(all);
    const createdMs = start.getTime() + random.next() * options.spanDays * 24 * HOUR;
    const id = `${name}-${n}`;
    const events: TimelineEvent[] = [];
    const scan = (status: PackageStatus, code: string, atMs: number, facility: Site | null, place?: { lat: number; lon: number }): void => {
      const where = place ?? facility;
      events.push({
        eventId: `${id}-${events.length}`,
        status,
        carrierCode: code,
        description: null,
        occurredAt: new Date(atMs),
        facilityCode: facility?.code ?? null,
        location: where ? { lat: where.lat, lon: where.lon } : null,
        seq: events.length,
      });
    };
    scan('INFO_RECEIVED', 'CREATED', createdMs, null);
    let t = createdMs + random.logNormal(6 * SPEED[level], 0.5) * HOUR;
    const path = route(all, origin, target, directKm);
    path.forEach((site, i) => {
      scan('IN_TRANSIT', 'ARRIVED', t, site);
      if (i === path.length - 1) return;
      const slow = disruptionFrom && site === disrupted && t >= disruptionFrom.getTime() ? 4 : 1;
      t += random.logNormal(site.dwellMedian * SPEED[level] * slow, 0.45) * HOUR;
      if (departures) scan('IN_TRANSIT', 'DEPARTED', t, site);
      const next = path[i + 1]!;
      t += random.logNormal(1 + km(site, next) / 65, 0.25) * HOUR;
    });
    // Last mile: sorted at the delivering site, then the next delivery window of its local clock.
    const delivering = path[path.length - 1]!;
    const address = { lat: delivering.lat + (random.next() - 0.5) * 0.4, lon: delivering.lon + (random.next() - 0.5) * 0.5 };
    const loadedMs = nextDeliveryWindow(t + random.logNormal(3 * SPEED[level], 0.5) * HOUR, delivering.lon);
    scan('OUT_FOR_DELIVERY', 'OUT_FOR_DELIVERY', loadedMs, delivering);
    const doneMs = loadedMs + random.logNormal(3, 0.4) * HOUR;
    scan('DELIVERED', 'DELIVERED', doneMs, null, address);
    deliveredAt.set(id, new Date(doneMs));
    packages.push({
      id,
      trackingNumber: id.toUpperCase(),
      carrier: 'Shape Carrier',
      serviceLevel: level,
      origin: { lat: origin.lat, lon: origin.lon, facilityCode: null },
      destination: { ...address, facilityCode: null },
      promisedDeliveryAt: new Date(createdMs + PROMISE_DAYS[level] * 24 * HOUR),
      createdAt: new Date(createdMs),
      status: 'DELIVERED',
      events,
    });
  }
  const facilities: FacilityNode[] = all.map((s) => ({ code: s.code, name: s.code, type: 'HUB', lat: s.lat, lon: s.lon }));
  return { name, facilities, packages, deliveredAt, disruptionFrom };
}
