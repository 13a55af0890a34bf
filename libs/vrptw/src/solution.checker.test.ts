import { describe, expect, it } from 'vitest';
import { checkSolution, type ViolationKind } from './solution.checker.js';
import { tinyProblem } from './test-fixtures.js';
import type { CustomerId } from './vrptw.types.js';

function kinds(routes: CustomerId[][], claims: { distance?: number; vehicles?: number } = {}, patch?: (p: ReturnType<typeof tinyProblem>) => void): ViolationKind[] {
  const problem = tinyProblem();
  patch?.(problem);
  return checkSolution(problem, { routes, ...claims }).violations.map((v) => v.kind);
}

describe('checkSolution', () => {
  it('accepts a feasible solution and recomputes its distance', () => {
    const result = checkSolution(tinyProblem(), { routes: [[1, 2], [3]] });
    expect(result.feasible).toBe(true);
    expect(result.vehicles).toBe(2);
    expect(result.distance).toBeCloseTo(40 + 60, 10);
  });

  it('catches a missing customer', () => {
    expect(kinds([[1, 2]])).toEqual(['MISSING_CUSTOMER']);
  });

  it('catches a customer served twice', () => {
    expect(kinds([[1, 2], [3, 1]])).toContain('DUPLICATE_CUSTOMER');
  });

  it('catches an unknown customer', () => {
    expect(kinds([[1, 2], [3, 99]])).toContain('UNKNOWN_CUSTOMER');
  });

  it('catches a capacity overflow', () => {
    expect(kinds([[1, 2, 3]])).toEqual(['CAPACITY']);
  });

  it('catches a late service start', () => {
    // 3 first (t=30, leaves 35), then 2 at t=45 > due 40.
    expect(kinds([[3, 2], [1]])).toEqual(['TIME_WINDOW']);
  });

  it('catches a late return to the depot', () => {
    expect(kinds([[1, 2], [3]], {}, (p) => (p.depot.dueTime = 60))).toEqual(['DEPOT_RETURN']);
  });

  it('catches more routes than vehicles', () => {
    expect(kinds([[1], [2], [3]])).toEqual(['FLEET_SIZE']);
  });

  it('catches a wrong claimed distance or vehicle count', () => {
    expect(kinds([[1, 2], [3]], { distance: 99, vehicles: 3 })).toEqual(['VEHICLE_COUNT_MISMATCH', 'DISTANCE_MISMATCH']);
  });
});
