import { AppError } from '@clearpath/core';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { planDeliveryRoutes } from './delivery-plan.service.js';

export const routingResolvers: Resolvers = {
  Mutation: {
    planDeliveryRoutes: (_, { input }, ctx) => {
      // Each plan holds a solver worker for up to 30 s: that capacity is for operators, not viewers.
      if (ctx.session.role === 'viewer') throw new AppError('FORBIDDEN', 'Planning delivery routes needs the operator or admin role');
      return planDeliveryRoutes(input, ctx.solver);
    },
  },
};
