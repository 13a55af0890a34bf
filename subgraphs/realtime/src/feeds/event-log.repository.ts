import type { Db, TrackingEventRow } from '@clearpath/core';
import { sql } from 'kysely';
import { onlyUuids } from './entity.repository.js';
import { historyExpired, REPLAY_WINDOW } from './log-position.js';

export interface LogRange {
  /** Exclusive lower bound. */
  after: number;
  /** Inclusive upper bound; open-ended when absent. */
  until?: number | undefined;
}

export interface EventConditions {
  packageIds?: readonly string[] | undefined;
  status?: readonly string[] | undefined;
  facilityCodes?: readonly string[] | undefined;
  /** Only scans with coordinates inside the box. */
  bbox?: { minLat: number; minLon: number; maxLat: number; maxLon: number } | undefined;
}

/** A replay never ends silently short: more than the window (even if it filled up meanwhile) is an error. */
function withinWindow<T>(rows: T[], range: LogRange): T[] {
  if (rows.length > REPLAY_WINDOW) throw historyExpired(range.after);
  return rows;
}

/** The organization's events in a range of the log, oldest first (an open-ended one: at most REPLAY_WINDOW + 1). */
export async function findEventsInRange(db: Db, organizationId: string, range: LogRange, where: EventConditions = {}): Promise<TrackingEventRow[]> {
  let query = db.selectFrom('tracking_events').selectAll().where('organization_id', '=', organizationId).where('seq', '>', range.after);
  if (range.until !== undefined) query = query.where('seq', '<=', range.until);
  if (where.packageIds) {
    const packageIds = onlyUuids(where.packageIds);
    query = query.where('package_id', 'in', packageIds.length ? packageIds : ['00000000-0000-0000-0000-000000000000']);
  }
  if (where.status?.length) query = query.where('status', 'in', [...where.status]);
  if (where.facilityCodes?.length) query = query.where('facility_code', 'in', [...where.facilityCodes]);
  const box = where.bbox;
  if (box) {
    query = query.where('lat', '>=', box.minLat).where('lat', '<=', box.maxLat);
    // minLon > maxLon: the box crosses the antimeridian.
    query =
      box.minLon <= box.maxLon
        ? query.where('lon', '>=', box.minLon).where('lon', '<=', box.maxLon)
        : query.where((eb) => eb.or([eb('lon', '>=', box.minLon), eb('lon', '<=', box.maxLon)]));
  }
  // A bounded range is a live read: it must hold everything in it, however many (a replay is capped instead).
  query = query.orderBy('seq');
  return range.until === undefined ? withinWindow(await query.limit(REPLAY_WINDOW + 1).execute(), range) : query.execute();
}

/** A package's entry in the log: a committed batch of its events, or an edit. */
export interface PackageLogEntry {
  packageId: string;
  change: 'EVENTS_RECORDED' | 'CREATED' | 'UPDATED' | 'DELETED';
  /** The entry's position: the batch's newest event of the package, or the edit's own. */
  seq: number;
}

/**
 * The organization's package entries in a range of the log, in log order (open-ended: at most REPLAY_WINDOW + 1).
 * Events group by package and writing transaction, so any range of the log yields the same entries
 * whether it is read at once (a replay) or in pieces (live): each batch is in exactly one piece.
 */
export async function findPackageEntries(db: Db, organizationId: string, range: LogRange, packageIds?: readonly string[]): Promise<PackageLogEntry[]> {
  const until = range.until ?? Number.MAX_SAFE_INTEGER;
  const only = packageIds ? sql`AND package_id = ANY(${[...packageIds]}::uuid[])` : sql``;
  const { rows } = await sql<{ package_id: string; change: PackageLogEntry['change']; seq: string | number }>`
    SELECT package_id, 'EVENTS_RECORDED' AS change, max(seq) AS seq FROM tracking_events
     WHERE organization_id = ${organizationId} AND seq > ${range.after} AND seq <= ${until} ${only}
     GROUP BY package_id, coalesce(batch, -seq)
    UNION ALL
    SELECT package_id, change, seq FROM package_changes
     WHERE organization_id = ${organizationId} AND seq > ${range.after} AND seq <= ${until} ${only}
    ORDER BY seq ${range.until === undefined ? sql`LIMIT ${REPLAY_WINDOW + 1}` : sql``}`.execute(db);
  const entries = rows.map((r) => ({ packageId: r.package_id, change: r.change, seq: Number(r.seq) }));
  return range.until === undefined ? withinWindow(entries, range) : entries;
}
