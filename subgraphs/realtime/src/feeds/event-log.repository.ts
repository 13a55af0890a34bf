import type { Db, TrackingEventRow } from '@clearpath/core';
import { REPLAY_WINDOW } from './log-position.js';

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

/** The organization's events in a range of the log, oldest first (at most REPLAY_WINDOW + 1). */
export async function findEventsInRange(db: Db, organizationId: string, range: LogRange, where: EventConditions = {}): Promise<TrackingEventRow[]> {
  let query = db.selectFrom('tracking_events').selectAll().where('organization_id', '=', organizationId).where('seq', '>', range.after);
  if (range.until !== undefined) query = query.where('seq', '<=', range.until);
  if (where.packageIds) query = query.where('package_id', 'in', where.packageIds.length ? [...where.packageIds] : ['00000000-0000-0000-0000-000000000000']);
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
  return query.orderBy('seq').limit(REPLAY_WINDOW + 1).execute();
}

/** Per package touched by events in the range: its newest seq there (one update per package per range). */
export async function findTouchedPackages(db: Db, organizationId: string, range: LogRange): Promise<{ packageId: string; seq: number }[]> {
  let query = db
    .selectFrom('tracking_events')
    .select((eb) => ['package_id', eb.fn.max('seq').as('seq')])
    .where('organization_id', '=', organizationId)
    .where('seq', '>', range.after);
  if (range.until !== undefined) query = query.where('seq', '<=', range.until);
  const rows = await query.groupBy('package_id').orderBy('seq').limit(REPLAY_WINDOW + 1).execute();
  return rows.map((r) => ({ packageId: r.package_id, seq: Number(r.seq) }));
}
