import type { ErrorRequestHandler } from 'express';
import { AppError, ServiceBusyError, statusForCode, unavailableError, type Logger } from '@clearpath/core';

/** Error bodies are always {"error":{"code","message"}} (plus details when there are any). */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function restErrorHandler(logger: Logger): ErrorRequestHandler {
  return (caught: unknown, _req, res, _next) => {
    const error = unavailableError(caught) ?? caught;
    // A streamed response (export) that fails midway can only be cut off.
    if (res.headersSent) {
      logger.error({ err: error }, 'error after response started');
      res.destroy();
      return;
    }
    const body = (status: number, code: string, message: string, details?: unknown) =>
      res.status(status).json({ error: { code, message, ...(details === undefined ? {} : { details }) } });
    if ((error instanceof RestError || error instanceof AppError) && error.code === 'SERVICE_UNAVAILABLE') res.set('Retry-After', '5');
    if (error instanceof RestError) return body(error.status, error.code, error.message, error.details);
    if (error instanceof ServiceBusyError) res.set('Retry-After', String(error.retryAfterSeconds));
    if (error instanceof AppError) return body(error.status, error.code, error.message, error.details);
    // body-parser errors carry a status and a type
    const parserError = error as { status?: number; type?: string; message?: string };
    if (parserError.type === 'entity.too.large') return body(413, 'PAYLOAD_TOO_LARGE', 'Request body too large');
    if (parserError.type === 'entity.parse.failed') return body(400, 'BAD_REQUEST', 'Malformed JSON body');
    if (parserError.status && parserError.status >= 400 && parserError.status < 500) {
      return body(parserError.status, 'BAD_REQUEST', parserError.message ?? 'Bad request');
    }
    logger.error({ err: error }, 'unhandled REST error');
    return body(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** The status for a GraphQL error code; GraphQL validation failures are client errors. */
export function statusForGraphQLCode(code: unknown): number {
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') return 400;
  return statusForCode(code);
}
