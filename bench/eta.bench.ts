/**
 * ETA benchmark on the simulated network (known ground truth): train on what was delivered before
 * each cut-off, predict every package in flight at the cut-off, score against the true delivery time.
 *
 *   npx tsx --conditions=source bench/eta.bench.ts [--packages 20000] [--seed 11]
 */
import { parseArgs } from 'node:util';
import {
  estimateNetworkConditions,
  learnEtaModel,
  predictEta,
  scoreCases,
  type EtaMetrics,
  type ScoredCase,
} from '@clearpath/analysis/eta';
import { packagesAsOf, simulateNetwork } from '@clearpath/analysis/simulation';
import type { PackageHistory } from '@clearpath/analysis';

const { values } = parseArgs({
  options: { packages: { type: 'string', default: '20000' }, seed: { type: 'string', default: '11' }, samples: { type: 'string', default: '1000' } },
});
const packageCount = Number(values.packages);
const seed = Number(values.seed);
const samples = Number(values.samples);
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const start = new Date('2025-03-03T00:00:00Z');
const spanDays = 60;
const cutoffDays = [36, 42, 48, 54];

const t0 = performance.now();
// `now` well past the span so every journey is complete: ground truth for all packages.
const sim = simulateNetwork({ seed, packageCount, start, spanDays, now: new Date(start.getTime() + (spanDays + 20) * DAY_MS) });
const simulateMs = performance.now() - t0;
const truthById = new Map(sim.journeys.map((j) => [j.package.id, j.truth]));
const inFlight = (p: PackageHistory): boolean => !['DELIVERED', 'RETURNED', 'CANCELLED'].includes(p.status);

interface Row {
  label: string;
  cases: number;
  model: EtaMetrics;
  withConditions: EtaMetrics;
  promiseBaseline: EtaMetrics;
  medianBaseline: EtaMetrics;
  trainMs: number;
  predictMsPerPackage: number;
}

const quantileOf = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const rows: Row[] = [];
const all = { model: [] as ScoredCase[], withConditions: [] as ScoredCase[], promise: [] as ScoredCase[], median: [] as ScoredCase[] };

for (const day of cutoffDays) {
  const now = new Date(start.getTime() + day * DAY_MS);
  const snapshot = packagesAsOf(sim.journeys, now);
  const delivered = snapshot.filter((p) => p.status === 'DELIVERED');
  const flying = snapshot.filter(inFlight);
  const tTrain = performance.now();
  const model = learnEtaModel(delivered, sim.facilities, { trainedAt: now });
  const trainMs = performance.now() - tTrain;
  const conditions = estimateNetworkConditions(model, snapshot.filter((p) => p.events.at(-1)!.occurredAt.getTime() > now.getTime() - 2 * DAY_MS), sim.facilities, now);

  // Naive baselines: the promise itself; created + median (p90) created-to-delivered of the training set.
  const transit = delivered.map((p) => (p.events.at(-1)!.occurredAt.getTime() - p.createdAt.getTime()) / HOUR_MS).sort((a, b) => a - b);
  const onTimeRate = delivered.filter((p) => p.promisedDeliveryAt && p.events.at(-1)!.occurredAt <= p.promisedDeliveryAt).length / delivered.length;
  const medianTransit = quantileOf(transit, 0.5);
  const p90Transit = quantileOf(transit, 0.9);

  const cases = { model: [] as ScoredCase[], withConditions: [] as ScoredCase[], promise: [] as ScoredCase[], median: [] as ScoredCase[] };
  const tPredict = performance.now();
  for (const pkg of flying) {
    const actualDeliveredAt = truthById.get(pkg.id)?.deliveredAt ?? null;
    const base = { pkg, now, actualDeliveredAt };
    const eta = predictEta(model, pkg, now, sim.facilities, undefined, { samples });
    cases.model.push({ ...base, p50: eta.p50, p90: eta.p90, onTimeProbability: eta.onTimeProbability });
    const etaC = predictEta(model, pkg, now, sim.facilities, conditions, { samples });
    cases.withConditions.push({ ...base, p50: etaC.p50, p90: etaC.p90, onTimeProbability: etaC.onTimeProbability });
    const atLeastNow = (ms: number): Date => new Date(Math.max(ms, now.getTime()));
    const promise = pkg.promisedDeliveryAt ?? now;
    cases.promise.push({ ...base, p50: atLeastNow(promise.getTime()), p90: atLeastNow(promise.getTime()), onTimeProbability: onTimeRate });
    cases.median.push({
      ...base,
      p50: atLeastNow(pkg.createdAt.getTime() + medianTransit * HOUR_MS),
      p90: atLeastNow(pkg.createdAt.getTime() + p90Transit * HOUR_MS),
      onTimeProbability: onTimeRate,
    });
  }
  const predictMs = performance.now() - tPredict;
  for (const key of Object.keys(all) as (keyof typeof all)[]) all[key].push(...cases[key]);
  rows.push({
    label: `day ${day} (${now.toISOString().slice(0, 10)})`,
    cases: flying.length,
    model: scoreCases(cases.model),
    withConditions: scoreCases(cases.withConditions),
    promiseBaseline: scoreCases(cases.promise),
    medianBaseline: scoreCases(cases.median),
    trainMs,
    predictMsPerPackage: predictMs / (2 * Math.max(1, flying.length)),
  });
}

const f = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const cell = (m: EtaMetrics): string => `${f(m.maeP50Hours, 1)} / ${f(m.p90Coverage)} / ${f(m.brier, 3)}`;
console.log(`# ETA benchmark (simulated network, seed ${seed}, ${packageCount} packages over ${spanDays} days)\n`);
console.log('Command: `npx tsx --conditions=source bench/eta.bench.ts' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '') + '`\n');
console.log(`Congestion in the simulation: ${sim.congestion.map((c) => `${c.facilityCode} ×${c.dwellFactor} ${c.from.toISOString().slice(0, 16)}–${c.to.toISOString().slice(0, 16)}`).join(', ')}\n`);
console.log('Cells: p50 MAE (h) / share delivered before p90 / Brier of on-time probability.\n');
console.log('| cut-off | in flight | ETA model | ETA model + live conditions | promised date | median transit | train ms | predict ms/pkg |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.label} | ${r.cases} | ${cell(r.model)} | ${cell(r.withConditions)} | ${cell(r.promiseBaseline)} | ${cell(r.medianBaseline)} | ${f(r.trainMs, 0)} | ${f(r.predictMsPerPackage, 3)} |`);
}
const total = all.model.length;
console.log(`| **all** | ${total} | **${cell(scoreCases(all.model))}** | **${cell(scoreCases(all.withConditions))}** | ${cell(scoreCases(all.promise))} | ${cell(scoreCases(all.median))} | | |`);
console.log(`\nSimulation ${f(simulateMs / 1000, 1)} s; Monte Carlo draws per prediction: ${samples}.`);
