import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from './quantile.js';

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

  it('rejects empty samples and q outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts, ignores non-finite values and reports count, quantiles and mean', () => {
    const d = summarize([5, 1, Number.NaN, 3, Number.POSITIVE_INFINITY]);
    expect(d).toEqual({ count: 3, min: 1, p10: 1.4, p50: 3, p90: 4.6, p95: 4.8, max: 5, mean: 3 });
  });

  it('is null for an empty sample', () => {
    expect(summarize([])).toBeNull();
    expect(median([])).toBeNull();
  });
});
