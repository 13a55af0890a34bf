import { buildSubgraph } from '@clearpath/core';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.js';
import { feedResolvers } from './feeds/feed.resolvers.js';

const statsResolvers: Resolvers = {
  Query: {
    realtimeStats: async (_, __, ctx) => ({ ...(await ctx.stats(ctx.session.organizationId)), bus: ctx.bus.kind }),
  },
};

/**
 * The realtime subgraph owns the Subscription type, but subscriptions are served by the gateway's
 * graphql-ws server (Apollo Gateway cannot execute them): it resolves each event through the feeds here,
 * inside a supergraph query, so payloads can carry fields of every subgraph.
 */
export function buildRealtimeSchema(): GraphQLSchema {
  return buildSubgraph('realtime', [statsResolvers, feedResolvers]);
}
