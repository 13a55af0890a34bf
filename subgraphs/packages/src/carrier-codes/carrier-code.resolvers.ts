import type { CarrierCodeMapping, EventReason, PackageStatus, Resolvers } from '../__generated__/resolvers-types.js';
import { deleteMapping, listMappings, unmappedCodes, upsertMapping, type MappingView } from './carrier-code.service.js';

const toGraphQL = (m: MappingView): CarrierCodeMapping => ({
  ...m,
  status: m.status as PackageStatus | null,
  reason: m.reason as EventReason | null,
});

export const carrierCodeResolvers: Resolvers = {
  Query: {
    carrierCodeMappings: async (_, { carrier }, ctx) => (await listMappings(ctx.db, ctx.session, carrier)).map(toGraphQL),
    unmappedCarrierCodes: (_, { first }, ctx) => unmappedCodes(ctx, ctx.session, first ?? 100),
  },
  Mutation: {
    upsertCarrierCodeMapping: async (_, { input }, ctx) => toGraphQL(await upsertMapping(ctx, ctx.session, input)),
    deleteCarrierCodeMapping: (_, { carrier, code }, ctx) => deleteMapping(ctx, ctx.session, carrier, code),
  },
};
