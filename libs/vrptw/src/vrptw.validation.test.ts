import { describe, expect, it } from 'vitest';
import { RoutingInputError, type RoutingInputErrorCode } from './routing-input.error.js';
import { tinyProblem } from './test-fixtures.js';
import { validateVrptwProblem } from './vrptw.validation.js';
import type { VrptwProblem } from './vrptw.types.js';

function codeOf(problem: VrptwProblem): RoutingInputErrorCode | undefined {
  try {
    validateVrptwProblem(problem);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(RoutingInputError);
    return (err as RoutingInputError).code;
  }
}

function withCustomer(patch: Partial<VrptwProblem['customers'][number]>): VrptwProblem {
  const p = tinyProblem();
  p.customers[0] = { ...p.customers[0]!, ...patch };
  return p;
}

describe('validateVrptwProblem', () => {
  it('accepts a valid problem', () => {
    expect(codeOf(tinyProblem())).toBeUndefined();
  });

  it('DEMAND_EXCEEDS_CAPACITY', () => {
    expect(codeOf(withCustomer({ demand: 11 }))).toBe('DEMAND_EXCEEDS_CAPACITY');
  });

  it('EMPTY_TIME_WINDOW for a customer and for the depot', () => {
    expect(codeOf(withCustomer({ readyTime: 30, dueTime: 20 }))).toBe('EMPTY_TIME_WINDOW');
    const p = tinyProblem();
    p.depot.readyTime = 200;
    expect(codeOf(p)).toBe('EMPTY_TIME_WINDOW');
  });

  it('UNREACHABLE_TIME_WINDOW when the due time is before the direct arrival', () => {
    expect(codeOf(withCustomer({ dueTime: 9 }))).toBe('UNREACHABLE_TIME_WINDOW');
  });

  it('UNREACHABLE_TIME_WINDOW when the vehicle cannot get back before the depot closes', () => {
    expect(codeOf(withCustomer({ x: 45, readyTime: 50, dueTime: 60, serviceTime: 10 }))).toBe('UNREACHABLE_TIME_WINDOW');
  });

  it('INVALID_INPUT for malformed data', () => {
    expect(codeOf(withCustomer({ x: Number.NaN }))).toBe('INVALID_INPUT');
    expect(codeOf(withCustomer({ demand: -1 }))).toBe('INVALID_INPUT');
    expect(codeOf(withCustomer({ id: 2 }))).toBe('INVALID_INPUT');
    expect(codeOf({ ...tinyProblem(), vehicles: { count: 0, capacity: 10 } })).toBe('INVALID_INPUT');
    expect(codeOf({ ...tinyProblem(), vehicles: { count: 2, capacity: 0 } })).toBe('INVALID_INPUT');
    expect(codeOf({ ...tinyProblem(), customers: 'nope' } as unknown as VrptwProblem)).toBe('INVALID_INPUT');
  });

  it('names the customer and carries it on the error', () => {
    try {
      validateVrptwProblem(withCustomer({ demand: 11 }));
    } catch (err) {
      expect((err as RoutingInputError).customerId).toBe(1);
      expect((err as Error).message).toMatch(/customer 1 demand 11 exceeds vehicle capacity 10/);
    }
  });
});
