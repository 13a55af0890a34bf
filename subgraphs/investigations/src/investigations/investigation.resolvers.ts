import type { InvestigationKind, InvestigationState, Resolvers } from '../__generated__/resolvers-types.js';

export const investigationResolvers: Resolvers = {
  Query: {
    investigation: (_, { id }, ctx) => ctx.loaders.investigationById.load(id),
    investigations: (_, { packageId }, ctx) => ctx.loaders.investigationsByPackageId.load(packageId),
  },
  Investigation: {
    __resolveReference: (ref, ctx) => ctx.loaders.investigationById.load(ref.id),
    package: (i) => ({ id: i.package_id }),
    kind: (i) => i.kind as InvestigationKind,
    state: (i) => i.state as InvestigationState,
    createdAt: (i) => i.created_at,
    startedAt: (i) => i.started_at,
    completedAt: (i) => i.completed_at,
  },
  Package: {
    investigations: (p, _, ctx) => ctx.loaders.investigationsByPackageId.load(p.id),
  },
};
