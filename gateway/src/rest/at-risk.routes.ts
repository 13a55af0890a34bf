import { Router, type Request, type Response } from 'express';
import type { Caller } from './auth.middleware.js';
import { snakeKeys } from './case-mapping.js';
import type { Execute } from './graphql-executor.js';
import { AT_RISK_PACKAGES } from './operations.js';
import { RestError } from './rest-error.js';

type Query = Request['query'];

function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new RestError(400, 'BAD_REQUEST', `${name} must be given once`, { field: name });
  return value;
}

function list(query: Query, name: string): string[] | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((s) => s.trim()).filter(Boolean);
}

function number(query: Query, name: string): number | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) throw new RestError(400, 'BAD_REQUEST', `${name} must be a number`, { field: name });
  return value;
}

function flag(query: Query, name: string): boolean | undefined {
  const text = single(query, name);
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') throw new RestError(400, 'BAD_REQUEST', `${name} must be true or false`, { field: name });
  return text === 'true';
}

/** Query string → the GraphQL variables; ranges are the GraphQL field's to check (one place, one message). */
function variablesFromQuery(query: Query): Record<string, unknown> {
  const limit = number(query, 'limit');
  if (limit !== undefined && !Number.isInteger(limit)) throw new RestError(400, 'BAD_REQUEST', 'limit must be an integer', { field: 'limit' });
  const cursor = single(query, 'cursor');
  return {
    filter: {
      carrier: list(query, 'carrier'),
      facilityCode: list(query, 'facility_code'),
      serviceLevel: list(query, 'service_level')?.map((s) => s.toUpperCase()),
      minRisk: number(query, 'min_risk'),
      includeOverdue: flag(query, 'include_overdue'),
    },
    horizonHours: number(query, 'horizon_hours'),
    first: limit ?? 50,
    ...(cursor ? { after: cursor } : {}),
  };
}

interface AtRiskAnswer {
  atRiskPackages: { edges: { node: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number; partial: boolean };
}

/** GET /api/v1/packages/at-risk: packages most likely to miss their promise, ranked (atRiskPackages). */
export function atRiskRoutes(execute: Execute): Router {
  const router = Router();
  router.get('/packages/at-risk', async (req, res: Response) => {
    const caller = res.locals.caller as Caller;
    const data = await execute<AtRiskAnswer>(caller.session, caller.token, AT_RISK_PACKAGES, variablesFromQuery(req.query));
    const page = data.atRiskPackages;
    res.json({
      data: page.edges.map((e) => snakeKeys(e.node)),
      next_cursor: page.pageInfo.endCursor,
      has_more: page.pageInfo.hasNextPage,
      total_count: page.totalCount,
      partial: page.partial,
    });
  });
  return router;
}
