import { Router, json, type Response } from 'express';
import type { Caller } from './auth.middleware.js';
import { snakeKeys } from './case-mapping.js';
import type { Execute } from './graphql-executor.js';
import { RestError } from './rest-error.js';

const KEY_FIELDS = 'id name role prefix createdAt lastUsedAt expiresAt revokedAt bootstrap';
const LIST = `query RestApiKeys($includeRevoked: Boolean) { apiKeys(includeRevoked: $includeRevoked) { ${KEY_FIELDS} } }`;
const CREATE = `mutation RestCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ${KEY_FIELDS} } } }`;
const REVOKE = `mutation RestRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
const ROLES = ['admin', 'operator', 'viewer'];

/** Checks the body in REST's own (snake_case) terms before it becomes GraphQL variables. */
function createInput(body: unknown): Record<string, unknown> {
  const bad = (message: string) => new RestError(400, 'BAD_USER_INPUT', message);
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw bad('Expected a JSON object body');
  const { name, role, expires_at: expiresAt } = body as Record<string, unknown>;
  if (typeof name !== 'string') throw bad('name: a string is required');
  if (typeof role !== 'string' || !ROLES.includes(role.toLowerCase())) throw bad(`role: one of ${ROLES.join(', ')}`);
  if (expiresAt !== undefined && expiresAt !== null && (typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt)))) {
    throw bad('expires_at: an ISO-8601 date-time, e.g. 2027-01-31T00:00:00Z');
  }
  return { name, role: role.toUpperCase(), expiresAt: expiresAt ?? null };
}

/** /api/v1/api-keys: admins create (the secret is in that response only), list and revoke keys. */
export function apiKeyRoutes(execute: Execute): Router {
  const router = Router();
  const run = <T>(res: Response, query: string, variables: Record<string, unknown>) =>
    execute<T>((res.locals.caller as Caller).session, (res.locals.caller as Caller).token, query, variables);

  router.get('/api-keys', async (req, res) => {
    const data = await run<{ apiKeys: unknown[] }>(res, LIST, { includeRevoked: req.query.include_revoked === 'true' });
    res.json({ data: data.apiKeys.map(snakeKeys) });
  });
  router.post('/api-keys', json({ limit: '16kb' }), async (req, res) => {
    const data = await run<{ createApiKey: { key: string; apiKey: object } }>(res, CREATE, { input: createInput(req.body) });
    res.status(201).json(snakeKeys({ ...data.createApiKey.apiKey, key: data.createApiKey.key }));
  });
  router.delete('/api-keys/:id', async (req, res) => {
    const data = await run<{ revokeApiKey: unknown }>(res, REVOKE, { id: req.params.id });
    res.json(snakeKeys(data.revokeApiKey));
  });
  return router;
}
