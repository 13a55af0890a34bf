export type RoutingInputErrorCode =
  | 'INVALID_INPUT'
  | 'DEMAND_EXCEEDS_CAPACITY'
  | 'EMPTY_TIME_WINDOW'
  | 'UNREACHABLE_TIME_WINDOW';

/** Raised for problems no route plan can satisfy; `code` is stable so API layers can map it. */
export class RoutingInputError extends Error {
  override readonly name = 'RoutingInputError';

  constructor(
    readonly code: RoutingInputErrorCode,
    message: string,
    readonly customerId?: number | string,
  ) {
    super(message);
  }
}
