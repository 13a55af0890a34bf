import { SeededRandom } from '@clearpath/analysis/common';

/** The project's seeded PRNG, remembering its seed: the same seed generates the same cases, so any failure can be replayed. */
export class Random extends SeededRandom {
  constructor(readonly seed: number) {
    super(seed);
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
