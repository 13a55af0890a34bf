import type { Db, Session, TrackingEventRow } from '@clearpath/core';
import type { QueryTrackingEventRecordedFeedArgs, TrackingEventRecorded } from '../__generated__/resolvers-types.js';
import { findEventsInRange } from './event-log.repository.js';
import { assertReplayable, parseSeq } from './log-position.js';

export function toTrackingEventRecorded(e: TrackingEventRow): TrackingEventRecorded {
  const located = e.facility_code != null || e.lat != null || e.location_name != null;
  return {
    seq: String(e.seq),
    key: String(e.seq),
    eventId: e.event_id,
    packageId: e.package_id,
    status: e.status as TrackingEventRecorded['status'],
    carrierCode: e.carrier_code,
    description: e.description,
    occurredAt: e.occurred_at,
    receivedAt: e.received_at,
    location: located ? { facilityCode: e.facility_code, name: e.location_name, lat: e.lat, lon: e.lon } : null,
    package: { id: e.package_id },
  };
}

/** Events of the caller's organization in (after, until]; open-ended ranges are replays and are bounded. */
export async function trackingEventFeed(db: Db, session: Session, args: QueryTrackingEventRecordedFeedArgs): Promise<TrackingEventRecorded[]> {
  const after = parseSeq(args.after);
  const until = args.until == null ? undefined : parseSeq(args.until, 'until');
  if (until === undefined) await assertReplayable(db, session.organizationId, after);
  const packageIds = [...(args.packageId ? [args.packageId] : []), ...(args.filter?.packageIds ?? [])];
  const rows = await findEventsInRange(db, session.organizationId, { after, until }, {
    packageIds: packageIds.length ? packageIds : undefined,
    status: args.filter?.status ?? undefined,
    facilityCodes: args.filter?.facilityCodes ?? undefined,
  });
  return rows.map(toTrackingEventRecorded);
}
