import { describe, expect, it } from 'vitest';
import { cdf, fromLogNormal, fromSamples, mixture, quantile, sampleRemaining } from './quantile-distribution.js';
import { SeededRandom } from '../common/seeded-random.js';

describe('quantile distributions', () => {
  it('round-trips quantile and cdf', () => {
    const d = fromLogNormal(4, 0.5);
    expect(quantile(d, 0.5)).toBeCloseTo(4, 5);
    expect(cdf(d, quantile(d, 0.9))).toBeCloseTo(0.9, 5);
  });

  it('samples the residual time conditional on time already spent', () => {
    const d = fromLogNormal(3, 0.6);
    const random = new SeededRandom(1);
    const elapsed = 5;
    // Rejection sampling as the reference: draws that exceed `elapsed`, minus `elapsed`.
    const reference: number[] = [];
    while (reference.length < 4000) {
      const x = quantile(d, random.next());
      if (x > elapsed) reference.push(x - elapsed);
    }
    const conditional = Array.from({ length: 4000 }, () => sampleRemaining(d, elapsed, random.next()));
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;
    expect(conditional.every((x) => x >= 0)).toBe(true);
    expect(median(conditional)).toBeCloseTo(median(reference), 0);
  });

  it('shrinks a few observations toward the prior', () => {
    const prior = fromLogNormal(10, 0.3);
    const few = mixture([
      { weight: 2 / 10, dist: fromSamples([2, 2.2]) },
      { weight: 8 / 10, dist: prior },
    ]);
    expect(quantile(few, 0.5)).toBeGreaterThan(8);
    expect(quantile(few, 0.1)).toBeLessThan(3);
  });
});
