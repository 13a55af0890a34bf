import { describe, expect, it } from 'vitest';
import { median, summarize } from './duration-summary.js';

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
