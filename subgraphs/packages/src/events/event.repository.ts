import { sql } from 'kysely';
import { isUuid, lockLogForAppend, type DbOrTx, type EventReason, type ReasonSource, type TrackingEventRow, type Tx } from '@clearpath/core';

/** What ingest needs back from an append: which events were new, and where they landed in the log. */
export interface AppendedEvent {
  seq: number;
  event_id: string;
  package_id: string;
}

/**
 * Appends events to the log, skipping those whose eventId the organization already has; returns the new
 * ones. Takes the log's append lock (see lockLogForAppend): call it last in the transaction. One statement
 * over column arrays (unnest): fifteen parameters whatever the batch size. The eventIds of `rows` are distinct.
 *
 * tracking_events is partitioned by month, so it cannot hold a unique key on eventId: the statement claims
 * each eventId in tracking_event_keys first (ON CONFLICT DO NOTHING) and appends only the events it claimed,
 * in their input order.
 */
export async function appendEvents(tx: Tx, organizationId: string, rows: NewEvent[]): Promise<AppendedEvent[]> {
  if (rows.length === 0) return [];
  await lockLogForAppend(tx);
  const col = <T>(pick: (r: NewEvent) => T) => rows.map(pick);
  const result = await sql<AppendedEvent>`
    WITH input AS (
      SELECT * FROM unnest(
        ${col((r) => r.eventId)}::text[], ${col((r) => r.packageId)}::uuid[], ${col((r) => r.status)}::text[],
        ${col((r) => r.carrierCode)}::text[], ${col((r) => r.description)}::text[], ${col((r) => r.occurredAt.toISOString())}::timestamptz[],
        ${col((r) => r.facilityCode)}::text[], ${col((r) => r.locationName)}::text[], ${col((r) => r.lat)}::float8[],
        ${col((r) => r.lon)}::float8[], ${col((r) => JSON.stringify(r.attributes))}::jsonb[], ${col((r) => r.reason)}::text[],
        ${col((r) => r.reasonSource)}::text[], ${col((r) => r.unmappedCode)}::boolean[]
      ) WITH ORDINALITY AS u(event_id, package_id, status, carrier_code, description, occurred_at, facility_code, location_name,
                              lat, lon, attributes, reason, reason_source, unmapped_code, ord)
    ), claimed AS (
      INSERT INTO tracking_event_keys (organization_id, event_id) SELECT ${organizationId}, event_id FROM input
      ON CONFLICT DO NOTHING RETURNING event_id
    )
    INSERT INTO tracking_events (organization_id, event_id, package_id, status, carrier_code, description, occurred_at,
                                 facility_code, location_name, lat, lon, attributes, reason, reason_source, unmapped_code)
    SELECT ${organizationId}, event_id, package_id, status, carrier_code, description, occurred_at,
           facility_code, location_name, lat, lon, attributes, reason, reason_source, unmapped_code
    FROM input WHERE event_id IN (SELECT event_id FROM claimed) ORDER BY ord
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
  reason: EventReason;
  reasonSource: ReasonSource;
  unmappedCode: boolean;
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
 *
 * It writes every package of the batch, also one whose state does not change: that locks them all, in id order,
 * before the log's append lock, so the re-derivation after a resend (refoldPackageState, under the append lock)
 * never waits for a package another batch holds while that batch waits for the append lock. Skipping unchanged
 * packages was tried and deadlocked there (README, Benchmarks, Ingest).
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

/**
 * Recomputes packages' event-derived state from all their stored events: the newest event by (occurredAt,
 * seq) gives the status, the newest located one the location. Ingest folds a batch before appending it, so a
 * batch that turned out to repeat stored events (rare) may have folded one twice; this puts it right.
 * A package created before the newest month retention dropped may have lost its first events (and its
 * delivery): its first event and delivery times then only move earlier, never to a later retained event.
 */
export async function refoldPackageState(db: DbOrTx, organizationId: string, packageIds: readonly string[]): Promise<void> {
  if (packageIds.length === 0) return;
  await sql`
    UPDATE packages AS p SET
      status = latest.status,
      last_event_at = latest.occurred_at,
      current_location = coalesce(located.location, p.current_location),
      location_at = coalesce(located.occurred_at, p.location_at),
      first_event_at = CASE WHEN p.created_at < h.expired_before THEN LEAST(p.first_event_at, span.first_at) ELSE span.first_at END,
      delivered_at = CASE WHEN p.created_at < h.expired_before THEN COALESCE(LEAST(p.delivered_at, span.delivered_at), p.delivered_at, span.delivered_at)
                          ELSE span.delivered_at END
    FROM unnest(${[...packageIds]}::uuid[]) AS ids(package_id)
    CROSS JOIN event_log_horizon AS h
    CROSS JOIN LATERAL (
      SELECT status, occurred_at FROM tracking_events e WHERE e.package_id = ids.package_id ORDER BY occurred_at DESC, seq DESC LIMIT 1
    ) AS latest
    CROSS JOIN LATERAL (
      SELECT min(occurred_at) AS first_at, min(occurred_at) FILTER (WHERE status = 'DELIVERED') AS delivered_at
      FROM tracking_events e WHERE e.package_id = ids.package_id
    ) AS span
    LEFT JOIN LATERAL (
      SELECT occurred_at, jsonb_build_object('facilityCode', facility_code, 'name', location_name, 'lat', lat, 'lon', lon) AS location
      FROM tracking_events e WHERE e.package_id = ids.package_id AND (e.facility_code IS NOT NULL OR e.lat IS NOT NULL)
      ORDER BY occurred_at DESC, seq DESC LIMIT 1
    ) AS located ON true
    WHERE p.id = ids.package_id AND p.organization_id = ${organizationId}
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
