import { AppError } from '@clearpath/core';
import type { Resolvers } from '../__generated__/resolvers-types.js';

export const askResolvers: Resolvers = {
  Query: {
    ask: (_, { question }, ctx) => {
      if (!ctx.ask) throw new AppError('SERVICE_UNAVAILABLE', 'ask is not running in this process');
      return ctx.ask.ask(question, ctx.credential);
    },
  },
};
