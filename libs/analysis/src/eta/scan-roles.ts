import type { PackageStatus, TimelineEvent } from '../timeline.types.js';

/** Carrier codes that mean "left the facility"; other facility scans are arrivals or holds. */
const DEPARTURE_CODES = new Set(['DP', 'DEP', 'DEPARTED', 'DEPARTURE']);

/** Statuses about the final delivery rather than handling at a facility. */
const DELIVERY_STATUSES = new Set<PackageStatus>(['OUT_FOR_DELIVERY', 'FAILED_ATTEMPT', 'AVAILABLE_FOR_PICKUP', 'DELIVERED', 'RETURNED', 'CANCELLED']);

export function isDepartureScan(event: TimelineEvent): boolean {
  if (event.carrierCode && DEPARTURE_CODES.has(event.carrierCode.toUpperCase())) return true;
  return event.description !== null && /\bdepart/i.test(event.description);
}

export function isFacilityHandlingScan(event: TimelineEvent): event is TimelineEvent & { facilityCode: string } {
  return event.facilityCode !== null && !DELIVERY_STATUSES.has(event.status);
}
