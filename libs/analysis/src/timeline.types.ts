/**
 * Plain-data view of the tracking log that every analysis (detection, ETA, routing, investigations)
 * works on. The data layer adapts database rows to these shapes, so the analyses stay pure and testable.
 */

import type { EventReason, PackageStatus } from '@clearpath/core';

export type { PackageStatus };
export type ServiceLevel = 'EXPRESS' | 'STANDARD' | 'ECONOMY';

export type FacilityType = 'HUB' | 'DEPOT' | 'PICKUP_POINT' | 'CUSTOMS';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface FacilityNode extends GeoPoint {
  code: string;
  name: string;
  type: FacilityType;
}

/** One scan, in occurredAt order within a timeline. */
export interface TimelineEvent {
  eventId: string;
  status: PackageStatus;
  /** Raw carrier code as received (e.g. "CUSTOMS_HOLD", "DAMAGED", "ADDRESS_ISSUE"). */
  carrierCode: string | null;
  description: string | null;
  /**
   * Why, as ingest stored it (libs/core/src/reasons). Absent on histories not read from the store (tests,
   * the simulator): analyses then derive it the same way ingest does (see common/event-reason.ts).
   */
  reason?: EventReason;
  occurredAt: Date;
  facilityCode: string | null;
  /** Scan position; for facility scans the facility's position. */
  location: GeoPoint | null;
  seq: number;
}

export interface PackageHistory {
  id: string;
  trackingNumber: string;
  carrier: string;
  serviceLevel: ServiceLevel;
  origin: (GeoPoint & { facilityCode?: string | null }) | null;
  destination: (GeoPoint & { facilityCode?: string | null }) | null;
  promisedDeliveryAt: Date | null;
  createdAt: Date;
  status: PackageStatus;
  /** Sorted by occurredAt ascending. */
  events: TimelineEvent[];
}
