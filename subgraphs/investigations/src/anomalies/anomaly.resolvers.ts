import { assertCanWrite, badInput, isUuid, notFound } from '@clearpath/core';
import { setAnomalyState } from '../detection/anomaly.store.js';
import type { AnomalyState, AnomalyType, Resolvers, Severity } from '../__generated__/resolvers-types.js';
import { anomalyEvents } from '../webhooks/outbox.js';
import { countAnomalies, countAnomaliesByTypeAndSeverity, listAnomalies } from './anomaly.repository.js';

const MAX_PAGE = 500;

export const anomalyResolvers: Resolvers = {
  Query: {
    anomalies: async (_, { filter, first, after }, ctx) => {
      const size = first ?? 50;
      if (size < 0 || size > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`);
      const page = await listAnomalies(ctx.db, ctx.session.organizationId, { filter, first: size, after });
      return {
        edges: page.rows.map(({ row, cursor }) => ({ node: row, cursor })),
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
        totalCount: await countAnomalies(ctx.db, ctx.session.organizationId, filter),
      };
    },
    anomalyCounts: async (_, { state }, ctx) =>
      (await countAnomaliesByTypeAndSeverity(ctx.db, ctx.session.organizationId, state)).map((c) => ({ ...c, type: c.type as AnomalyType, severity: c.severity as Severity })),
  },
  Mutation: {
    acknowledgeAnomaly: async (_, { id }, ctx) => {
      assertCanWrite(ctx.session);
      const row = isUuid(id) ? await setAnomalyState(ctx.db, ctx.session.organizationId, id, 'ACKNOWLEDGED') : undefined;
      if (!row) throw notFound('Anomaly', id);
      return row;
    },
    resolveAnomaly: async (_, { id }, ctx) => {
      assertCanWrite(ctx.session);
      const org = ctx.session.organizationId;
      // Resolving by hand is an anomaly.resolved event too (once: resolving twice says nothing new).
      const row = !isUuid(id)
        ? undefined
        : await ctx.db.transaction().execute(async (tx) => {
            const before = await tx.selectFrom('anomalies').select('state').where('organization_id', '=', org).where('id', '=', id).forUpdate().executeTakeFirst();
            const after = await setAnomalyState(tx, org, id, 'RESOLVED');
            if (after && before?.state !== 'RESOLVED') {
              await ctx.outbox?.add(tx, org, anomalyEvents([{ id: after.id, packageId: after.package_id, type: after.type, state: after.state, severity: after.severity, summary: after.summary }]));
            }
            return after;
          });
      if (!row) throw notFound('Anomaly', id);
      ctx.outbox?.wake();
      return row;
    },
  },
  Anomaly: {
    __resolveReference: (ref, ctx) => ctx.loaders.anomalyById.load(ref.id),
    type: (a) => a.type as AnomalyType,
    severity: (a) => a.severity as Severity,
    state: (a) => a.state as AnomalyState,
    detectedAt: (a) => a.detected_at,
    resolvedAt: (a) => a.resolved_at,
    facilityCode: (a) => a.facility_code,
    package: (a) => (a.package_id ? { id: a.package_id } : null),
    parent: (a, _, ctx) => (a.parent_id ? ctx.loaders.anomalyById.load(a.parent_id) : null),
  },
  Package: {
    anomalies: async (p, { state }, ctx) => {
      const rows = await ctx.loaders.anomaliesByPackageId.load(p.id);
      return state ? rows.filter((a) => a.state === state) : rows;
    },
  },
};
