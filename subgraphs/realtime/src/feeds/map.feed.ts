import { badInput, type Db, type Session } from '@clearpath/core';
import type { MapUpdate, QueryMapUpdatesFeedArgs } from '../__generated__/resolvers-types.js';
import { findEventsInRange } from './event-log.repository.js';
import { assertReplayable, parseSeq } from './log-position.js';

export function assertBoundingBox(box: QueryMapUpdatesFeedArgs['bbox']): void {
  const lat = (v: number) => Number.isFinite(v) && v >= -90 && v <= 90;
  const lon = (v: number) => Number.isFinite(v) && v >= -180 && v <= 180;
  if (!lat(box.minLat) || !lat(box.maxLat) || !lon(box.minLon) || !lon(box.maxLon) || box.minLat > box.maxLat) {
    throw badInput('bbox needs -90 <= minLat <= maxLat <= 90 and longitudes in [-180, 180]', { bbox: box });
  }
}

/** Located scans inside the box in (after, until], oldest first. */
export async function mapFeed(db: Db, session: Session, args: QueryMapUpdatesFeedArgs): Promise<MapUpdate[]> {
  assertBoundingBox(args.bbox);
  const after = parseSeq(args.after);
  const until = args.until == null ? undefined : parseSeq(args.until, 'until');
  if (until === undefined) await assertReplayable(db, session.organizationId, after);
  const rows = await findEventsInRange(db, session.organizationId, { after, until }, { bbox: args.bbox });
  return rows.map((e) => ({
    seq: String(e.seq),
    key: String(e.seq),
    packageId: e.package_id,
    lat: e.lat ?? 0,
    lon: e.lon ?? 0,
    status: e.status as MapUpdate['status'],
    facilityCode: e.facility_code,
    occurredAt: e.occurred_at,
    package: { id: e.package_id },
  }));
}
