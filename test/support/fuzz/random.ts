/** A seeded PRNG (mulberry32): the same seed generates the same cases, so any failure can be replayed. */
export class Random {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }
}

/** FUZZ_SEED replays a run; unset, a fixed seed keeps CI deterministic (FUZZ_SEED=random explores). */
export function fuzzSeed(fallback: number): number {
  const configured = process.env.FUZZ_SEED;
  if (!configured) return fallback;
  if (configured === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(configured);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", got ${configured}`);
  return seed;
}

/** FUZZ_CASES scales the run (cases per operation). */
export function fuzzCases(fallback: number): number {
  const configured = Number(process.env.FUZZ_CASES);
  return Number.isInteger(configured) && configured > 0 ? configured : fallback;
}
