import type { Resolvers } from '../__generated__/resolvers-types.js';
import { planDeliveryRoutes } from './delivery-plan.service.js';

export const routingResolvers: Resolvers = {
  Mutation: {
    planDeliveryRoutes: (_, { input }) => planDeliveryRoutes(input),
  },
};
