import type { Resolvers } from '../__generated__/resolvers-types.js';
import { presentEta } from '../investigations/investigation.resolvers.js';
import { listAtRiskPackages } from './at-risk.service.js';

export const atRiskResolvers: Resolvers = {
  Query: {
    atRiskPackages: async (_, args, ctx) => {
      const page = await listAtRiskPackages(ctx, ctx.session.organizationId, args);
      return {
        edges: page.entries.map(({ entry, cursor }) => ({ node: entry, cursor })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.entries.at(-1)?.cursor ?? null },
        totalCount: page.totalCount,
        partial: page.partial,
      };
    },
  },
  AtRiskPackage: {
    package: (e) => ({ id: e.pkg.id }),
    promisedDeliveryAt: (e) => e.promisedDeliveryAt,
    eta: (e) => presentEta(e.eta)!,
  },
};
