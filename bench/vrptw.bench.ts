/**
 * Solomon VRPTW benchmark for the routing solver.
 *   npx tsx --conditions=source bench/vrptw.bench.ts [--seconds 10] [--instances C101,R201] [--all] [--seed 1]
 * Without --instances/--all it runs two instances per class. Instances run one after another (one core).
 * Gaps are against the hierarchical BKS (vehicles first, then distance), the objective the solver uses;
 * a solution with more vehicles than the BKS can show a negative gap, so vehicles are reported too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSolution, parseSolomon, solveVrptw } from '@clearpath/vrptw';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'benchmarks', 'vrptw');
const CLASSES = ['C1', 'C2', 'R1', 'R2', 'RC1', 'RC2'] as const;
const DEFAULT_SUBSET = ['C101', 'C105', 'C201', 'C205', 'R101', 'R105', 'R201', 'R205', 'RC101', 'RC105', 'RC201', 'RC205'];

interface Bks {
  vehicles: number;
  distance: number;
  distanceOnlyVehicles: number;
  distanceOnly: number;
}

interface Row {
  name: string;
  vehicles: number;
  distance: number;
  bks: Bks;
  gap: number;
  gapDistanceOnly: number;
  seconds: number;
  feasible: boolean;
}

function loadBks(): Map<string, Bks> {
  const lines = readFileSync(path.join(dataDir, 'solomon_bks.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return new Map(
    lines.map((line) => {
      const [name, hv, hd, dv, dd] = line.split(',');
      return [name ?? '', { vehicles: Number(hv), distance: Number(hd), distanceOnlyVehicles: Number(dv), distanceOnly: Number(dd) }];
    }),
  );
}


function instanceClass(name: string): string {
  // C101 -> C1, RC205 -> RC2
  const m = /^([A-Z]+)(\d)/.exec(name);
  return m ? `${m[1]}${m[2]}` : name;
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seconds: { type: 'string', default: '10' },
      instances: { type: 'string' },
      all: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
    },
  });
  const seconds = Number(values.seconds);
  const seed = Number(values.seed);
  if (!(seconds > 0) || !Number.isInteger(seed)) throw new Error('--seconds must be > 0 and --seed an integer');
  const available = readdirSync(path.join(dataDir, 'solomon'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''))
    .sort();
  const names = values.all ? available : (values.instances?.split(',').map((s) => s.trim().toUpperCase()) ?? DEFAULT_SUBSET);
  const bksTable = loadBks();

  const rows: Row[] = [];
  for (const name of names) {
    const bks = bksTable.get(name);
    if (bks === undefined) throw new Error(`no BKS for ${name}`);
    const { problem } = parseSolomon(readFileSync(path.join(dataDir, 'solomon', `${name}.txt`), 'utf8'));
    const started = performance.now();
    const solution = solveVrptw(problem, { timeLimitMs: seconds * 1000, seed });
    const elapsed = (performance.now() - started) / 1000;
    const check = checkSolution(problem, solution);
    const row: Row = {
      name,
      vehicles: solution.vehicles,
      distance: check.distance,
      bks,
      gap: (100 * (check.distance - bks.distance)) / bks.distance,
      gapDistanceOnly: (100 * (check.distance - bks.distanceOnly)) / bks.distanceOnly,
      seconds: elapsed,
      feasible: check.feasible,
    };
    rows.push(row);
    process.stderr.write(
      `${name}: ${row.vehicles} veh ${row.distance.toFixed(2)} (BKS ${bks.vehicles}/${bks.distance}) gap ${row.gap.toFixed(2)}% ` +
        `${row.seconds.toFixed(1)}s ${row.feasible ? 'feasible' : `INFEASIBLE ${check.violations[0]?.message ?? ''}`}\n`,
    );
  }
  printReport(rows, seconds, seed, values);
}

/** Two decimals without the "-0.00" that float noise produces on exact BKS hits. */
function pct(x: number): string {
  return Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2);
}

function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
}

function printReport(rows: Row[], seconds: number, seed: number, values: { all?: boolean; instances?: string }): void {
  const out: string[] = [];
  out.push('| Instance | Veh | Distance | BKS veh | BKS distance | Gap % | Dist-only BKS (veh) | Gap % vs dist-only | Time s | Feasible |');
  out.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    out.push(
      `| ${r.name} | ${r.vehicles} | ${r.distance.toFixed(2)} | ${r.bks.vehicles} | ${r.bks.distance.toFixed(2)} | ${pct(r.gap)} | ` +
        `${r.bks.distanceOnly.toFixed(2)} (${r.bks.distanceOnlyVehicles}) | ${pct(r.gapDistanceOnly)} | ${r.seconds.toFixed(1)} | ${r.feasible ? 'yes' : 'NO'} |`,
    );
  }
  out.push('');
  // Extra vehicles buy distance, so the gap is also shown over instances that match the BKS fleet.
  out.push('| Class | n | Avg veh | Avg BKS veh | Avg gap % | Avg gap % vs dist-only | Extra vehicles | Avg gap % (same veh as BKS, n) |');
  out.push('|---|---|---|---|---|---|---|---|');
  const groups = [...CLASSES.map((c) => [c, rows.filter((r) => instanceClass(r.name) === c)] as const), ['All', rows] as const];
  for (const [label, group] of groups) {
    if (group.length === 0) continue;
    const extra = group.reduce((s, r) => s + r.vehicles - r.bks.vehicles, 0);
    const matched = group.filter((r) => r.vehicles === r.bks.vehicles);
    out.push(
      `| ${label} | ${group.length} | ${mean(group.map((r) => r.vehicles)).toFixed(2)} | ${mean(group.map((r) => r.bks.vehicles)).toFixed(2)} | ` +
        `${pct(mean(group.map((r) => r.gap)))} | ${pct(mean(group.map((r) => r.gapDistanceOnly)))} | ${extra} | ` +
        `${matched.length > 0 ? pct(mean(matched.map((r) => r.gap))) : '-'} (${matched.length}) |`,
    );
  }
  const infeasible = rows.filter((r) => !r.feasible).length;
  out.push('');
  out.push(`Infeasible: ${infeasible} of ${rows.length}. Time limit ${seconds} s per instance, seed ${seed}, Node ${process.version}.`);
  const selection = values.all ? ' --all' : values.instances !== undefined ? ` --instances ${values.instances}` : '';
  out.push(`Command: npx tsx --conditions=source bench/vrptw.bench.ts --seconds ${seconds} --seed ${seed}${selection}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

main();
