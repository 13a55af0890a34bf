import { Router, json, type Response } from 'express';
import type { Execute } from './graphql-executor.js';
import type { Caller } from './auth.middleware.js';
import { camelKeys, snakeKeys } from './case-mapping.js';
import { CREATE_PACKAGE, DELETE_PACKAGE, GET_PACKAGE, LIST_PACKAGES, PACKAGE_STATS, UPDATE_PACKAGE } from './operations.js';
import { RestError } from './rest-error.js';
import { filterFromQuery, pageFromQuery } from './query-params.js';

interface PackageConnection {
  packages: {
    edges: { node: unknown }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
    totalCountEstimated?: boolean;
  };
}

const caller = (res: Response): Caller => res.locals.caller as Caller;

function requireObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RestError(400, 'BAD_REQUEST', 'Expected a JSON object body');
  }
  return body as Record<string, unknown>;
}

export function packageRoutes(execute: Execute): Router {
  const router = Router();
  const run = <T>(res: Response, query: string, variables?: Record<string, unknown>) =>
    execute<T>(caller(res).session, caller(res).token, query, variables);

  router.get('/packages', async (req, res) => {
    const page = pageFromQuery(req.query);
    const data = await run<PackageConnection>(res, LIST_PACKAGES, {
      filter: filterFromQuery(req.query),
      ...page,
      withCount: req.query.count !== 'false',
      exactCount: req.query.count === 'exact',
    });
    res.json({
      data: data.packages.edges.map((e) => snakeKeys(e.node)),
      next_cursor: data.packages.pageInfo.endCursor,
      has_more: data.packages.pageInfo.hasNextPage,
      ...(data.packages.totalCount === undefined ? {} : { total_count: data.packages.totalCount, total_count_estimated: data.packages.totalCountEstimated }),
    });
  });

  router.get('/packages/stats', async (req, res) => {
    const data = await run<{ packageStats: unknown }>(res, PACKAGE_STATS, { filter: filterFromQuery(req.query) });
    res.json(snakeKeys(data.packageStats));
  });

  router.post('/packages', json({ limit: '64kb' }), async (req, res) => {
    const data = await run<{ createPackage: unknown }>(res, CREATE_PACKAGE, { input: camelKeys(requireObject(req.body)) });
    res.status(201).json(snakeKeys(data.createPackage));
  });

  router.get('/packages/:id', async (req, res) => {
    const data = await run<{ package: unknown }>(res, GET_PACKAGE, { id: req.params.id });
    if (!data.package) throw new RestError(404, 'NOT_FOUND', `Package ${req.params.id} was not found`);
    res.json(snakeKeys(data.package));
  });

  router.put('/packages/:id', json({ limit: '64kb' }), async (req, res) => {
    const data = await run<{ updatePackage: unknown }>(res, UPDATE_PACKAGE, {
      id: req.params.id,
      input: camelKeys(requireObject(req.body)),
    });
    res.json(snakeKeys(data.updatePackage));
  });

  router.delete('/packages/:id', async (req, res) => {
    const data = await run<{ deletePackage: unknown }>(res, DELETE_PACKAGE, { id: req.params.id });
    res.json(snakeKeys(data.deletePackage));
  });

  return router;
}
