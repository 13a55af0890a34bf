import { checksItsOwnText, isUuid } from '@clearpath/core';
import type { EventReason, MutationResolvers, ReasonSource, Resolvers } from '../__generated__/resolvers-types.js';
import type { PackageStatus } from '../package/package.model.js';
import { findEventsBySeqs } from './event.repository.js';
import { recordTrackingEvents } from './ingest.service.js';

const recordEvents: NonNullable<MutationResolvers['recordTrackingEvents']> = (_, { events }, ctx) => recordTrackingEvents(ctx, ctx.session, events);

export const eventResolvers: Resolvers = {
  Query: {
    trackingEvents: async (_, { packageId, reason }, ctx) => {
      if (!isUuid(packageId)) return [];
      const events = await ctx.loaders.eventsByPackageId.load(packageId);
      return reason?.length ? events.filter((e) => reason.includes(e.reason as EventReason)) : events;
    },
  },
  Mutation: {
    // Each event is checked on its own (a NUL in one rejects that event), so the batch is not refused whole.
    recordTrackingEvents: checksItsOwnText(recordEvents),
  },
  RecordEventsResult: {
    events: (result, _, ctx) => findEventsBySeqs(ctx.db, ctx.session.organizationId, result.storedSeqs),
  },
  TrackingEvent: {
    eventId: (e) => e.event_id,
    packageId: (e) => e.package_id,
    package: async (e, _, ctx) => {
      const pkg = await ctx.loaders.packageById.load(e.package_id);
      if (!pkg) throw new Error(`Package ${e.package_id} of event ${e.event_id} is missing`);
      return pkg;
    },
    status: (e) => e.status as PackageStatus,
    carrierCode: (e) => e.carrier_code,
    reason: (e) => e.reason as EventReason,
    reasonSource: (e) => e.reason_source as ReasonSource,
    occurredAt: (e) => e.occurred_at,
    receivedAt: (e) => e.received_at,
    location: (e) =>
      e.facility_code || e.lat != null || e.location_name
        ? { facilityCode: e.facility_code, name: e.location_name, lat: e.lat, lon: e.lon }
        : null,
    seq: (e) => String(e.seq),
  },
};
