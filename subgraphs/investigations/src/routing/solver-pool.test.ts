import { ServiceBusyError } from '@clearpath/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createSolverPool } from './solver-pool.js';
import { buildGeoProblem } from '@clearpath/vrptw';

const { problem } = buildGeoProblem({
  depot: { lat: 52.5, lon: 13.4, readyTime: 0, dueTime: 600 },
  vehicles: { count: 3, capacity: 10 },
  speedKmh: 25,
  stops: Array.from({ length: 10 }, (_, i) => ({ id: `S${i}`, lat: 52.5 + 0.01 * i, lon: 13.4, demand: 1, serviceTime: 5, readyTime: 0, dueTime: 600 })),
});

describe('solver pool', () => {
  const pool = createSolverPool({ workers: 2, queue: 0 });
  afterAll(() => pool.close());

  it('solves on as many threads as configured at once, even from a cold start, and refuses the rest as busy', async () => {
    const finishedAt: number[] = [];
    const solve = () => pool.solve(problem, { timeLimitMs: 3000, seed: 1 }).then((solution) => (finishedAt.push(Date.now()), solution));
    const results = await Promise.allSettled([solve(), solve(), solve()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toBeInstanceOf(ServiceBusyError);
    expect((refused?.reason as ServiceBusyError).retryAfterSeconds).toBe(3);
    // Two 3 s solves side by side finish together; one after the other they would finish 3 s apart.
    expect(Math.abs(finishedAt[1]! - finishedAt[0]!)).toBeLessThan(1500);
    // Capacity is back once they finish.
    await expect(pool.solve(problem, { timeLimitMs: 100, seed: 1 })).resolves.toMatchObject({ vehicles: expect.any(Number) });
  });
});
