/**
 * Expected failures carry a stable code. One table maps codes to HTTP statuses so GraphQL extensions
 * and REST responses never disagree.
 */
export const ERROR_STATUS = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  QUERY_TOO_COMPLEX: 400,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  TOO_MANY_TOKENS: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  SUBSCRIPTION_REQUIRES_WEBSOCKET: 400,
  HISTORY_EXPIRED: 410,
  ASK_QUERY_REJECTED: 422,
  LLM_NOT_CONFIGURED: 501,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
  SERVICE_BUSY: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** graphql-js copies an original error's extensions onto the GraphQLError, so the code reaches clients. */
  get extensions(): Record<string, unknown> {
    return { code: this.code, ...(this.details ? { details: this.details } : {}) };
  }
}

/** Capacity is taken right now (a full queue): the client should retry after the given delay. */
export class ServiceBusyError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('SERVICE_BUSY', message);
  }

  override get extensions(): Record<string, unknown> {
    return { code: this.code, retryAfterSeconds: this.retryAfterSeconds };
  }
}

export const notFound = (what: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)} was not found`);

export const badInput = (message: string, details?: Record<string, unknown>): AppError =>
  new AppError('BAD_USER_INPUT', message, details);

export function statusForCode(code: unknown): number {
  return typeof code === 'string' && code in ERROR_STATUS ? ERROR_STATUS[code as ErrorCode] : 500;
}

/** node-postgres and socket failures that mean "the database cannot be reached now", not a bug. */
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', '57P01', '57P02', '57P03']);
const UNREACHABLE_MESSAGES = /Connection terminated|connection timeout|Client has encountered a connection error|terminating connection/i;

/**
 * The database being down (stopped, restarting, unreachable) as a SERVICE_UNAVAILABLE AppError (503 and a
 * GraphQL code clients can retry on), or undefined for any other error. Follows originalError and cause.
 */
export function unavailableError(error: unknown): AppError | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 8; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if ((typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) || (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message))) {
      return new AppError('SERVICE_UNAVAILABLE', 'The database is unavailable right now: nothing was written; retry shortly');
    }
    e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
  }
  return undefined;
}
