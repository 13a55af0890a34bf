export type RerouteErrorCode = 'UNKNOWN_FACILITY' | 'UNREACHABLE_DESTINATION' | 'NO_COORDINATES';

/** Why no route could be proposed; `code` is stable for API clients. */
export class RerouteError extends Error {
  override readonly name = 'RerouteError';

  constructor(
    readonly code: RerouteErrorCode,
    message: string,
  ) {
    super(message);
  }
}
