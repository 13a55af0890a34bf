import { describe, expect, it } from 'vitest';
import { runSuite, SUITE_CAUSES } from '../testing/root-cause/suite.js';
import { scoreSuite } from '../testing/root-cause/scoring.js';

// The labeled suite on four network shapes (one seed, small traffic); `npm run bench -- rootcause` runs more seeds.
describe('root-cause suite', () => {
  const cases = runSuite({ seed: 3, perCause: 3, packageCount: 400, spanDays: 30 });
  const score = scoreSuite(cases);

  it('plants at least 10 situations of every cause, NONE_FOUND controls included', () => {
    for (const cause of SUITE_CAUSES) expect(score.perCause[cause].cases, cause).toBeGreaterThanOrEqual(10);
    expect(cases.some((c) => c.variant.endsWith('-at-congested-facility'))).toBe(true);
  });

  it('is right on at least 90% overall and 80% of every cause', () => {
    expect(score.accuracy).toBeGreaterThanOrEqual(0.9);
    for (const cause of SUITE_CAUSES) expect(score.perCause[cause].accuracy, cause).toBeGreaterThanOrEqual(0.8);
  });

  it('calls a customs hold or a storm at a congested facility by the package’s own reason', () => {
    const combos = cases.filter((c) => c.variant.endsWith('-at-congested-facility'));
    expect(combos.filter((c) => c.predicted === c.label).length / combos.length).toBeGreaterThanOrEqual(0.8);
  });

  it('recommends actions that follow from the cause, never contradict each other and never name a past time', () => {
    expect(cases.filter((c) => c.actionProblems.length > 0).map((c) => `${c.packageId}: ${c.actionProblems.join('; ')}`)).toEqual([]);
  });

  it('reports confident verdicts that are mostly right, and less confidence where it is wrong', () => {
    const confident = cases.filter((c) => c.confidence >= 0.85);
    expect(confident.filter((c) => c.predicted === c.label).length / confident.length).toBeGreaterThanOrEqual(0.85);
    const wrong = cases.filter((c) => c.predicted !== c.label);
    const mean = (xs: readonly { confidence: number }[]) => xs.reduce((s, c) => s + c.confidence, 0) / Math.max(1, xs.length);
    if (wrong.length > 0) expect(mean(wrong)).toBeLessThan(mean(cases));
  });

  it('is deterministic for a seed', () => {
    expect(runSuite({ seed: 3, perCause: 3, packageCount: 400, spanDays: 30, shapes: ['hubs-only'] })).toEqual(cases.filter((c) => c.shape === 'hubs-only'));
  });
});
