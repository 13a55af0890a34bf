/**
 * Clean journeys of a network shape, cut and moved in time so that a planted situation ends at the
 * suite's "now". Every planted package is a copy with its own id, so the shape's own history (what the
 * statistics learn from) stays as generated.
 */
import type { FacilityNode, PackageHistory, PackageStatus, TimelineEvent } from '../../timeline.types.js';

const HOUR = 3_600_000;

export interface Template {
  pkg: PackageHistory;
  /** Indexes of first scans at a facility, in journey order. */
  arrivals: number[];
  /** Index of the OUT_FOR_DELIVERY scan. */
  outForDelivery: number;
}

/** A template needs two facilities on its way and an out-for-delivery scan. */
export function templateOf(pkg: PackageHistory): Template | null {
  const arrivals: number[] = [];
  pkg.events.forEach((e, i) => {
    if (e.facilityCode && e.status === 'IN_TRANSIT' && e.facilityCode !== pkg.events[i - 1]?.facilityCode) arrivals.push(i);
  });
  const outForDelivery = pkg.events.findIndex((e) => e.status === 'OUT_FOR_DELIVERY');
  return arrivals.length >= 2 && outForDelivery > 0 ? { pkg, arrivals, outForDelivery } : null;
}

export interface PlantedEvent {
  status: PackageStatus;
  carrierCode: string | null;
  description: string | null;
  facility: FacilityNode | null;
  /** Where a facility-less scan happened (the recipient's door). */
  location?: { lat: number; lon: number };
  /** Hours after the previous event. */
  afterHours: number;
}

/**
 * The template's events up to `lastIndex` and then `planted`, moved in time so the final event is at
 * `endAt`; the copy is `id`, its status that of its final event.
 */
export function plant(template: Template, id: string, lastIndex: number, planted: readonly PlantedEvent[], endAt: Date): PackageHistory {
  const source = template.pkg;
  const prefix = source.events.slice(0, lastIndex + 1);
  const events: TimelineEvent[] = prefix.map((e) => ({ ...e }));
  let at = events[events.length - 1]?.occurredAt.getTime() ?? source.createdAt.getTime();
  for (const p of planted) {
    at += p.afterHours * HOUR;
    const where = p.location ?? p.facility;
    events.push({
      eventId: '',
      status: p.status,
      carrierCode: p.carrierCode,
      description: p.description,
      occurredAt: new Date(at),
      facilityCode: p.facility?.code ?? null,
      location: where ? { lat: where.lat, lon: where.lon } : null,
      seq: 0,
    });
  }
  const shift = endAt.getTime() - at;
  const moved = (d: Date): Date => new Date(d.getTime() + shift);
  return {
    ...source,
    id,
    trackingNumber: id.toUpperCase(),
    createdAt: moved(source.createdAt),
    promisedDeliveryAt: source.promisedDeliveryAt ? moved(source.promisedDeliveryAt) : null,
    status: events[events.length - 1]?.status ?? 'INFO_RECEIVED',
    events: events.map((e, i) => ({ ...e, eventId: `${id}-e${i}`, seq: i, occurredAt: moved(e.occurredAt) })),
  };
}

/** The facility of an event index (a template's arrivals always have one). */
export function facilityAt(template: Template, index: number, facilities: ReadonlyMap<string, FacilityNode>): FacilityNode {
  const code = template.pkg.events[index]?.facilityCode ?? '';
  const node = facilities.get(code);
  if (!node) throw new Error(`template ${template.pkg.id}: no facility ${code} at event ${index}`);
  return node;
}
