import { isEventReason, isUuid, TERMINAL_STATUSES, type DbOrTx, type FacilityRow, type PackageRow, type PlaceJson, type TrackingEventRow } from '@clearpath/core';
import type { FacilityNode, FacilityType, PackageHistory, ServiceLevel, TimelineEvent } from '@clearpath/analysis';

/** Rows → the plain histories the analyses work on. */
function toPlace(place: PlaceJson | null): PackageHistory['origin'] {
  return place && place.lat != null && place.lon != null ? { lat: place.lat, lon: place.lon, facilityCode: place.facilityCode ?? null } : null;
}

function toEvent(e: TrackingEventRow): TimelineEvent {
  return {
    eventId: e.event_id,
    status: e.status as TimelineEvent['status'],
    carrierCode: e.carrier_code,
    description: e.description,
    // The reason ingest stored (code mapping, else description): detection and root cause read it.
    ...(isEventReason(e.reason) ? { reason: e.reason } : {}),
    occurredAt: e.occurred_at,
    facilityCode: e.facility_code,
    location: e.lat != null && e.lon != null ? { lat: e.lat, lon: e.lon } : null,
    seq: e.seq,
  };
}

export function toHistory(p: PackageRow, events: TrackingEventRow[]): PackageHistory {
  return {
    id: p.id,
    trackingNumber: p.tracking_number,
    carrier: p.carrier,
    serviceLevel: p.service_level as ServiceLevel,
    origin: toPlace(p.origin),
    destination: toPlace(p.destination),
    promisedDeliveryAt: p.promised_delivery_at,
    createdAt: p.created_at,
    status: p.status as PackageHistory['status'],
    events: events.map(toEvent),
  };
}

export async function withEvents(db: DbOrTx, organizationId: string, packages: PackageRow[]): Promise<PackageHistory[]> {
  if (packages.length === 0) return [];
  const events = await db
    .selectFrom('tracking_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('package_id', 'in', packages.map((p) => p.id))
    .orderBy('package_id')
    .orderBy('occurred_at')
    .orderBy('seq')
    .execute();
  const byPackage = new Map<string, TrackingEventRow[]>();
  for (const e of events) {
    const list = byPackage.get(e.package_id);
    if (list) list.push(e);
    else byPackage.set(e.package_id, [e]);
  }
  return packages.map((p) => toHistory(p, byPackage.get(p.id) ?? []));
}

/** One tenant's packages that are not soft-deleted: where every package query here starts. */
function livePackages(db: DbOrTx, organizationId: string) {
  return db.selectFrom('packages').where('organization_id', '=', organizationId).where('deleted_at', 'is', null);
}

export async function loadHistories(db: DbOrTx, organizationId: string, packageIds: readonly string[]): Promise<PackageHistory[]> {
  const ids = [...new Set(packageIds.filter(isUuid))];
  if (ids.length === 0) return [];
  const packages = await livePackages(db, organizationId).selectAll().where('id', 'in', ids).execute();
  return withEvents(db, organizationId, packages);
}

/**
 * The recent slice of the network the statistics and the ETA model learn from: packages with a scan in
 * the window (delivered or still moving), newest first, capped so a large tenant stays bounded.
 */
export async function loadNetworkSample(
  db: DbOrTx,
  organizationId: string,
  options: { now: Date; windowDays: number; limit: number },
): Promise<PackageHistory[]> {
  const since = new Date(options.now.getTime() - options.windowDays * 86_400_000);
  const packages = await livePackages(db, organizationId)
    .selectAll()
    .where('last_event_at', '>=', since)
    .orderBy('last_event_at', 'desc')
    .limit(options.limit)
    .execute();
  return withEvents(db, organizationId, packages);
}

/** Ids of packages still moving (not delivered, returned or cancelled), for the periodic sweep. */
export async function listActivePackageIds(db: DbOrTx, organizationId: string, limit: number): Promise<string[]> {
  const rows = await livePackages(db, organizationId)
    .select('id')
    .where('status', 'not in', [...TERMINAL_STATUSES])
    .where('last_event_at', 'is not', null)
    .orderBy('last_event_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

export async function listOrganizationsWithActivePackages(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectFrom('packages')
    .select('organization_id')
    .distinct()
    .where('deleted_at', 'is', null)
    .where('status', 'not in', [...TERMINAL_STATUSES])
    .execute();
  return rows.map((r) => r.organization_id);
}

export function toFacilityNode(f: FacilityRow): FacilityNode {
  return { code: f.code, name: f.name, type: f.type as FacilityType, lat: f.lat, lon: f.lon };
}

export async function loadFacilityNodes(db: DbOrTx, organizationId: string): Promise<FacilityNode[]> {
  const rows = await db.selectFrom('facilities').selectAll().where('organization_id', '=', organizationId).execute();
  return rows.map(toFacilityNode);
}
