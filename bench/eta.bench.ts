/**
 * ETA accuracy on network shapes the model was not written around (known ground truth): at four cut-offs,
 * learn from what was delivered by then, predict every package in flight, and score p50 MAE and p90
 * coverage beside two naive predictors (the promised date; created + median door-to-door time).
 * Targets: coverage 0.85–0.95, MAE at least 30% below the best naive predictor, on every shape.
 *
 *   npm run bench -- eta [--packages 6000] [--seed 11] [--samples 1000]
 */
import { parseArgs } from 'node:util';
import { ETA_SHAPES, SHAPE_DESCRIPTIONS, evaluateShape, type EtaShape } from '@clearpath/analysis/testing/eta-shapes.js';
import type { EtaMetrics } from '@clearpath/analysis/eta';

const { values } = parseArgs({
  options: { packages: { type: 'string', default: '6000' }, seed: { type: 'string', default: '11' }, samples: { type: 'string', default: '1000' } },
});
const packages = Number(values.packages);
const seed = Number(values.seed);
const samples = Number(values.samples);
const spanDays = 60;
// The long-haul shape is sparse on purpose: a quarter of the packages over many more lanes.
const sizeOf = (shape: EtaShape): number => (shape === 'long-haul' ? Math.round(packages / 4) : packages);

const f = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const cell = (m: EtaMetrics): string => `${f(m.maeP50Hours, 1)} h / ${f(m.p90Coverage)}`;

console.log(`# ETA on four network shapes (seed ${seed}, ${spanDays} days, cut-offs at 60/70/80/90% of the span)\n`);
console.log('Command: `npm run bench -- eta' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '') + '`\n');
console.log('Cells: p50 MAE / share delivered by p90. Improvement: 1 − model MAE / best naive MAE (target ≥ 0.30).\n');
console.log('| shape | packages | in flight | ETA model | promised date | created + median door-to-door | improvement | targets met | seconds |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const shape of ETA_SHAPES) {
  const t0 = performance.now();
  const r = evaluateShape(shape, { seed, packageCount: sizeOf(shape), spanDays, samples });
  const met = r.model.p90Coverage >= 0.85 && r.model.p90Coverage <= 0.95 && r.improvement >= 0.3;
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `| ${shape} | ${sizeOf(shape)} | ${r.cases} | ${cell(r.model)} | ${cell(r.promised)} | ${cell(r.medianDoorToDoor)} | ${f(r.improvement)} | ${met ? 'yes' : 'NO'} | ${f(seconds, 1)} |`,
  );
}
console.log('\nShapes:\n');
for (const shape of ETA_SHAPES) console.log(`- \`${shape}\`: ${SHAPE_DESCRIPTIONS[shape]}`);
