import { Router, json, type Response } from 'express';
import type { Caller } from './auth.middleware.js';
import { camelKeys, snakeKeys } from './case-mapping.js';
import type { Execute } from './graphql-executor.js';
import { RestError } from './rest-error.js';

const PLAN = `mutation RestPlanDeliveryRoutes($input: DeliveryRoutesInput!) {
  planDeliveryRoutes(input: $input) { objective vehicles distanceKm costKm routes { vehicle load distanceKm returnAt stops { id arrivalAt departAt } } }
}`;

/** POST /api/v1/delivery-routes: plans routes (operators); a full solver pool answers 503 with Retry-After. */
export function deliveryRoutes(execute: Execute): Router {
  const router = Router();
  router.post('/delivery-routes', json({ limit: '1mb' }), async (req, res: Response) => {
    if (req.body === null || typeof req.body !== 'object' || Array.isArray(req.body)) {
      throw new RestError(400, 'BAD_REQUEST', 'Expected a JSON object body');
    }
    const caller = res.locals.caller as Caller;
    const data = await execute<{ planDeliveryRoutes: unknown }>(caller.session, caller.token, PLAN, { input: camelKeys(req.body) });
    res.json(snakeKeys(data.planDeliveryRoutes));
  });
  return router;
}
