/**
 * Root-cause accuracy on the labeled scenario suite (libs/analysis/src/testing/root-cause): situations with
 * a known cause planted among generated traffic on four network shapes, classified as an investigation
 * does. Prints the confusion matrix, accuracy per cause and a reliability table (confidence vs share right).
 * Targets (also a test on one seed): 90% overall, 80% per cause; findings at ~0.8 right about 80% of the time.
 * Seeds 1–5 by default: the confidence calibration (root-cause.calibration.ts) was fitted on seeds 101–105.
 *
 *   npm run bench -- rootcause [--seeds 5] [--per-cause 4] [--packages 1200]
 */
import { parseArgs } from 'node:util';
import { runSuite, SUITE_SHAPES, type SuiteCase } from '@clearpath/analysis/testing/root-cause/suite.js';
import { confusionMarkdown, reliabilityMarkdown, scoreSuite } from '@clearpath/analysis/testing/root-cause/scoring.js';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: '5' }, 'per-cause': { type: 'string', default: '4' }, packages: { type: 'string', default: '1200' } },
});
const seeds = Number(values.seeds);
const perCause = Number(values['per-cause']);
const packageCount = Number(values.packages);

const t0 = performance.now();
const cases: SuiteCase[] = [];
for (let seed = 1; seed <= seeds; seed++) cases.push(...runSuite({ seed, perCause, packageCount, spanDays: 30 }));
const seconds = (performance.now() - t0) / 1000;
const score = scoreSuite(cases);

console.log(`# Root cause on the labeled suite (${seeds} seeds × ${SUITE_SHAPES.length} shapes, ${packageCount} packages of traffic each)\n`);
console.log('Command: `npm run bench -- rootcause' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '') + '`\n');
const actionFailures = cases.filter((c) => c.actionProblems.length > 0);
console.log(`Situations: ${score.cases}; accuracy ${(100 * score.accuracy).toFixed(1)}%; ${seconds.toFixed(1)} s.`);
console.log(`Actions failing the checks (key action for the cause, no WAIT beside an intervention, no time already past): ${actionFailures.length}.\n`);
console.log('## Confusion matrix (rows: planted cause; columns: classified)\n');
console.log(confusionMarkdown(score));
console.log('\n## Reliability (confidence of the verdict vs share right)\n');
console.log(reliabilityMarkdown(score));
for (const c of actionFailures.slice(0, 10)) console.log(`- actions of ${c.packageId} (${c.predicted}): ${c.actionProblems.join('; ')}`);
const misses = cases.filter((c) => c.predicted !== c.label);
if (misses.length > 0) {
  console.log('\n## Misses by variant\n');
  const byVariant = new Map<string, number>();
  for (const c of misses) byVariant.set(`${c.label} (${c.variant}) → ${c.predicted}`, (byVariant.get(`${c.label} (${c.variant}) → ${c.predicted}`) ?? 0) + 1);
  for (const [k, n] of [...byVariant].sort((a, b) => b[1] - a[1])) console.log(`- ${k}: ${n}`);
}
console.log(`\nShapes: ${SUITE_SHAPES.join(', ')} (as bench/eta.bench.ts). Variants per cause: libs/analysis/src/testing/root-cause/situations.ts.`);
