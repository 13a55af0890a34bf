/**
 * `npm run solve -- <solomon-file> --seconds <n> [--seed <n>]`
 * Prints exactly one JSON line on stdout; any problem goes to stderr with exit code 2 so scripts can
 * tell "bad input" from a crash.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseSolomon, RoutingInputError, solveVrptw } from './index.js';

const USAGE = 'usage: solve-cli <solomon-file> --seconds <n> [--seed <n>]';

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
      options: { seconds: { type: 'string' }, seed: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) throw new UsageError('expected exactly one instance file');
  const seconds = positiveNumber(parsed.values.seconds, '--seconds', 10, false);
  const seed = positiveNumber(parsed.values.seed, '--seed', 1, true);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const { problem } = parseSolomon(text);
  const solution = solveVrptw(problem, { timeLimitMs: seconds * 1000, seed });
  const out = { vehicles: solution.vehicles, distance: solution.distance, routes: solution.routes };
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
