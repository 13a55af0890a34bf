import { sql } from 'kysely';
import { isUuid, lockLogForAppend, type DbOrTx, type TrackingEventRow, type Tx } from '@clearpath/core';

/** What ingest needs back from an append: which events were new, and where they landed in the log. */
export interface AppendedEvent {
  seq: number;
  event_id: string;
  package_id: string;
}

/** The eventIds of a batch that the organization already stored (duplicates by idempotency key). */
export async function findStoredEventIds(db: DbOrTx, organizationId: string, eventIds: readonly string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  // A join over the ids probes the unique index once per id; `event_id = ANY(...)` is planned as a scan of
  // the organization's whole index (70 ms instead of 1.4 ms at 200,000 events, measured with EXPLAIN ANALYZE).
  const { rows } = await sql<{ event_id: string }>`
    SELECT e.event_id FROM unnest(${[...eventIds]}::text[]) AS u(event_id)
    JOIN tracking_events e ON e.organization_id = ${organizationId} AND e.event_id = u.event_id`.execute(db);
  return new Set(rows.map((r) => r.event_id));
}

/**
 * Appends events to the log, skipping those whose eventId the organization already has; returns the new
 * ones. Takes the log's append lock (see lockLogForAppend): call it last in the transaction. One statement
 * over column arrays (unnest): a dozen parameters whatever the batch size.
 */
export async function appendEvents(tx: Tx, organizationId: string, rows: NewEvent[]): Promise<AppendedEvent[]> {
  if (rows.length === 0) return [];
  await lockLogForAppend(tx);
  const col = <T>(pick: (r: NewEvent) => T) => rows.map(pick);
  const result = await sql<AppendedEvent>`
    INSERT INTO tracking_events (organization_id, event_id, package_id, status, carrier_code, description, occurred_at,
                                 facility_code, location_name, lat, lon, attributes)
    SELECT ${organizationId}, u.* FROM unnest(
      ${col((r) => r.eventId)}::text[], ${col((r) => r.packageId)}::uuid[], ${col((r) => r.status)}::text[],
      ${col((r) => r.carrierCode)}::text[], ${col((r) => r.description)}::text[], ${col((r) => r.occurredAt.toISOString())}::timestamptz[],
      ${col((r) => r.facilityCode)}::text[], ${col((r) => r.locationName)}::text[], ${col((r) => r.lat)}::float8[],
      ${col((r) => r.lon)}::float8[], ${col((r) => JSON.stringify(r.attributes))}::jsonb[]
    ) AS u
    ON CONFLICT (organization_id, event_id) DO NOTHING
    RETURNING seq, event_id, package_id
  `.execute(tx);
  return result.rows;
}

/** An event ready to store: validated, with its package resolved and facility coordinates filled in. */
export interface NewEvent {
  eventId: string;
  packageId: string;
  status: string;
  carrierCode: string | null;
  description: string | null;
  occurredAt: Date;
  facilityCode: string | null;
  locationName: string | null;
  lat: number | null;
  lon: number | null;
  attributes: Record<string, unknown>;
}

/** The latest state a batch implies for one package; applied only where it is newer than what is stored. */
export interface PackageStateChange {
  packageId: string;
  status: string;
  statusAt: Date;
  location: string | null;
  locationAt: Date | null;
  firstEventAt: Date;
  deliveredAt: Date | null;
}

/**
 * Folds a batch into package state in one statement. It leaves updated_at alone (that tracks edits of the
 * package itself): an event that does not change the indexed status can then be a HOT update. Each column is guarded by occurredAt, so events
 * arriving late or out of order never overwrite newer state (ARCHITECTURE §3).
 */
export async function applyPackageState(db: DbOrTx, organizationId: string, changes: PackageStateChange[]): Promise<void> {
  if (changes.length === 0) return;
  const col = <T>(pick: (c: PackageStateChange) => T) => changes.map(pick);
  await sql`
    UPDATE packages AS p SET
      status = CASE WHEN p.last_event_at IS NULL OR v.status_at >= p.last_event_at THEN v.status ELSE p.status END,
      last_event_at = GREATEST(p.last_event_at, v.status_at),
      current_location = CASE WHEN v.location IS NOT NULL AND (p.location_at IS NULL OR v.location_at >= p.location_at)
                              THEN v.location ELSE p.current_location END,
      location_at = CASE WHEN v.location IS NOT NULL THEN GREATEST(p.location_at, v.location_at) ELSE p.location_at END,
      first_event_at = LEAST(p.first_event_at, v.first_event_at),
      delivered_at = COALESCE(LEAST(p.delivered_at, v.delivered_at), p.delivered_at, v.delivered_at)
    FROM unnest(
      ${col((c) => c.packageId)}::uuid[], ${col((c) => c.status)}::text[], ${col((c) => c.statusAt.toISOString())}::timestamptz[],
      ${col((c) => c.location)}::jsonb[], ${col((c) => c.locationAt?.toISOString() ?? null)}::timestamptz[],
      ${col((c) => c.firstEventAt.toISOString())}::timestamptz[], ${col((c) => c.deliveredAt?.toISOString() ?? null)}::timestamptz[]
    ) AS v(package_id, status, status_at, location, location_at, first_event_at, delivered_at)
    WHERE p.id = v.package_id AND p.organization_id = ${organizationId}
  `.execute(db);
}

export async function listEventsForPackages(
  db: DbOrTx,
  organizationId: string,
  packageIds: readonly string[],
): Promise<TrackingEventRow[]> {
  const valid = packageIds.filter(isUuid);
  if (valid.length === 0) return [];
  return db
    .selectFrom('tracking_events')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('package_id', 'in', valid)
    .orderBy('package_id')
    .orderBy('occurred_at')
    .orderBy('seq')
    .execute();
}

export async function findEventsBySeqs(db: DbOrTx, organizationId: string, seqs: readonly number[]): Promise<TrackingEventRow[]> {
  if (seqs.length === 0) return [];
  return db.selectFrom('tracking_events').selectAll().where('organization_id', '=', organizationId).where('seq', 'in', [...seqs]).orderBy('seq').execute();
}
