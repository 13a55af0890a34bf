import { describe, expect, it } from 'vitest';
import { ETA_SHAPES, evaluateShape, type EtaShape } from '../testing/eta-shapes.js';

/**
 * The ETA targets on every network shape of the benchmark (bench/eta.bench.ts), smaller and seeded:
 * p90 coverage 0.85–0.95 and p50 MAE at least 30% below the best naive predictor. A few hundred cases
 * per shape, so coverage gets a ±0.05 margin for sampling noise; the MAE target is kept as is.
 */
const SIZE: Record<EtaShape, number> = { 'hubs-only': 800, 'hub-and-spoke': 800, 'long-haul': 500, disruption: 800 };

describe.each(ETA_SHAPES)('ETA on the %s network', (shape) => {
  it('is calibrated and beats both naive predictors by 30%', () => {
    const result = evaluateShape(shape, { seed: 21, packageCount: SIZE[shape], spanDays: 40, samples: 300 });
    expect(result.cases).toBeGreaterThan(80);
    expect(result.model.p90Coverage).toBeGreaterThanOrEqual(0.8);
    expect(result.model.p90Coverage).toBeLessThanOrEqual(0.97);
    expect(result.improvement).toBeGreaterThanOrEqual(0.3);
  });
});
