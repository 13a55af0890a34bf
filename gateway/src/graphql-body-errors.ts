import type { ErrorRequestHandler } from 'express';

/**
 * express.json() refuses a malformed or oversized body before Apollo sees the request; Express then
 * answered with its HTML error page (a stack trace included). GraphQL clients get a GraphQL error instead.
 */
export const graphqlBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const { type, status } = error as { type?: string; status?: number };
  if (res.headersSent || !status || status < 400 || status >= 500) return next(error);
  const tooLarge = type === 'entity.too.large';
  const message = tooLarge ? 'The request body is too large' : type === 'entity.parse.failed' ? 'The request body is not valid JSON' : 'The request body cannot be read';
  res.status(status).json({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
};
