import type { RequestHandler } from 'express';
import { openApiDocument } from './openapi.js';
import { RestError } from './rest-error.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);

/** Each documented path as a pattern, literal paths first (`/packages/stats` before `/packages/{id}`). */
const ROUTES = Object.entries(openApiDocument.paths as Record<string, Record<string, unknown>>)
  .map(([path, item]) => ({
    pattern: new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}/?$`),
    params: (path.match(/\{/g) ?? []).length,
    methods: Object.keys(item).filter((m) => METHODS.has(m)).map((m) => m.toUpperCase()),
  }))
  .sort((a, b) => a.params - b.params);

/** The methods the API answers on a path (GET implies HEAD), or undefined for a path it does not have. */
export function allowedMethods(path: string): string[] | undefined {
  const route = ROUTES.find((r) => r.pattern.test(path));
  if (!route) return undefined;
  return route.methods.includes('GET') ? [...route.methods, 'HEAD'] : route.methods;
}

/**
 * Runs after every route: a known path asked with a method it lacks (PATCH on a PUT route) is 405 with
 * `Allow`, so the client learns what to send instead of guessing from a 404.
 */
export const methodNotAllowed: RequestHandler = (req, res) => {
  const allow = allowedMethods(req.path);
  if (!allow) throw new RestError(404, 'NOT_FOUND', `No route ${req.method} ${req.baseUrl}${req.path}`);
  res.setHeader('Allow', allow.join(', '));
  throw new RestError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not supported on ${req.baseUrl}${req.path}; use ${allow.join(', ')}`);
};
