import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectAnomalies, resolvedKeys, stillHolds } from './detect-anomalies.js';
import type { DetectionContext } from './detection.types.js';

const learned = learnedNetwork();
const ctxAt = (hours: number, extra: Partial<DetectionContext> = {}): DetectionContext => ({
  ...learned,
  facilities: TEST_FACILITIES,
  now: hoursAfter(T0, hours),
  ...extra,
});

/** Departed the Leipzig hub at T0 + 17 h, on the normal path to Munich. */
const inFlight = buildHistory({ id: 'normal', scans: NORMAL_ROUTE.slice(0, 7) });

describe('detectAnomalies', () => {
  it('finds nothing on a normal in-flight package', () => {
    expect(detectAnomalies(inFlight, ctxAt(18))).toEqual([]);
  });

  it('finds nothing on a normal delivered package, however much later', () => {
    const delivered = buildHistory({ id: 'delivered', scans: NORMAL_ROUTE });
    expect(detectAnomalies(delivered, ctxAt(24 * 30))).toEqual([]);
  });

  it('finds nothing on a normal package with a model ETA comfortably before the promise', () => {
    const eta = { p50: hoursAfter(T0, 36), p90: hoursAfter(T0, 42), onTimeProbability: 0.97, basis: 'model' };
    expect(detectAnomalies(inFlight, ctxAt(18, { eta }))).toEqual([]);
  });

  it('returns the same keys when re-run on the same events, so nothing is opened twice', () => {
    const first = detectAnomalies(inFlight, ctxAt(40));
    const second = detectAnomalies(inFlight, ctxAt(44));
    expect(first.map((f) => f.key)).toContain('NO_SCAN:normal-e7');
    expect(second.map((f) => f.key)).toEqual(first.map((f) => f.key));
    // Silence grew: the same finding escalates in place.
    const before = first.find((f) => f.type === 'NO_SCAN');
    const after = second.find((f) => f.type === 'NO_SCAN');
    expect(Number(after?.evidence.statistics['silenceHours'])).toBeGreaterThan(Number(before?.evidence.statistics['silenceHours']));
  });

  it('drops the key once the package recovers, so the caller can auto-resolve it', () => {
    const stuck = detectAnomalies(inFlight, ctxAt(40));
    expect(stuck.some((f) => f.key === 'NO_SCAN:normal-e7')).toBe(true);
    const recovered = buildHistory({
      id: 'normal',
      scans: [...NORMAL_ROUTE.slice(0, 7), { afterHours: 22, facility: 'DEP-MUC' }],
    });
    const current = detectAnomalies(recovered, ctxAt(40));
    expect(current.map((f) => f.key)).not.toContain('NO_SCAN:normal-e7');
    expect(resolvedKeys(['NO_SCAN:normal-e7'], current)).toEqual(['NO_SCAN:normal-e7']);
    expect(stillHolds({ key: 'NO_SCAN:normal-e7' }, inFlight, ctxAt(40))).toBe(true);
    expect(stillHolds({ key: 'NO_SCAN:normal-e7' }, recovered, ctxAt(40))).toBe(false);
  });

  it('is deterministic and JSON-safe', () => {
    const a = detectAnomalies(inFlight, ctxAt(60));
    expect(detectAnomalies(inFlight, ctxAt(60))).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    for (const finding of a) {
      expect(finding.confidence).toBeGreaterThan(0);
      expect(finding.confidence).toBeLessThanOrEqual(1);
    }
  });
});
