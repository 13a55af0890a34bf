import { json, Router, type Response } from 'express';
import type { Caller } from './auth.middleware.js';
import { snakeKeys } from './case-mapping.js';
import type { Execute } from './graphql-executor.js';
import { PACKAGE_INVESTIGATIONS, START_COHORT_PREDICTIONS, START_INVESTIGATION } from './operations.js';
import { cohortFromBody } from './at-risk.routes.js';
import { RestError } from './rest-error.js';

/** /api/v1/agents/*: start investigations (202, queued) and list a package's investigations. */
export function agentRoutes(execute: Execute): Router {
  const router = Router();
  const run = <T>(res: Response, query: string, id: string) => execute<T>((res.locals.caller as Caller).session, (res.locals.caller as Caller).token, query, { id });

  const start = (kind: keyof typeof START_INVESTIGATION) => async (req: { params: { package_id: string } }, res: Response) => {
    const data = await run<{ started: { package: { id: string } } }>(res, START_INVESTIGATION[kind], req.params.package_id);
    const { package: pkg, ...investigation } = data.started;
    res.status(202).json(snakeKeys({ ...investigation, packageId: pkg.id }));
  };
  router.post('/agents/investigate/anomaly/:package_id', start('anomaly'));
  router.post('/agents/investigate/delay/:package_id', start('delay'));
  router.post('/agents/optimize/route/:package_id', start('route'));
  // The cohort route first: "predict" with no id is not a package.
  router.post('/agents/predict', json({ limit: '16kb' }), async (req, res) => {
    const caller = res.locals.caller as Caller;
    const data = await execute<{ started: { package: { id: string } }[] }>(caller.session, caller.token, START_COHORT_PREDICTIONS, cohortFromBody(req.body));
    res.status(202).json({ data: data.started.map(({ package: pkg, ...i }) => snakeKeys({ ...i, packageId: pkg.id })) });
  });
  router.post('/agents/predict/:package_id', start('prediction'));

  router.get('/agents/investigations/:package_id', async (req, res) => {
    const data = await run<{ package: { id: string; investigations: { package: { id: string } }[] } | null }>(res, PACKAGE_INVESTIGATIONS, req.params.package_id);
    if (!data.package) throw new RestError(404, 'NOT_FOUND', `Package ${req.params.package_id} was not found`);
    res.json({ data: data.package.investigations.map(({ package: pkg, ...i }) => snakeKeys({ ...i, packageId: pkg.id })) });
  });
  return router;
}
