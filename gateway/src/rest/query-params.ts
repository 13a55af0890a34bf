import type { Request } from 'express';
import { RestError } from './rest-error.js';

type Query = Request['query'];

const list = (value: unknown): string[] | undefined => {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  return items.map((s) => s.trim()).filter(Boolean);
};

const single = (query: Query, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new RestError(400, 'BAD_REQUEST', `${name} must be given once`);
  return value;
};

function date(query: Query, name: string): string | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (Number.isNaN(new Date(value).getTime())) throw new RestError(400, 'BAD_REQUEST', `${name} must be an ISO-8601 date`);
  return new Date(value).toISOString();
}

/** status, carrier, reason, facility (comma-separated or repeated), q, created_from, created_to → PackageFilter. */
export function filterFromQuery(query: Query): Record<string, unknown> {
  return {
    status: list(query.status)?.map((s) => s.toUpperCase()),
    reason: list(query.reason)?.map((s) => s.toUpperCase()),
    carrier: list(query.carrier),
    facility: list(query.facility),
    q: single(query, 'q'),
    createdFrom: date(query, 'created_from'),
    createdTo: date(query, 'created_to'),
  };
}

/** REST sort names: the GraphQL PackageSortField values in snake case. */
export const PACKAGE_SORTS: Record<string, string> = {
  created_at: 'CREATED_AT',
  updated_at: 'UPDATED_AT',
  tracking_number: 'TRACKING_NUMBER',
  status: 'STATUS',
  carrier: 'CARRIER',
  promised_delivery_at: 'PROMISED_DELIVERY_AT',
  last_event_at: 'LAST_EVENT_AT',
  current_facility: 'CURRENT_FACILITY',
};

/** limit (1–500, default 50), cursor, sort (a PACKAGE_SORTS name, default created_at), order=asc|desc. */
export function pageFromQuery(query: Query): { first: number; after?: string; sort: { field: string; direction: string } } {
  const limitText = single(query, 'limit');
  const first = limitText === undefined ? 50 : Number(limitText);
  if (!Number.isInteger(first) || first < 1 || first > 500) throw new RestError(400, 'BAD_REQUEST', 'limit must be an integer from 1 to 500');
  const sortName = single(query, 'sort') ?? 'created_at';
  const field = Object.hasOwn(PACKAGE_SORTS, sortName) ? PACKAGE_SORTS[sortName] : undefined;
  if (!field) throw new RestError(400, 'BAD_REQUEST', `sort must be one of ${Object.keys(PACKAGE_SORTS).join(', ')}`);
  const order = (single(query, 'order') ?? 'desc').toLowerCase();
  if (order !== 'asc' && order !== 'desc') throw new RestError(400, 'BAD_REQUEST', 'order must be asc or desc');
  const after = single(query, 'cursor');
  return { first, ...(after ? { after } : {}), sort: { field, direction: order.toUpperCase() } };
}
