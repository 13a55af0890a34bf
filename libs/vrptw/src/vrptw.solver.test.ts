import { describe, expect, it } from 'vitest';
import { buildGeoProblem } from './geo.problem.js';
import { RoutingInputError } from './routing-input.error.js';
import { checkSolution } from './solution.checker.js';
import { c101First25, tinyProblem } from './test-fixtures.js';
import { solveVrptw } from './vrptw.solver.js';

/** Optimum of C101 with 25 customers: 3 vehicles, 191.3 with one-decimal distances, 191.81 unrounded. */
const C101_25_OPTIMUM = 191.81;

describe('solveVrptw', () => {
  it('solves C101.25 to a feasible 3-vehicle solution within 1 % of the optimum', () => {
    const problem = c101First25();
    const solution = solveVrptw(problem, { timeLimitMs: 1500, seed: 7 });
    const check = checkSolution(problem, solution);
    expect(check.violations).toEqual([]);
    expect(solution.vehicles).toBe(3);
    expect(solution.fleetExceeded).toBe(false);
    expect(solution.distance).toBeLessThanOrEqual(C101_25_OPTIMUM * 1.01);
  });

  it('is deterministic for a seed when the iteration cap binds', () => {
    const problem = c101First25();
    const a = solveVrptw(problem, { timeLimitMs: 60_000, seed: 3, maxIterations: 300 });
    const b = solveVrptw(problem, { timeLimitMs: 60_000, seed: 3, maxIterations: 300 });
    expect(a.routes).toEqual(b.routes);
    expect(a.stats.iterations).toBe(300);
  });

  it('returns a feasible plan flagged fleetExceeded when the fleet is too small', () => {
    const problem = { ...tinyProblem(), vehicles: { count: 1, capacity: 10 } };
    const solution = solveVrptw(problem, { timeLimitMs: 200 });
    expect(solution.fleetExceeded).toBe(true);
    expect(solution.vehicles).toBe(2);
    expect(checkSolution(problem, solution).violations.map((v) => v.kind)).toEqual(['FLEET_SIZE']);
  });

  it('handles a problem without customers', () => {
    const solution = solveVrptw({ ...tinyProblem(), customers: [] }, { timeLimitMs: 50 });
    expect(solution).toMatchObject({ vehicles: 0, distance: 0, routes: [], fleetExceeded: false });
  });

  it('validates input before solving', () => {
    const problem = tinyProblem();
    problem.customers[0]!.demand = 99;
    expect(() => solveVrptw(problem, { timeLimitMs: 50 })).toThrow(RoutingInputError);
  });

  it('stays within the time limit', () => {
    const started = performance.now();
    solveVrptw(c101First25(), { timeLimitMs: 300 });
    expect(performance.now() - started).toBeLessThan(450);
  });

  it('spends a CPU-time budget as CPU time when budgetClock is cpu', () => {
    const before = process.cpuUsage();
    const solution = solveVrptw(c101First25(), { timeLimitMs: 300, budgetClock: 'cpu' });
    const spent = process.cpuUsage(before);
    const cpuMs = (spent.user + spent.system) / 1000;
    expect(solution.stats.budgetClock).toBe('cpu');
    expect(solution.stats.elapsedMs).toBeGreaterThanOrEqual(300);
    expect(cpuMs).toBeGreaterThanOrEqual(295);
    expect(cpuMs).toBeLessThan(450);
  });
});

describe('buildGeoProblem', () => {
  it('projects lat/lon so that distances are driving minutes', () => {
    // 0.1 degree of latitude is ~11.12 km; at 60 km/h that is ~11.12 minutes.
    const { problem, kmPerUnit } = buildGeoProblem({
      depot: { lat: 52.0, lon: 4.0, readyTime: 0, dueTime: 600 },
      vehicles: { count: 1, capacity: 10 },
      stops: [{ id: 'a', lat: 52.1, lon: 4.0, demand: 1, readyTime: 0, dueTime: 600, serviceTime: 5 }],
      speedKmh: 60,
    });
    const solution = solveVrptw(problem, { timeLimitMs: 50 });
    expect(solution.routes).toEqual([['a']]);
    expect(solution.distance).toBeCloseTo(2 * 11.1195, 3);
    expect(kmPerUnit).toBe(1);
  });
});

describe('objectives', () => {
  it('DISTANCE finds a plan no longer than VEHICLES_THEN_DISTANCE (vehicles are free)', () => {
    const problem = c101First25();
    const vehiclesFirst = solveVrptw(problem, { timeLimitMs: 60_000, maxIterations: 3000, seed: 2 });
    const distance = solveVrptw(problem, { timeLimitMs: 60_000, maxIterations: 3000, seed: 2, objective: 'DISTANCE' });
    expect(checkSolution(problem, distance).violations).toEqual([]);
    expect(distance.distance).toBeLessThanOrEqual(vehiclesFirst.distance + 1e-9);
    expect(distance.cost).toBe(distance.distance);
  });

  it('prices vehicles with vehicleCost under DISTANCE', () => {
    const problem = { ...tinyProblem(), vehicles: { count: 3, capacity: 10 } };
    const free = solveVrptw(problem, { timeLimitMs: 60_000, maxIterations: 500, objective: 'DISTANCE' });
    const priced = solveVrptw(problem, { timeLimitMs: 60_000, maxIterations: 500, objective: 'DISTANCE', vehicleCost: 1000 });
    expect(priced.vehicles).toBe(2);
    expect(priced.cost).toBeCloseTo(priced.distance + 2000, 9);
    expect(free.cost).toBe(free.distance);
  });

  it.each([
    [{ objective: 'CHEAPEST' as never }, /objective must be one of/],
    [{ vehicleCost: -1 }, /vehicleCost must be/],
    [{ vehicleCost: Number.NaN }, /vehicleCost must be/],
    [{ budgetClock: 'gpu' as never }, /budgetClock must be one of/],
  ])('rejects bad options %o with INVALID_INPUT', (options, message) => {
    const run = () => solveVrptw(tinyProblem(), { timeLimitMs: 50, ...options });
    expect(run).toThrow(message);
    expect(run).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
