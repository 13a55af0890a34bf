import { DEFAULT_DETECTION_THRESHOLDS, type DetectionContext, type DetectionThresholds } from './detection.types.js';

export function thresholdsOf(ctx: Pick<DetectionContext, 'thresholds'>): DetectionThresholds {
  return { ...DEFAULT_DETECTION_THRESHOLDS, ...ctx.thresholds };
}

/** Evidence numbers are rounded so findings compare equal across runs and read well. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function clamp01(value: number): number {
  return Math.min(0.99, Math.max(0.01, value));
}

/**
 * Confidence of a threshold breach: the trust in the threshold (deep history > thin history > floor) scaled
 * by how far past it we are, so a marginal breach on thin history is reported but not believed much.
 */
export function breachConfidence(observed: number, threshold: number, thin: boolean): number {
  const base = thin ? 0.6 : 0.9;
  const ratio = threshold > 0 ? observed / threshold : 2;
  const margin = Math.min(1, Math.max(0, ratio - 1));
  return round(clamp01(base * (0.7 + 0.3 * margin)));
}

export function formatHours(hours: number): string {
  return `${round(hours, 1).toFixed(1)} h`;
}

export function facilityLabel(code: string, ctx: Pick<DetectionContext, 'facilities'>): string {
  const facility = ctx.facilities.get(code);
  return facility ? `${facility.name} (${code})` : code;
}
