import { describe, expect, it } from 'vitest';
import { summarize } from './duration-summary.js';
import { resolveThreshold } from './thresholds.js';

const sample = (n: number, value: number) => summarize(Array.from({ length: n }, () => value));

describe('resolveThreshold', () => {
  it('uses the specific p95 when history is deep enough, even below the floor', () => {
    const t = resolveThreshold([{ basis: 'lane A->B', distribution: sample(25, 6) }], { minSamples: 20, floorHours: 24 });
    expect(t).toMatchObject({ hours: 6, basis: 'lane A->B', samples: 25, thin: false });
  });

  it('falls back to max(floor, prior) when the specific history is thin', () => {
    const candidates = [
      { basis: 'lane A->B', distribution: sample(3, 2) },
      { basis: 'facility A', distribution: sample(10, 40) },
      { basis: 'network', distribution: sample(50, 30) },
    ];
    const t = resolveThreshold(candidates, { minSamples: 20, floorHours: 24 });
    // facility A is thin too, so the first deep prior is the network.
    expect(t).toMatchObject({ hours: 30, basis: 'prior: network', samples: 3, observedHours: 2, thin: true });
  });

  it('uses the floor when no history is deep and the thin quantile is lower', () => {
    const t = resolveThreshold([{ basis: 'lane A->B', distribution: sample(2, 5) }], { minSamples: 20, floorHours: 24 });
    expect(t).toMatchObject({ hours: 24, basis: 'floor', thin: true });
  });

  it('lets a slow thin history raise the threshold above the floor', () => {
    const t = resolveThreshold([{ basis: 'lane A->B', distribution: sample(4, 100) }], { minSamples: 20, floorHours: 24 });
    expect(t).toMatchObject({ hours: 100, basis: 'lane A->B (thin)' });
  });

  it('handles missing distributions and applies the always-on minimum', () => {
    expect(resolveThreshold([{ basis: 'lane', distribution: null }], { minSamples: 20, floorHours: 24 })).toMatchObject({
      hours: 24,
      samples: 0,
      observedHours: null,
    });
    const deep = resolveThreshold([{ basis: 'lane', distribution: sample(30, 0.2) }], {
      minSamples: 20,
      floorHours: 24,
      minimumHours: 2,
    });
    expect(deep).toMatchObject({ hours: 2, basis: 'minimum' });
  });
});
