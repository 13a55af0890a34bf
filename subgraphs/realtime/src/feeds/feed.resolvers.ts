import type { Resolvers } from '../__generated__/resolvers-types.js';
import { anomalyFeed } from './anomalies.feed.js';
import { dashboardSnapshot } from './dashboard.feed.js';
import { investigationProgressFeed } from './investigations.feed.js';
import { logHead } from './log-position.js';
import { mapFeed } from './map.feed.js';
import { packageUpdateFeed } from './package-updates.feed.js';
import { trackingEventFeed } from './tracking-events.feed.js';

/** The feeds every subscription event is resolved through (see the gateway's realtime module). */
export const feedResolvers: Resolvers = {
  Query: {
    logPosition: async (_, __, ctx) => String(await logHead(ctx.db)),
    packageUpdatedFeed: (_, args, ctx) => packageUpdateFeed(ctx.db, ctx.session, args),
    trackingEventRecordedFeed: (_, args, ctx) => trackingEventFeed(ctx.db, ctx.session, args),
    anomalyDetectedFeed: (_, args, ctx) => anomalyFeed(ctx.db, ctx.session, args),
    investigationProgressFeed: (_, args, ctx) => investigationProgressFeed(ctx.db, ctx.session, args),
    dashboardMetricsFeed: async (_, __, ctx) => [await dashboardSnapshot(ctx.db, ctx.session)],
    mapUpdatesFeed: (_, args, ctx) => mapFeed(ctx.db, ctx.session, args),
  },
};
