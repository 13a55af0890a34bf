/**
 * VRPTW benchmark for the routing solver (@clearpath/vrptw), one instance after another on one core.
 *   npx tsx --conditions=source bench/vrptw.bench.ts [--set solomon|homberger1000] [--objective vehicles|distance|both]
 *       [--seconds 10] [--instances C101,R201] [--all] [--seed 1] [--data ../shared/benchmarks/vrptw]
 *       [--clock cpu|wall]
 * --clock cpu (default): --seconds is CPU time of this process, so figures taken on a loaded, shared machine
 * compare with each other; --clock wall gives the solver that much elapsed time instead.
 * solomon (default): without --instances/--all two instances per class; 10 s each by default.
 * homberger1000: the six 1,000-customer Gehring & Homberger VRPLIB files, DIMACS rounding, 60 s each by default.
 *
 * Gaps compare distance with the best-known of the same objective: vehicles first against the hierarchical
 * BKS, distance against the distance-only BKS. A vehicles-first solution with more vehicles than the BKS
 * counts as extra vehicles and its gap as no better than 0 (it bought distance with vehicles).
 */
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BUDGET_CLOCKS, checkSolution, parseSolomon, parseVrplib, solveVrptw, type BudgetClock, type VrptwObjective, type VrptwProblem } from '@clearpath/vrptw';
import { markdownTable } from './support/markdown-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let dataDir = path.resolve(repoRoot, '..', 'shared', 'benchmarks', 'vrptw');
const CLASSES = ['C1', 'C2', 'R1', 'R2', 'RC1', 'RC2'] as const;
const DEFAULT_SUBSET = ['C101', 'C105', 'C201', 'C205', 'R101', 'R105', 'R201', 'R205', 'RC101', 'RC105', 'RC201', 'RC205'];
const OBJECTIVE_FLAGS: Record<string, VrptwObjective[]> = {
  vehicles: ['VEHICLES_THEN_DISTANCE'],
  distance: ['DISTANCE'],
  both: ['VEHICLES_THEN_DISTANCE', 'DISTANCE'],
};

interface Bks {
  vehicles: number;
  distance: number;
}

interface Instance {
  name: string;
  problem: VrptwProblem;
  bks: Record<VrptwObjective, Bks | undefined>;
}

interface Row {
  name: string;
  vehicles: number;
  distance: number;
  bks: Bks;
  /** Distance gap, floored at 0 for a vehicles-first solution with extra vehicles. */
  gap: number;
  extraVehicles: number;
  /** Budget-clock seconds, and wall and CPU seconds measured here. */
  seconds: number;
  wallSeconds: number;
  cpuSeconds: number;
  /** Per second on the budget clock. */
  iterationsPerSecond: number;
  feasible: boolean;
}

function csv(file: string): string[][] {
  return readFileSync(path.join(dataDir, file), 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
}

function solomonInstances(names: string[] | 'all'): Instance[] {
  const bks = new Map(csv('solomon_bks.csv').map(([name, hv, hd, dv, dd]) => [name!, { hv, hd, dv, dd }]));
  const available = readdirSync(path.join(dataDir, 'solomon')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  return (names === 'all' ? available : names).map((name) => {
    const b = bks.get(name);
    if (b === undefined) throw new Error(`no BKS for ${name}`);
    return {
      name,
      problem: parseSolomon(readFileSync(path.join(dataDir, 'solomon', `${name}.txt`), 'utf8')).problem,
      bks: {
        VEHICLES_THEN_DISTANCE: { vehicles: Number(b.hv), distance: Number(b.hd) },
        DISTANCE: { vehicles: Number(b.dv), distance: Number(b.dd) },
      },
    };
  });
}

/** The sample's BKS are distance-only under the DIMACS convention (the .sol files' Cost lines). */
function hombergerInstances(names: string[] | 'all'): Instance[] {
  const dir = path.join(dataDir, 'homberger_1000_sample');
  const bks = new Map(csv('homberger_1000_sample_bks.csv').map(([name, distance, routes]) => [name!, { vehicles: Number(routes), distance: Number(distance) }]));
  return (names === 'all' ? [...bks.keys()] : names).map((name) => ({
    name,
    problem: parseVrplib(readFileSync(path.join(dir, `${name}.vrp`), 'utf8'), { rounding: 'dimacs' }).problem,
    bks: { VEHICLES_THEN_DISTANCE: undefined, DISTANCE: bks.get(name) },
  }));
}

function instanceClass(name: string): string {
  // C101 -> C1, RC205 -> RC2, RC2_10_1 -> RC2
  const m = /^([A-Z]+)(\d)/i.exec(name);
  return m ? `${m[1]!.toUpperCase()}${m[2]}` : name;
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      set: { type: 'string', default: 'solomon' },
      objective: { type: 'string', default: 'both' },
      seconds: { type: 'string' },
      instances: { type: 'string' },
      all: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      data: { type: 'string' },
      clock: { type: 'string', default: 'cpu' },
    },
  });
  if (values.data !== undefined) dataDir = path.resolve(values.data);
  const homberger = values.set === 'homberger1000';
  if (!homberger && values.set !== 'solomon') throw new Error('--set must be solomon or homberger1000');
  const objectives = OBJECTIVE_FLAGS[values.objective];
  if (objectives === undefined) throw new Error('--objective must be vehicles, distance or both');
  if (homberger && objectives.includes('VEHICLES_THEN_DISTANCE')) throw new Error('the Homberger sample has distance-only BKS: use --objective distance');
  const seconds = Number(values.seconds ?? (homberger ? 60 : 10));
  const seed = Number(values.seed);
  if (!(seconds > 0) || !Number.isInteger(seed)) throw new Error('--seconds must be > 0 and --seed an integer');
  const budgetClock = values.clock as BudgetClock;
  if (!BUDGET_CLOCKS.includes(budgetClock)) throw new Error('--clock must be cpu or wall');
  const selection = values.instances?.split(',').map((s) => s.trim().toUpperCase());
  const names = values.all || (homberger && selection === undefined) ? 'all' : (selection ?? DEFAULT_SUBSET);
  const instances = homberger ? hombergerInstances(names) : solomonInstances(names);

  const out: string[] = [];
  for (const objective of objectives) {
    const rows = instances.map((instance) => run(instance, objective, seconds, seed, budgetClock));
    out.push(`### ${homberger ? 'Gehring & Homberger 1000 (DIMACS)' : 'Solomon'}, objective ${objective}`, '', report(rows, objective, budgetClock), '');
  }
  const selectionFlag = values.all ? ' --all' : values.instances !== undefined ? ` --instances ${values.instances}` : '';
  out.push(
    `Time limit ${seconds} s of ${budgetClock === 'cpu' ? 'CPU time' : 'wall-clock time'} per instance, seed ${seed}, load average at the end ${loadAverage()}, Node ${process.version}; peak RSS of the run ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    `Command: npx tsx --conditions=source bench/vrptw.bench.ts${values.data === undefined ? '' : ` --data ${values.data}`} --set ${values.set} --objective ${values.objective} --seconds ${seconds} --seed ${seed} --clock ${budgetClock}${selectionFlag}`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

function loadAverage(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(' ');
}

function cpuSecondsNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function run(instance: Instance, objective: VrptwObjective, seconds: number, seed: number, budgetClock: BudgetClock): Row {
  const bks = instance.bks[objective];
  if (bks === undefined) throw new Error(`no ${objective} BKS for ${instance.name}`);
  const started = performance.now();
  const cpuStarted = cpuSecondsNow();
  const solution = solveVrptw(instance.problem, { timeLimitMs: seconds * 1000, seed, objective, budgetClock });
  const wallSeconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsNow() - cpuStarted;
  const elapsed = budgetClock === 'cpu' ? cpuSeconds : wallSeconds;
  const check = checkSolution(instance.problem, solution);
  const extraVehicles = Math.max(0, solution.vehicles - bks.vehicles);
  const rawGap = (100 * (check.distance - bks.distance)) / bks.distance;
  const row: Row = {
    name: instance.name,
    vehicles: solution.vehicles,
    distance: check.distance,
    bks,
    gap: objective === 'VEHICLES_THEN_DISTANCE' && extraVehicles > 0 ? Math.max(0, rawGap) : rawGap,
    extraVehicles,
    seconds: elapsed,
    wallSeconds,
    cpuSeconds,
    iterationsPerSecond: solution.stats.iterations / elapsed,
    feasible: check.feasible,
  };
  process.stderr.write(
    `${objective} ${row.name}: ${row.vehicles} veh ${row.distance.toFixed(2)} (BKS ${bks.vehicles}/${bks.distance}) gap ${row.gap.toFixed(2)}% ` +
      `${row.cpuSeconds.toFixed(1)} s CPU ${row.wallSeconds.toFixed(1)} s wall, load ${loadAverage()}, ${Math.round(row.iterationsPerSecond)} it/s ${row.feasible ? 'feasible' : `INFEASIBLE ${check.violations[0]?.message ?? ''}`}\n`,
  );
  return row;
}

/** Two decimals without the "-0.00" that float noise produces on exact BKS hits. */
function pct(x: number): string {
  return Math.abs(x) < 0.005 ? '0.00' : x.toFixed(2);
}

function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((s, x) => s + x, 0) / xs.length;
}

function report(rows: Row[], objective: VrptwObjective, budgetClock: BudgetClock): string {
  const perInstance = markdownTable(
    ['Instance', 'Veh', 'Distance', 'BKS veh', 'BKS distance', 'Gap %', `Iterations/${budgetClock} s`, 'CPU s', 'Wall s', 'Feasible'],
    rows.map((r) => [
      r.name,
      String(r.vehicles),
      r.distance.toFixed(2),
      String(r.bks.vehicles),
      r.bks.distance.toFixed(2),
      pct(r.gap),
      String(Math.round(r.iterationsPerSecond)),
      r.cpuSeconds.toFixed(1),
      r.wallSeconds.toFixed(1),
      r.feasible ? 'yes' : 'NO',
    ]),
  );
  const groups = [...CLASSES.map((c) => [c, rows.filter((r) => instanceClass(r.name) === c)] as const), ['All', rows] as const];
  const perClass = markdownTable(
    ['Class', 'n', 'Avg gap %', 'Instances with extra vehicles', 'Extra vehicles', 'Avg veh', 'Avg BKS veh'],
    groups
      .filter(([, group]) => group.length > 0)
      .map(([label, group]) => [
        label,
        String(group.length),
        pct(mean(group.map((r) => r.gap))),
        String(group.filter((r) => r.extraVehicles > 0).length),
        String(group.reduce((s, r) => s + r.extraVehicles, 0)),
        mean(group.map((r) => r.vehicles)).toFixed(2),
        mean(group.map((r) => r.bks.vehicles)).toFixed(2),
      ]),
  );
  const infeasible = rows.filter((r) => !r.feasible).length;
  const note =
    objective === 'VEHICLES_THEN_DISTANCE'
      ? 'Gap against the hierarchical BKS; a solution with extra vehicles counts as gap >= 0.'
      : 'Gap against the distance-only BKS; vehicles are free in this objective (extra vehicles for information).';
  return `${perInstance}\n\n${perClass}\n\n${note} Infeasible: ${infeasible} of ${rows.length}.`;
}

main();
