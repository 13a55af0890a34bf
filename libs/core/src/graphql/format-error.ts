import type { GraphQLFormattedError } from 'graphql';
import { ERROR_STATUS, unavailableError } from '../errors.js';
import type { Logger } from '../logger.js';

/** Codes Apollo itself uses for client mistakes; anything else without a known code is a server fault. */
const CLIENT_CODES = new Set([
  ...Object.keys(ERROR_STATUS),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Apollo refuses some requests (a persisted-query hash that does not match its query, an unsupported
 * persisted-query version) with an HTTP 4xx status but no code: client mistakes, not server faults.
 */
function isUncodedRequestError(error: unknown): boolean {
  const extensions = (error as { extensions?: { code?: unknown; http?: { status?: unknown } } } | null)?.extensions;
  const status = extensions?.http?.status;
  return extensions?.code === undefined && typeof status === 'number' && status >= 400 && status < 500;
}

/** Keeps client-error messages, hides internals (logged with the original error instead). */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (isUncodedRequestError(error)) return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    const unavailable = unavailableError(error);
    if (unavailable) {
      logger.warn({ err: error, path: formatted.path }, 'database unavailable');
      return { message: unavailable.message, path: formatted.path, extensions: { code: unavailable.code } };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
