import type { PackageHistory } from '../timeline.types.js';
import { exceptionSubtype, isTerminal, orderedEvents } from './event-classification.js';
import { greatCircleKm } from '../common/geo.js';
import { hoursBetween } from '../common/time.js';

/** The per-package facts carrier and network performance are aggregated from. */
export interface PackageOutcome {
  delivered: boolean;
  inFlight: boolean;
  /** null when undelivered or without a promise. */
  onTime: boolean | null;
  hadException: boolean;
  hadFailedAttempt: boolean;
  /** First physical scan (anything but INFO_RECEIVED) to the delivery scan. */
  transitHours: number | null;
  /** Origin-to-destination straight-line km per transit hour. */
  effectiveSpeedKmh: number | null;
}

export function packageOutcome(pkg: PackageHistory): PackageOutcome {
  const events = orderedEvents(pkg);
  const delivery = events.findLast((e) => e.status === 'DELIVERED');
  const delivered = pkg.status === 'DELIVERED' && delivery !== undefined;
  const firstPhysical = events.find((e) => e.status !== 'INFO_RECEIVED');
  const transitHours =
    delivered && delivery && firstPhysical ? Math.max(0, hoursBetween(firstPhysical.occurredAt, delivery.occurredAt)) : null;
  const km = pkg.origin && pkg.destination ? greatCircleKm(pkg.origin, pkg.destination) : null;
  return {
    delivered,
    inFlight: !isTerminal(pkg.status),
    onTime: delivered && delivery && pkg.promisedDeliveryAt ? delivery.occurredAt <= pkg.promisedDeliveryAt : null,
    hadException: events.some((e) => exceptionSubtype(e) !== null),
    hadFailedAttempt: events.some((e) => e.status === 'FAILED_ATTEMPT'),
    transitHours,
    effectiveSpeedKmh: transitHours && transitHours > 0 && km !== null && km > 0 ? km / transitHours : null,
  };
}

export function rate(hits: number, total: number): number | null {
  return total > 0 ? hits / total : null;
}
