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

const BODY_FIELDS = new Set(['carrier', 'facility_code', 'service_level', 'min_risk', 'include_overdue', 'horizon_hours', 'limit']);

/** POST /agents/predict body (the at-risk query's parameters as JSON) → investigateAtRisk variables. */
export function cohortFromBody(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) body = {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new RestError(400, 'BAD_REQUEST', 'Expected a JSON object body');
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).find((key) => !BODY_FIELDS.has(key));
  if (unknown) throw new RestError(400, 'BAD_REQUEST', `Unknown field ${unknown}`, { field: unknown });
  const strings = (name: string): string[] | undefined => {
    const value = b[name];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new RestError(400, 'BAD_REQUEST', `${name} must be an array of strings`, { field: name });
    return value as string[];
  };
  return {
    filter: {
      carrier: strings('carrier'),
      facilityCode: strings('facility_code'),
      serviceLevel: strings('service_level')?.map((s) => s.toUpperCase()),
      minRisk: b.min_risk,
      includeOverdue: b.include_overdue,
    },
    horizonHours: b.horizon_hours,
    first: b.limit ?? 10,
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
