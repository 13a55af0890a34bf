import os from 'node:os';
import path from 'node:path';

/** Taken when the benchmark starts: other work on a shared machine skews the figures. */
const loadAtStart = os.loadavg();

/** Cores, CPU model, memory and Node version: the figures mean little without them. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memoryGiB = os.totalmem() / 1024 ** 3;
  const load = loadAtStart.map((x) => x.toFixed(1)).join(' / ');
  return `${cpus.length} cores (${model}), ${memoryGiB.toFixed(1)} GiB memory, ${os.platform()} ${os.release()}, Node ${process.version}, load average at start ${load}`;
}

/** The command that reproduces this run, as typed from the repository root. */
export function reproduceCommand(): string {
  const script = path.relative(process.cwd(), process.argv[1] ?? '');
  const args = process.argv.slice(2).join(' ');
  return `npx tsx --conditions=source ${script}${args ? ` ${args}` : ''}`;
}

/** The heading every benchmark prints: title, command, machine and (optionally) the database server. */
export function printHeader(title: string, server?: string): void {
  console.log(`# ${title}\n`);
  console.log(`Command: \`${reproduceCommand()}\`\n`);
  console.log(`Machine: ${describeMachine()}${server ? `; ${server}` : ''}\n`);
}

/** Progress goes to stderr so stdout stays the markdown report. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
