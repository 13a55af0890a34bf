import type { ApiKeyRole, Resolvers } from '../__generated__/resolvers-types.js';
import { createKey, listKeys, revokeKey } from './api-key.service.js';

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_, { includeRevoked }, ctx) => listKeys(ctx.db, ctx.session, includeRevoked ?? false),
  },
  Mutation: {
    createApiKey: (_, { input }, ctx) => createKey(ctx.db, ctx.session, input),
    revokeApiKey: (_, { id }, ctx) => revokeKey(ctx.db, ctx.session, id),
  },
  ApiKey: {
    role: (k) => k.role.toUpperCase() as ApiKeyRole,
    createdAt: (k) => k.created_at,
    lastUsedAt: (k) => k.last_used_at,
    expiresAt: (k) => k.expires_at,
    revokedAt: (k) => k.revoked_at,
  },
};
