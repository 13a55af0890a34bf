/**
 * `npm run solve -- <file> --seconds <n> [--seed <n>] [--objective vehicles|distance] [--vehicle-cost <n>] [--rounding none|dimacs] [--clock wall|cpu]`
 * Reads Solomon text files and VRPLIB files (recognised by their NODE_COORD_SECTION). Prints exactly one
 * JSON line on stdout; any problem goes to stderr with exit code 2 so scripts can tell "bad input" from a crash.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUDGET_CLOCKS, parseSolomon, parseVrplib, RoutingInputError, solveVrptw, type BudgetClock, type VrptwObjective, type VrptwRounding } from './index.js';

const USAGE =
  'usage: solve-cli <solomon-or-vrplib-file> --seconds <n> [--seed <n>] [--objective vehicles|distance] [--vehicle-cost <n>] [--rounding none|dimacs] [--clock wall|cpu]';
const OBJECTIVES: Record<string, VrptwObjective> = { vehicles: 'VEHICLES_THEN_DISTANCE', distance: 'DISTANCE' };
const ROUNDINGS: readonly VrptwRounding[] = ['none', 'dimacs'];

class UsageError extends Error {}

function positiveNumber(raw: string | undefined, flag: string, fallback: number, integer: boolean): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(`${flag} must be a ${integer ? 'non-negative integer' : 'non-negative number'} (got "${raw}")`);
  }
  return value;
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seconds: { type: 'string' },
        seed: { type: 'string' },
        objective: { type: 'string', default: 'vehicles' },
        'vehicle-cost': { type: 'string' },
        rounding: { type: 'string', default: 'none' },
        clock: { type: 'string', default: 'wall' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('expected exactly one instance file');
  const seconds = positiveNumber(parsed.values.seconds, '--seconds', 10, false);
  const seed = positiveNumber(parsed.values.seed, '--seed', 1, true);
  const vehicleCost = positiveNumber(parsed.values['vehicle-cost'], '--vehicle-cost', 0, false);
  const objective = OBJECTIVES[parsed.values.objective.toLowerCase()];
  if (objective === undefined) throw new UsageError(`--objective must be vehicles or distance (got "${parsed.values.objective}")`);
  const rounding = parsed.values.rounding as VrptwRounding;
  if (!ROUNDINGS.includes(rounding)) throw new UsageError(`--rounding must be none or dimacs (got "${rounding}")`);

  const budgetClock = parsed.values.clock as BudgetClock;
  if (!BUDGET_CLOCKS.includes(budgetClock)) throw new UsageError(`--clock must be wall or cpu (got "${budgetClock}")`);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const { problem } = /^\s*NODE_COORD_SECTION\s*$/m.test(text) ? parseVrplib(text, { rounding }) : { problem: { ...parseSolomon(text).problem, rounding } };
  const solution = solveVrptw(problem, { timeLimitMs: seconds * 1000, seed, objective, vehicleCost, budgetClock });
  const out = { objective, vehicles: solution.vehicles, distance: solution.distance, cost: solution.cost, routes: solution.routes };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

try {
  main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`error: ${err.message}\n${USAGE}\n`);
  } else if (err instanceof RoutingInputError) {
    process.stderr.write(`error [${err.code}]: ${err.message}\n`);
  } else {
    throw err;
  }
  process.exitCode = 2;
}
