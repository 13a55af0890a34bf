import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, waitForHttp, type Proc } from '../../test/support/processes.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A process serving targets, and what to call it in the benchmark's output. */
export interface Served {
  label: string;
  proc: Proc;
}

/** One server under load: where to send queries and every process whose CPU it costs. */
export interface Target {
  name: string;
  url: string;
  procs: Served[];
}

export interface TargetOptions {
  databaseUrl: string;
  apiKey: string;
  organizationId: string;
  /** Every process runs under `node --cpu-prof` and writes its profiles here when it exits (see `mainThreadProfile`). */
  profileDir?: string;
  /** Another checkout whose gateway/src runs as a second split gateway ('split gateway, baseline checkout'). */
  baselineDir?: string | undefined;
}

/** Starts `entry` from source (tsx) with node itself as the process, so its pid is the server's. */
async function startNode(entry: string, env: Record<string, string>, healthPath: string, profileDir?: string): Promise<{ proc: Proc; base: string }> {
  const port = await freePort();
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const proc = startProcess(process.execPath, [...flags, '--conditions=source', '--import', 'tsx', path.resolve(ROOT, entry)], { ...env, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitForHttp(`${base}${healthPath}`, proc, 120_000);
  return { proc, base };
}

/**
 * The subgraphs as separate processes and the gateways in front of them: the packages subgraph alone
 * (direct), our gateway over the subgraph processes (split), our all-in-one process, and Hive Gateway over
 * the same subgraph processes. All share one database.
 */
export async function startTargets(options: TargetOptions): Promise<{ targets: Target[]; stop(): Promise<void> }> {
  const env = {
    DATABASE_URL: options.databaseUrl,
    CLEARPATH_API_KEY: options.apiKey,
    CLEARPATH_DEFAULT_ORG: options.organizationId,
    CLEARPATH_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // The in-process bus: reads need no cross-process events, and the shared Redis carries other runs' traffic.
    REDIS_URL: '',
    // Detection's periodic sweep (60 s by default) would land in some measured windows and not others.
    CLEARPATH_SWEEP_SECONDS: '3600',
  };
  const all: Proc[] = [];
  try {
    // The packages subgraph migrates the database first; the others find the schema in place.
    const subgraphs: Record<string, { proc: Proc; base: string }> = {};
    for (const name of ['packages', 'investigations', 'realtime'] as const) {
      subgraphs[name] = await startNode(`subgraphs/${name}/src/main.ts`, env, '/health', options.profileDir);
      all.push(subgraphs[name].proc);
    }
    const subgraphUrls = {
      SUBGRAPH_PACKAGES_URL: `${subgraphs.packages!.base}/graphql`,
      SUBGRAPH_INVESTIGATIONS_URL: `${subgraphs.investigations!.base}/graphql`,
      SUBGRAPH_REALTIME_URL: `${subgraphs.realtime!.base}/graphql`,
    };
    const subgraphProcs = Object.entries(subgraphs).map(([name, s]) => ({ label: `${name}-subgraph`, proc: s.proc }));
    const split = await startNode('gateway/src/main.ts', { ...env, ...subgraphUrls }, '/health', options.profileDir);
    all.push(split.proc);
    const allInOne = await startNode('gateway/src/main.ts', env, '/health', options.profileDir);
    all.push(allInOne.proc);
    const hive = await startNode('bench/gateway/hive-server.ts', { ...env, ...subgraphUrls }, '/healthcheck', options.profileDir);
    all.push(hive.proc);
    const baseline = options.baselineDir
      ? await startNode(path.resolve(options.baselineDir, 'gateway/src/main.ts'), { ...env, ...subgraphUrls }, '/health', options.profileDir)
      : undefined;
    if (baseline) all.push(baseline.proc);
    const targets: Target[] = [
      { name: 'packages subgraph direct', url: `${subgraphs.packages!.base}/graphql`, procs: [subgraphProcs[0]!] },
      { name: 'split gateway', url: `${split.base}/graphql`, procs: [{ label: 'split-gateway', proc: split.proc }, ...subgraphProcs] },
      { name: 'all-in-one', url: `${allInOne.base}/graphql`, procs: [{ label: 'all-in-one', proc: allInOne.proc }] },
      { name: 'Hive Gateway, defaults', url: `${hive.base}/graphql`, procs: [{ label: 'hive-gateway', proc: hive.proc }, ...subgraphProcs] },
    ];
    if (baseline) {
      targets.push({ name: 'split gateway, baseline checkout', url: `${baseline.base}/graphql`, procs: [{ label: 'split-gateway-baseline', proc: baseline.proc }, ...subgraphProcs] });
    }
    return { targets, stop: () => stopAll(all) };
  } catch (error) {
    await stopAll(all);
    throw error;
  }
}

/**
 * The profile of a process's main thread: `node --cpu-prof` writes one per thread (tsx's module loader runs in
 * a worker) as CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile, the main thread being thread 0.
 */
export function mainThreadProfile(dir: string, pid: number): string {
  const file = readdirSync(dir).find((name) => name.startsWith('CPU.') && name.includes(`.${pid}.0.`) && name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No CPU profile of process ${pid} in ${dir}`);
  return path.join(dir, file);
}

/** Gateways first, then the subgraphs (SIGTERM: each exits cleanly and writes its profile, if any). */
async function stopAll(procs: Proc[]): Promise<void> {
  for (const proc of [...procs].reverse()) await proc.stop();
}
