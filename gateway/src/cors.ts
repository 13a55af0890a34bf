import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for browser clients on the allow-listed origins (CLEARPATH_CORS_ORIGINS). Preflights are answered
 * here, before authentication; an origin off the list gets no CORS header at all, so its browser refuses
 * the response, and credentials are only ever allowed together with an allowed origin.
 */
export function corsMiddleware(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  const handler = cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name'],
    exposedHeaders: ['Retry-After', 'Allow'],
    maxAge: 600,
  });
  return (req, res, next) => {
    // The answer depends on the Origin whether or not it is allowed: caches must key on it.
    res.vary('Origin');
    handler(req, res, next);
  };
}
