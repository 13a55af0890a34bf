import { Router } from 'express';
import type { Authenticator, Logger } from '@clearpath/core';
import { requireAuth } from './auth.middleware.js';
import { agentRoutes } from './agent.routes.js';
import { atRiskRoutes } from './at-risk.routes.js';
import { methodNotAllowed } from './allowed-methods.js';
import { apiKeyRoutes } from './api-key.routes.js';
import { deliveryRoutes } from './delivery.routes.js';
import { epcisRoutes } from './epcis.routes.js';
import { eventRoutes } from './event.routes.js';
import { exportRoutes } from './export.routes.js';
import type { Execute } from './graphql-executor.js';
import { openApiDocument } from './openapi.js';
import { packageRoutes } from './package.routes.js';
import { restErrorHandler } from './rest-error.js';
import { webhookRoutes } from './webhook.routes.js';
import { x12Routes } from './x12.routes.js';

/** The /api/v1 shim: authenticate, then each route runs a GraphQL operation on the supergraph. */
export function createRestApi(options: { execute: Execute; authenticator: Authenticator; logger: Logger; extraRoutes?: Router[] }): Router {
  const api = Router();
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  api.use(requireAuth(options.authenticator));
  // Order matters: /packages/export, /packages/stats and /packages/at-risk before /packages/:id.
  api.use(exportRoutes(options.execute));
  api.use(atRiskRoutes(options.execute));
  api.use(packageRoutes(options.execute));
  api.use(eventRoutes(options.execute));
  api.use(agentRoutes(options.execute));
  api.use(apiKeyRoutes(options.execute));
  api.use(deliveryRoutes(options.execute));
  api.use(epcisRoutes(options.execute));
  api.use(x12Routes(options.execute));
  api.use(webhookRoutes(options.execute));
  for (const router of options.extraRoutes ?? []) api.use(router);
  api.use(methodNotAllowed);
  api.use(restErrorHandler(options.logger));
  return api;
}
