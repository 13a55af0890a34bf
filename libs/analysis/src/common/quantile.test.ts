import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.js';

describe('quantile', () => {
  it('interpolates linearly between order statistics', () => {
    const sorted = [1, 2, 3, 4];
    expect(quantile(sorted, 0)).toBe(1);
    expect(quantile(sorted, 1)).toBe(4);
    expect(quantile(sorted, 0.5)).toBe(2.5);
    expect(quantile(sorted, 0.95)).toBeCloseTo(3.85, 10);
  });

  it('returns the only value of a single-element sample', () => {
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('matches the textbook p95 of 1..100', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.95)).toBeCloseTo(95.05, 10);
  });

  it('reads typed arrays such as sorted Monte Carlo draws', () => {
    expect(quantile(Float64Array.from([1, 2, 3, 4]), 0.5)).toBe(2.5);
  });

  it('rejects empty samples and q outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});
