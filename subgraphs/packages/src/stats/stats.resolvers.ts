import type { PackageStatus, Resolvers } from '../__generated__/resolvers-types.js';
import { computePackageStats } from './stats.repository.js';

export const statsResolvers: Resolvers = {
  Query: {
    packageStats: async (_, { filter }, ctx) => {
      const stats = await computePackageStats(ctx.db, ctx.session.organizationId, filter);
      return { ...stats, byStatus: stats.byStatus.map((s) => ({ ...s, status: s.status as PackageStatus })) };
    },
  },
};
