import type { EventReason, PackageStatus, Resolvers } from '../__generated__/resolvers-types.js';
import { eventHistogram } from './event-histogram.js';
import { busiestFacilities, onTimeByDay, packageCountsByFacility } from './overview.repository.js';
import { sharedPackageStats, statsKey } from './package-stats.share.js';
import { computePackageStats } from './stats.repository.js';
import { readRollupStats } from './stats.rollup.js';

export const statsResolvers: Resolvers = {
  Query: {
    eventHistogram: (_, { hours, bucketMinutes }, ctx) => eventHistogram(ctx.reader(), ctx.session.organizationId, hours, bucketMinutes),
    onTimeByDay: (_, { days }, ctx) => onTimeByDay(ctx.reader(), ctx.session.organizationId, days),
    busiestFacilities: (_, { hours, first }, ctx) => busiestFacilities(ctx.reader(), ctx.session.organizationId, hours, first),
    packageCountsByFacility: (_, { status }, ctx) => packageCountsByFacility(ctx.reader(), ctx.session.organizationId, status),
    packageStats: async (_, { filter }, ctx) => {
      const org = ctx.session.organizationId;
      const stats = await sharedPackageStats(statsKey(org, filter), async () => (await readRollupStats(ctx.reader(), org, filter)) ?? computePackageStats(ctx.reader(), org, filter));
      return {
        ...stats,
        byStatus: stats.byStatus.map((s) => ({ ...s, status: s.status as PackageStatus })),
        byReason: stats.byReason.map((r) => ({ ...r, reason: r.reason as EventReason })),
      };
    },
  },
};
