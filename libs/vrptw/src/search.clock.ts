/**
 * Wall clock plus iteration count shared by the phases, so they split one budget. An optional
 * iteration cap makes a run independent of machine speed (reproducible for a given seed).
 */
export class SearchClock {
  iterations = 0;
  readonly startedAt: number;

  constructor(readonly maxIterations = Infinity) {
    this.startedAt = performance.now();
  }

  now(): number {
    return performance.now();
  }

  /** True once the wall-clock deadline or the phase's iteration cap is reached. */
  expired(deadline: number, iterationCap = this.maxIterations): boolean {
    return this.iterations >= iterationCap || performance.now() >= deadline;
  }
}
