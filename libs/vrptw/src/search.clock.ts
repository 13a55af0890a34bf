/** What a time budget counts: elapsed wall-clock time, or CPU time spent by this process (or thread, where Node can tell). */
export type BudgetClock = 'wall' | 'cpu';

/** Reading CPU time is a system call (about 1–7 µs here); below this much wall time the last reading is reused. */
const CPU_SAMPLE_MS = 1;

/**
 * Budget clock plus iteration count shared by the phases, so they split one budget. An optional
 * iteration cap makes a run independent of machine speed (reproducible for a given seed).
 *
 * `cpu` counts milliseconds of CPU time instead of wall time, so a budget means the same search effort on a
 * loaded machine as on an idle one (benchmarks on a shared machine). It reads `process.threadCpuUsage` where
 * Node has it (23.9+) and `process.cpuUsage` otherwise, which counts every thread of the process: on Node 20
 * use it only where the solver is the process's one busy thread (the bench, the CLI), not on a worker pool.
 */
export class SearchClock {
  iterations = 0;
  readonly startedAt: number;
  private readonly read: () => number;

  constructor(
    readonly maxIterations = Infinity,
    readonly kind: BudgetClock = 'wall',
  ) {
    this.read = kind === 'cpu' ? cpuMillis() : () => performance.now();
    this.startedAt = this.read();
  }

  now(): number {
    return this.read();
  }

  /** True once the deadline (on this clock) or the phase's iteration cap is reached. */
  expired(deadline: number, iterationCap = this.maxIterations): boolean {
    return this.iterations >= iterationCap || this.read() >= deadline;
  }
}

type CpuUsage = () => { user: number; system: number };

/** CPU milliseconds, re-read at most once per CPU_SAMPLE_MS of wall time: a step function, monotonic. */
function cpuMillis(): () => number {
  const proc = globalThis.process as (NodeJS.Process & { threadCpuUsage?: CpuUsage }) | undefined;
  if (proc === undefined) throw new Error('a CPU-time budget needs Node.js (process.cpuUsage)');
  const usage: CpuUsage = typeof proc.threadCpuUsage === 'function' ? proc.threadCpuUsage.bind(proc) : proc.cpuUsage.bind(proc);
  let sampledAt = -Infinity;
  let value = 0;
  return () => {
    const wall = performance.now();
    if (wall - sampledAt >= CPU_SAMPLE_MS) {
      const u = usage();
      value = (u.user + u.system) / 1000;
      sampledAt = wall;
    }
    return value;
  };
}
