import { isUuid } from '@clearpath/core';
import { badInput } from '@clearpath/core';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import type { ServiceLevel } from './package.model.js';
import { countPackages, type PackageCount, findPackagesByKeys, findPackagesByTrackingNumbers, listPackages } from './package.repository.js';
import { createPackage, deletePackage, updatePackage } from './package.service.js';
import { rollupCounter } from '../stats/stats.rollup.js';

const MAX_PAGE = 500;

function memoizeCount(run: (exact: boolean) => Promise<PackageCount>): (exact: boolean) => Promise<PackageCount> {
  const runs = new Map<boolean, Promise<PackageCount>>();
  return (exact) => {
    let found = runs.get(exact);
    if (!found) runs.set(exact, (found = run(exact)));
    return found;
  };
}
/** One integration request resolves its identifiers in a few calls; more keys is a client mistake. */
const MAX_KEYS = 1000;

export const packageResolvers: Resolvers = {
  Query: {
    package: async (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.packageById.load(id) : null),
    packageByTrackingNumber: async (_, { trackingNumber }, ctx) =>
      (await findPackagesByTrackingNumbers(ctx.reader(), ctx.session.organizationId, [trackingNumber]))[0] ?? null,
    packagesByKeys: async (_, { keys }, ctx) => {
      if (keys.length > MAX_KEYS) throw badInput(`keys holds at most ${MAX_KEYS} entries, got ${keys.length}`);
      return findPackagesByKeys(ctx.reader(), ctx.session.organizationId, [...new Set(keys)]);
    },
    packages: async (_, { filter, sort, first, after }, ctx) => {
      const size = first ?? 50;
      if (size < 0 || size > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`);
      const page = await listPackages(ctx.reader(), ctx.session.organizationId, {
        filter,
        field: sort?.field ?? 'CREATED_AT',
        direction: sort?.direction ?? 'DESC',
        first: size,
        after,
      });
      for (const { row } of page.rows) ctx.loaders.packageById.prime(row.id, row);
      return {
        edges: page.rows.map(({ row, cursor }) => ({ node: row, cursor })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
        count: memoizeCount((exact) => countPackages(ctx.reader(), ctx.session.organizationId, filter, { exact, fromRollup: rollupCounter(ctx.session.organizationId, filter) })),
      };
    },
  },
  PackageConnection: {
    totalCount: async (connection, { exact }) => (await connection.count(exact)).count,
    totalCountEstimated: async (connection) => (await connection.count(false)).estimated,
  },
  Mutation: {
    createPackage: (_, { input }, ctx) => createPackage(ctx, ctx.session, input),
    updatePackage: (_, { id, input }, ctx) => updatePackage(ctx, ctx.session, id, input),
    deletePackage: async (_, { id }, ctx) => {
      await deletePackage(ctx, ctx.session, id);
      return { id, deleted: true };
    },
  },
  Package: {
    __resolveReference: async (ref, ctx) => ctx.loaders.packageById.load(ref.id),
    trackingNumber: (p) => p.tracking_number,
    serviceLevel: (p) => p.service_level as ServiceLevel,
    promisedDeliveryAt: (p) => p.promised_delivery_at,
    currentLocation: (p) => p.current_location,
    lastEventAt: (p) => p.last_event_at,
    deliveredAt: (p) => p.delivered_at,
    createdAt: (p) => p.created_at,
    updatedAt: (p) => p.updated_at,
    events: async (p, { last }, ctx) => {
      const events = await ctx.loaders.eventsByPackageId.load(p.id);
      return last != null && last >= 0 ? events.slice(Math.max(0, events.length - last)) : events;
    },
  },
};
