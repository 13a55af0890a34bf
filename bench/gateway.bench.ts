/**
 * Reads through the gateway: three queries against the packages subgraph alone, our gateway in split mode
 * (subgraphs as separate processes), the all-in-one process and Hive Gateway with its defaults over the
 * same subgraph processes and committed supergraph. Each target and query runs for --seconds per round
 * with autocannon at --connections; rounds rotate the order of targets so none always goes first. Prints
 * requests/s, p50/p99 and the CPU ms per request of every process serving the target (from /proc), and
 * the issue's target ratios; for a target missed, where each process serving it spent its CPU during that
 * query (self time by package and function, from CPU profiles cut to the seconds the query ran).
 *
 *   npx tsx --conditions=source bench/gateway.bench.ts [--packages 2000] [--rounds 3] [--seconds 5] [--connections 10]
 *                                                       [--profile-dir DIR] [--no-profile] [--baseline DIR]
 *
 * Every process runs under `node --cpu-prof` (all alike, so the sampling costs every target the same);
 * --profile-dir keeps the profiles (`CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile`), --no-profile runs without. --baseline DIR adds
 * a second split gateway started from another checkout's gateway/src (e.g. a `git worktree` of the commit
 * before a change, with this checkout's node_modules linked in) over the same subgraph processes: an A/B
 * of a gateway change within one run.
 */
import { parseArgs } from 'node:util';
import { createBenchDatabase, describeServer } from './support/bench-database.js';
import { BENCH_API_KEY, BENCH_ORG, graphqlBody, postJson } from './support/bench-gateway.js';
import { printHeader, progress } from './support/bench-report.js';
import { postLoad } from './support/http-load.js';
import { markdownTable } from './support/markdown-table.js';
import { loadManyPackages, loadSampleEvents } from './support/package-loader.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monotonicUs, readCpuProfile, summarizeProfile, type Window } from './support/cpu-profile.js';
import { processCpuMs } from './support/process-cpu.js';
import { fmt, summarize } from './support/stats.js';
import { mainThreadProfile, startTargets, type Target } from './gateway/targets.js';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    packages: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    'profile-dir': { type: 'string' },
    'no-profile': { type: 'boolean', default: false },
    baseline: { type: 'string' },
  },
});
const PACKAGES = Number(args.packages);
const ROUNDS = Number(args.rounds);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
for (const [name, value] of Object.entries({ PACKAGES, ROUNDS, SECONDS, CONNECTIONS })) {
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
}
const PROFILE_DIR = args['no-profile'] ? undefined : path.resolve(args['profile-dir'] ?? mkdtempSync(path.join(tmpdir(), 'gateway-bench-')));
const IDLE_SECONDS = 5;
const DIRECT = 'packages subgraph direct';
const SPLIT = 'split gateway';
const HIVE = 'Hive Gateway, defaults';
const BASELINE = 'split gateway, baseline checkout';
const PROFILE_TOP_PACKAGES = 8;
const PROFILE_TOP_FUNCTIONS = 12;

interface Query {
  name: string;
  /** False where the packages subgraph alone cannot answer it. */
  direct: boolean;
  bodies: string[];
}

function buildQueries(ids: string[]): Query[] {
  const list = `query BenchList { packages(first: 20) { edges { node { id trackingNumber carrier serviceLevel status reference lastEventAt promisedDeliveryAt } } } }`;
  const byId = `query BenchPackage($id: ID!) { package(id: $id) { id trackingNumber carrier status lastEventAt currentLocation { facilityCode name } } }`;
  const cross = `query BenchListEta { packages(first: 20) { edges { node { id trackingNumber status anomalies { id type severity state } eta { p50 p90 onTimeProbability basis } } } } }`;
  return [
    { name: '`packages(first: 20)` scalars', direct: true, bodies: [graphqlBody(list)] },
    { name: '`package(id)`', direct: true, bodies: ids.map((id) => graphqlBody(byId, { id })) },
    { name: '`packages(first: 20)` + `anomalies` + `eta`', direct: false, bodies: [graphqlBody(cross)] },
  ];
}

interface Cell {
  latenciesMs: number[];
  seconds: number;
  cpuMs: number;
  /** CPU ms of each process serving the target, by its label. */
  cpuByProcess: Map<string, number>;
  /** When the load ran, to cut the processes' CPU profiles to this query and target. */
  windows: Window[];
}

async function measure(target: Target, query: Query, seconds: number): Promise<Cell> {
  const cpu0 = target.procs.map((p) => processCpuMs(p.proc.child.pid!));
  const start = monotonicUs();
  const load = await postLoad(target.url, { bodies: query.bodies, headers: { authorization: `Bearer ${BENCH_API_KEY}` }, connections: CONNECTIONS, seconds });
  const window: Window = [start, monotonicUs()];
  const cpuByProcess = new Map(target.procs.map((p, i) => [p.label, processCpuMs(p.proc.child.pid!) - cpu0[i]!]));
  const cpuMs = [...cpuByProcess.values()].reduce((a, b) => a + b, 0);
  return { latenciesMs: load.latenciesMs, seconds: load.seconds, cpuMs, cpuByProcess, windows: [window] };
}

function addCells(a: Cell | undefined, b: Cell): Cell {
  if (!a) return b;
  const cpuByProcess = new Map(a.cpuByProcess);
  for (const [label, ms] of b.cpuByProcess) cpuByProcess.set(label, (cpuByProcess.get(label) ?? 0) + ms);
  return { latenciesMs: a.latenciesMs.concat(b.latenciesMs), seconds: a.seconds + b.seconds, cpuMs: a.cpuMs + b.cpuMs, cpuByProcess, windows: [...a.windows, ...b.windows] };
}

/**
 * For a missed target: CPU ms per request of each process serving the two targets compared, then each
 * busy process's self time during that query's seconds (its profile cut to them), by package and function.
 */
function explainMiss(title: string, query: Query, compared: Target[], cells: Map<string, Cell>, idleMsPerSecond: Map<string, number>): void {
  console.log(`### ${title}\n`);
  const labels = [...new Set(compared.flatMap((t) => t.procs.map((p) => p.label)))];
  const perRequest = (target: Target, label: string) => {
    const cell = cells.get(`${query.name}|${target.name}`)!;
    const ms = cell.cpuByProcess.get(label);
    return ms === undefined ? undefined : Math.max(0, ms - idleMsPerSecond.get(label)! * cell.seconds) / cell.latenciesMs.length;
  };
  console.log(
    markdownTable(
      ['process', ...compared.map((t) => `CPU ms/request, ${t.name}`)],
      labels.map((label) => [label, ...compared.map((t) => (perRequest(t, label) === undefined ? '–' : fmt(perRequest(t, label)!, 2)))]),
    ),
  );
  for (const target of compared) {
    const cell = cells.get(`${query.name}|${target.name}`)!;
    for (const { label, proc } of target.procs) {
      // A process doing next to nothing for this query (the realtime subgraph, say) has nothing to explain.
      if ((perRequest(target, label) ?? 0) < 0.05) continue;
      const summary = summarizeProfile(readCpuProfile(mainThreadProfile(PROFILE_DIR!, proc.child.pid!)), { windows: cell.windows, top: PROFILE_TOP_FUNCTIONS });
      const rows = (list: { name: string; ms: number; share: number }[]) => list.map((e) => [e.name, fmt(e.ms, 0), fmt(100 * e.share, 1)]);
      console.log(`\n${query.name} → ${target.name}: ${label}, ${fmt(summary.busyMs, 0)} ms sampled busy over ${fmt(cell.latenciesMs.length)} requests\n`);
      console.log(markdownTable(['package (self time)', 'ms', '%'], rows(summary.packages.slice(0, PROFILE_TOP_PACKAGES))));
      console.log('');
      console.log(markdownTable(['function (self time)', 'ms', '%'], rows(summary.functions)));
    }
  }
  console.log('');
}

const rotate = <T>(list: readonly T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length]!);

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const sql = new pg.Client({ connectionString: database.url });
  let stopTargets: () => Promise<void> = async () => {};
  let serving: Target[] = [];
  try {
    progress('starting the subgraph processes, the split and all-in-one gateways and Hive Gateway');
    const started = await startTargets({ databaseUrl: database.url, apiKey: BENCH_API_KEY, organizationId: BENCH_ORG, profileDir: PROFILE_DIR, baselineDir: args.baseline });
    stopTargets = started.stop;
    const { targets } = started;
    serving = targets;
    await sql.connect();
    const server = await describeServer(sql);
    progress(`loading ${PACKAGES} packages`);
    await loadManyPackages(sql, BENCH_ORG, PACKAGES);
    await loadSampleEvents(sql, BENCH_ORG, Math.min(PACKAGES, 2000), 4);
    // Autovacuum is off on our PostgreSQL: without statistics the planner guesses, and guesses badly.
    await sql.query('ANALYZE');
    const { rows } = await sql.query<{ id: string }>('SELECT id FROM packages WHERE organization_id = $1 ORDER BY random() LIMIT 500', [BENCH_ORG]);
    const queries = buildQueries(rows.map((r) => r.id));

    // Every target answers every query it serves without errors before anything is timed, and the
    // packages-only queries the same way (ETAs are sampled per process, so those may differ in the last digits).
    for (const query of queries) {
      const answers = new Set<string>();
      for (const target of targets.filter((t) => query.direct || t.name !== DIRECT)) {
        answers.add(JSON.stringify(await postJson(target.url, query.bodies[0]!)));
      }
      if (query.direct && answers.size !== 1) throw new Error(`${query.name}: the targets answer differently`);
    }
    progress('warm-up: 1 s per target and query');
    for (const query of queries) for (const target of targets) if (query.direct || target.name !== DIRECT) await measure(target, query, 1);

    // What each process burns with no request at all (timers, pollers, GC): taken out of the per-request
    // figures, which at a few requests/s it would otherwise swamp.
    progress(`idle CPU: ${IDLE_SECONDS} s`);
    const processes = new Map(targets.flatMap((t) => t.procs.map((p) => [p.label, p.proc.child.pid!] as const)));
    const idle0 = new Map([...processes].map(([label, pid]) => [label, processCpuMs(pid)]));
    const idleStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
    const idleSeconds = (performance.now() - idleStart) / 1000;
    const idleMsPerSecond = new Map([...processes].map(([label, pid]) => [label, (processCpuMs(pid) - idle0.get(label)!) / idleSeconds]));
    const targetIdle = (target: Target) => target.procs.reduce((sum, p) => sum + idleMsPerSecond.get(p.label)!, 0);

    const cells = new Map<string, Cell>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of queries) {
        for (const target of rotate(targets, round)) {
          if (!query.direct && target.name === DIRECT) continue;
          progress(`round ${round + 1}/${ROUNDS}: ${query.name} → ${target.name}`);
          const key = `${query.name}|${target.name}`;
          cells.set(key, addCells(cells.get(key), await measure(target, query, SECONDS)));
        }
      }
    }
    // Every process exits now and writes its profile; nothing below needs them running.
    await stopTargets();
    stopTargets = async () => {};

    const targetByName = new Map(targets.map((t) => [t.name, t]));
    const stat = (query: Query, target: string) => {
      const cell = cells.get(`${query.name}|${target}`);
      if (!cell) return undefined;
      const latency = summarize(cell.latenciesMs);
      const busyCpuMs = Math.max(0, cell.cpuMs - targetIdle(targetByName.get(target)!) * cell.seconds);
      return { perSecond: cell.latenciesMs.length / cell.seconds, p50: latency.p50, p99: latency.p99, cpuPerRequest: busyCpuMs / cell.latenciesMs.length };
    };

    printHeader('Reads through the gateway', server);
    console.log(
      `${fmt(PACKAGES)} packages in one organization, \`ANALYZE\` after loading. autocannon, ${CONNECTIONS} connections, ` +
        `${ROUNDS} rounds of ${SECONDS} s per target and query (target order rotated each round) after a 1 s warm-up; ` +
        `figures are totals over the rounds. CPU ms/request is user + system time from /proc/<pid>/stat of every process ` +
        `serving the target (split and Hive: the gateway and the three subgraph processes; all-in-one: its one process), ` +
        `less what they use idle (measured over ${IDLE_SECONDS} s before the rounds: ` +
        targets.map((t) => `${t.name} ${fmt(targetIdle(t), 1)} ms/s`).join(', ') +
        `), divided by the requests answered. The machine is shared with other work, which moves requests/s and latency ` +
        `from run to run: CPU ms per request is the steadier figure. Subgraphs run from source (tsx) as separate processes; ` +
        `all targets share one PostgreSQL database. ` +
        (PROFILE_DIR
          ? `Every process ran under \`node --cpu-prof\`${args['profile-dir'] ? ` (profiles kept in ${PROFILE_DIR})` : ''}.\n`
          : 'No process was profiled (--no-profile).\n'),
    );
    const targetNames = targets.map((t) => t.name);
    const rowsOut: string[][] = [];
    for (const query of queries) {
      const direct = stat(query, DIRECT);
      for (const name of targetNames) {
        const s = stat(query, name);
        if (!s) continue;
        const vsDirect = direct && name !== DIRECT ? ` (${fmt(s.perSecond / direct.perSecond, 2)}x)` : '';
        rowsOut.push([query.name, name, `${fmt(s.perSecond, 0)}${vsDirect}`, fmt(s.p50, 1), fmt(s.p99, 1), fmt(s.cpuPerRequest, 2)]);
      }
    }
    console.log(markdownTable(['query', 'target', 'req/s (vs direct)', 'p50 ms', 'p99 ms', 'CPU ms/request'], rowsOut));

    const [list, byId, cross] = queries as [Query, Query, Query];
    const ratio = (query: Query, a: string, b: string) => {
      const x = stat(query, a)!;
      const y = stat(query, b)!;
      return { query, targets: [a, b], throughput: x.perSecond / y.perSecond, cpu: y.cpuPerRequest / x.cpuPerRequest };
    };
    const checks = [
      { target: 'split gateway ≥ 0.6x direct on `package(id)`', min: 0.6, ...ratio(byId, SPLIT, DIRECT) },
      { target: 'split gateway ≥ 0.8x direct on `packages(first: 20)`', min: 0.8, ...ratio(list, SPLIT, DIRECT) },
      { target: 'split gateway ≥ 1.3x Hive Gateway on the query with ETAs', min: 1.3, ...ratio(cross, SPLIT, HIVE) },
    ];
    if (args.baseline) checks.push({ target: 'split gateway vs the baseline checkout on `package(id)` (A/B, no target)', min: 0, ...ratio(byId, SPLIT, BASELINE) });
    const verdict = (x: number, min: number) => `${fmt(x, 2)}x ${min === 0 ? '' : x >= min ? 'met' : 'missed'}`.trim();
    console.log('\n## Targets (ratios in this run)\n');
    console.log(
      markdownTable(
        ['target', 'by requests/s', 'by CPU per request'],
        checks.map((c) => [c.target, verdict(c.throughput, c.min), verdict(c.cpu, c.min)]),
      ),
    );
    console.log(
      '\nBy CPU per request: the inverse ratio of CPU ms/request, i.e. the throughput ratio the targets would reach ' +
        'with the cores to themselves. `package(id)` p99 < 15 ms at 8 in flight on 1M packages is measured by bench/reads.bench.ts.',
    );
    const missed = checks.filter((c) => c.min > 0 && (c.throughput < c.min || c.cpu < c.min));
    if (missed.length > 0 && PROFILE_DIR) {
      console.log('\n## Why a target is missed: where the CPU went during that query\n');
      for (const check of missed) explainMiss(check.target, check.query, check.targets.map((name) => targetByName.get(name)!), cells, idleMsPerSecond);
    }
  } catch (error) {
    // What the servers logged says why a request failed.
    for (const target of serving) progress(`${target.name}:\n${target.procs[0]!.proc.output().slice(-3000)}`);
    throw error;
  } finally {
    await sql.end().catch(() => undefined);
    await stopTargets();
    await database.drop();
    if (PROFILE_DIR && !args['profile-dir']) rmSync(PROFILE_DIR, { recursive: true, force: true });
  }
}

await main();
