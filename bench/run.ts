/**
 * Runs the benchmarks one after another (never two at once: they measure the machine), each as
 * `tsx --conditions=source bench/<name>.bench.ts`, echoing its markdown report and saving it to
 * bench/results/<name>.md when it succeeds.
 *
 *   npm run bench                              every bench/*.bench.ts
 *   npm run bench -- ingest reads              only these
 *   npm run bench -- reads --packages 100000   arguments from the first --flag on go to each benchmark run
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const resultsDir = path.join(benchDir, 'results');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');

const available = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .map((file) => file.slice(0, -'.bench.ts'.length))
  .sort();

const argv = process.argv.slice(2);
const firstFlag = argv.findIndex((arg) => arg.startsWith('-'));
const names = firstFlag === -1 ? argv : argv.slice(0, firstFlag);
const passThrough = firstFlag === -1 ? [] : argv.slice(firstFlag);
const unknown = names.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
const selected = names.length > 0 ? names : available;

/** Runs one benchmark with its stdout echoed and collected; stderr (progress) goes straight through. */
function runBenchmark(name: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, ['--conditions=source', path.join('bench', `${name}.bench.ts`), ...passThrough], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.on('error', (error) => {
      console.error(`Could not start ${name}: ${error.message}`);
      resolve({ code: 1, output: '' });
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output: Buffer.concat(chunks).toString('utf8') }));
  });
}

const failed: string[] = [];
mkdirSync(resultsDir, { recursive: true });
for (const name of selected) {
  console.error(`\n=== bench/${name}.bench.ts ${passThrough.join(' ')}`.trimEnd());
  const started = performance.now();
  const { code, output } = await runBenchmark(name);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    writeFileSync(path.join(resultsDir, `${name}.md`), output);
    console.error(`=== ${name}: done in ${seconds} s → bench/results/${name}.md`);
  } else {
    failed.push(name);
    console.error(`=== ${name}: FAILED (exit ${code}) after ${seconds} s`);
  }
  console.log('');
}
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
