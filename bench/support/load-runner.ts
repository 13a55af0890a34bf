export interface LoadResult {
  latenciesMs: number[];
  elapsedMs: number;
  /** Requests completed per second of wall time. */
  perSecond: number;
  /** True when the time limit stopped the run before every request was sent. */
  truncated: boolean;
}

export interface LoadOptions {
  requests: number;
  concurrency: number;
  /** Stop starting new requests after this long (keeps a slow scenario bounded). */
  maxMs?: number;
}

/**
 * Runs `requests` calls of `task(i)` with at most `concurrency` in flight and records each latency.
 * Bounded in count and (optionally) time; any failure aborts the run.
 */
export async function runLoad(task: (i: number) => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let next = 0;
  let truncated = false;
  const started = performance.now();
  const deadline = options.maxMs === undefined ? Infinity : started + options.maxMs;
  async function worker(): Promise<void> {
    while (next < options.requests) {
      if (performance.now() > deadline) {
        truncated = true;
        return;
      }
      const i = next++;
      const t0 = performance.now();
      await task(i);
      latenciesMs.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  const elapsedMs = performance.now() - started;
  return { latenciesMs, elapsedMs, perSecond: (latenciesMs.length * 1000) / elapsedMs, truncated };
}
