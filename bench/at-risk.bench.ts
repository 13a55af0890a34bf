/**
 * Cost of the at-risk ranking's analysis step: a simulated network's in-flight packages with a promise are
 * assessed as atRiskPackages does (ETA through the memo, slow stage, risk), cold (every Monte Carlo runs)
 * and warm (the memo answers, as for the next page or a reload within 60 s), then ranked. The SQL part (an
 * index range scan of open promises and their events) is not in these figures.
 *
 *   npm run bench -- at-risk [--packages 20000] [--rounds 3]
 */
import { parseArgs } from 'node:util';
import { packagesAsOf, simulateNetwork } from '@clearpath/analysis/simulation';
import { buildNetworkModel } from '../subgraphs/investigations/src/network/network-model.cache.js';
import { assessPackage } from '../subgraphs/investigations/src/predictive/at-risk.service.js';
import { printHeader, progress } from './support/bench-report.js';
import { markdownTable } from './support/markdown-table.js';

const { values } = parseArgs({ options: { packages: { type: 'string', default: '20000' }, rounds: { type: 'string', default: '3' } } });
const PACKAGES = Number(values.packages);
const ROUNDS = Number(values.rounds);
if (!(PACKAGES > 0) || !(ROUNDS > 0)) throw new Error('--packages and --rounds must be positive');

const DAY_MS = 86_400_000;
const start = new Date('2026-03-02T00:00:00Z');
const now = new Date(start.getTime() + 20 * DAY_MS);
progress(`simulating ${PACKAGES} packages`);
const sim = simulateNetwork({ seed: 11, packageCount: PACKAGES, start, spanDays: 21, now });
const snapshot = packagesAsOf(sim.journeys, now);
const candidates = snapshot.filter((p) => p.promisedDeliveryAt && !['DELIVERED', 'RETURNED', 'CANCELLED'].includes(p.status));
progress(`learning the model from ${snapshot.length} packages; ${candidates.length} in flight with a promise`);
const rows: string[][] = [];
for (let round = 1; round <= ROUNDS; round++) {
  // A fresh model each round: its memo starts empty, as after a model rebuild.
  const model = buildNetworkModel('org_bench', snapshot, sim.facilities, now);
  const pass = () => {
    const t0 = performance.now();
    const ranked = candidates
      .map((pkg) => assessPackage(model, pkg, now))
      .filter((e) => e !== null && e.risk >= 0.2)
      .sort((a, b) => b!.risk - a!.risk);
    return { ms: performance.now() - t0, atRisk: ranked.length };
  };
  const cold = pass();
  const warm = pass();
  rows.push([String(round), String(candidates.length), String(cold.atRisk), cold.ms.toFixed(0), ((1000 * cold.ms) / candidates.length).toFixed(0), warm.ms.toFixed(1)]);
}

printHeader('At-risk ranking: assessing in-flight packages');
console.log(markdownTable(['round', 'assessed', 'risk ≥ 0.2', 'cold ms', 'cold µs / package', 'warm ms (memo)'], rows));
console.log('\nCold: one Monte Carlo ETA (1000 draws) per package; warm: the same request again within the memo window.');
