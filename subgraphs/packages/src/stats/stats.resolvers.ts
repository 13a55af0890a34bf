import type { EventReason, PackageStatus, Resolvers } from '../__generated__/resolvers-types.js';
import { eventHistogram } from './event-histogram.js';
import { busiestFacilities, onTimeByDay, packageCountsByFacility } from './overview.repository.js';
import { sharedResults } from './stats.cache.js';
import { computePackageStats, type PackageStats } from './stats.repository.js';
import { readRollupStats } from './stats.rollup.js';

/** Stats may be up to this old; dashboards refresh every 15 s. */
const STATS_TTL_MS = 5_000;
const shared = sharedResults<PackageStats>(STATS_TTL_MS);

export const statsResolvers: Resolvers = {
  Query: {
    eventHistogram: (_, { hours, bucketMinutes }, ctx) => eventHistogram(ctx.reader(), ctx.session.organizationId, hours, bucketMinutes),
    onTimeByDay: (_, { days }, ctx) => onTimeByDay(ctx.reader(), ctx.session.organizationId, days),
    busiestFacilities: (_, { hours, first }, ctx) => busiestFacilities(ctx.reader(), ctx.session.organizationId, hours, first),
    packageCountsByFacility: (_, { status }, ctx) => packageCountsByFacility(ctx.reader(), ctx.session.organizationId, status),
    packageStats: async (_, { filter }, ctx) => {
      const org = ctx.session.organizationId;
      const stats = await shared(`${org}\u0000${JSON.stringify(filter ?? null)}`, async () => (await readRollupStats(ctx.reader(), org, filter)) ?? computePackageStats(ctx.reader(), org, filter));
      return {
        ...stats,
        byStatus: stats.byStatus.map((s) => ({ ...s, status: s.status as PackageStatus })),
        byReason: stats.byReason.map((r) => ({ ...r, reason: r.reason as EventReason })),
      };
    },
  },
};
