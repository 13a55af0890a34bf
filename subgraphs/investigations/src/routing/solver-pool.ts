import { ServiceBusyError } from '@clearpath/core';
import { Piscina } from 'piscina';
import type { VrptwProblem, VrptwSolution, VrptwSolveOptions } from '@clearpath/vrptw';

export interface SolverPool {
  /** Solves on a worker thread; throws ServiceBusyError when every worker is busy and the queue is full. */
  solve(problem: VrptwProblem, options: VrptwSolveOptions): Promise<VrptwSolution>;
  close(): Promise<void>;
}

/**
 * Built, this module sits beside vrptw.worker.js; from TypeScript sources (vitest, tsx) beside
 * vrptw.worker.ts, which the worker loads through tsx, as bench/ starts its TypeScript children, and with the
 * "source" condition so it imports @clearpath/vrptw from source too (workers do not inherit it).
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(FROM_SOURCE ? './vrptw.worker.ts' : './vrptw.worker.js', import.meta.url).href;

/**
 * Route solving is CPU-bound for up to 30 s per request; a bounded pool keeps it off the event loop and
 * a bounded queue turns overload into "busy, retry" instead of an ever-growing backlog. Admission is counted
 * here (running + waiting), not left to piscina, whose queue limit also refuses work while threads start.
 */
export function createSolverPool(options: { workers: number; queue: number }): SolverPool {
  const pool = new Piscina({
    filename: WORKER,
    minThreads: 0,
    maxThreads: options.workers,
    idleTimeout: 60_000,
    ...(FROM_SOURCE ? { execArgv: ['--conditions=source', '--import', 'tsx'] } : {}),
  });
  let admitted = 0;
  return {
    async solve(problem, solveOptions) {
      if (admitted >= options.workers + options.queue) {
        // A job like this one frees a worker within its time limit.
        const retryAfterSeconds = Math.max(1, Math.ceil(solveOptions.timeLimitMs / 1000));
        throw new ServiceBusyError(`Route solving is at capacity (${options.workers} running, ${options.queue} queued); retry in ${retryAfterSeconds} s`, retryAfterSeconds);
      }
      admitted += 1;
      try {
        return (await pool.run({ problem, options: solveOptions })) as VrptwSolution;
      } finally {
        admitted -= 1;
      }
    },
    close: () => pool.destroy(),
  };
}
