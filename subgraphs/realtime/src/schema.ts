import { buildSubgraph } from '@clearpath/core';
import type { GraphQLSchema } from 'graphql';
import type { Resolvers } from './__generated__/resolvers-types.js';

const resolvers: Resolvers = {
  Query: {
    realtimeStats: async (_, __, ctx) => ({ ...(await ctx.stats()), bus: ctx.bus.kind }),
  },
};

export function buildRealtimeSchema(): GraphQLSchema {
  return buildSubgraph('realtime', [resolvers]);
}
