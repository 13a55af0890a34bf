import { readFileSync } from 'node:fs';

/** A `node --cpu-prof` profile: a call tree of frames and the sampled frame every `timeDeltas` µs. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A stretch of time on the monotonic clock in µs, the clock V8 stamps samples with (see `monotonicUs`). */
export type Window = readonly [startUs: number, endUs: number];

export interface ProfileSummary {
  /** CPU time the samples say the process was busy (idle excluded), in ms. */
  busyMs: number;
  /** Self time by package (`graphql`, `@apollo/gateway`, `node internals`, `clearpath gateway`…), largest first. */
  packages: { name: string; ms: number; share: number }[];
  /** Self time by function, with its package and line, largest first. */
  functions: { name: string; ms: number; share: number }[];
}

/** Now on CLOCK_MONOTONIC in µs: the same clock as a V8 profile's sample times, in any process on the machine. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

export const readCpuProfile = (file: string): CpuProfile => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

/**
 * One of our workspaces and the file inside it. Workspaces are matched with their `src/` so that a checkout
 * directory named like one (`/work/wt/gateway/libs/core/src/…`) is not taken for it.
 */
function ourModule(url: string): { workspace: string; file: string } | undefined {
  const match = /\/((?:libs|subgraphs)\/[^/]+|gateway)\/src\/(.+)$/.exec(url) ?? /\/(bench)\/(.+)$/.exec(url);
  return match ? { workspace: match[1]!, file: match[2]! } : undefined;
}

/** The package a script belongs to: `graphql`, `@apollo/gateway`, `clearpath libs/core`, `node internals`… */
function packageOf(url: string): string {
  if (!url) return '(native / VM)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const local = ourModule(url);
  return local ? `clearpath ${local.workspace}` : url;
}

/**
 * Where a function is: its package and line; our own modules by file, line and column, since tsx compiles
 * each into one line.
 */
function where(url: string, pkg: string, line: number, column: number): string {
  if (!url) return pkg;
  const local = ourModule(url);
  if (local && !url.includes('/node_modules/')) return `${pkg} ${local.file}:${line + 1}:${column + 1}`;
  return `${pkg}:${line + 1}`;
}

/**
 * Self time by package and by function, over the whole profile or only the samples taken inside `windows`
 * (the seconds one query ran against one target, when the process served several).
 */
export function summarizeProfile(profile: CpuProfile, options: { windows?: readonly Window[]; top?: number } = {}): ProfileSummary {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const windows = options.windows;
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (windows && !windows.some(([start, end]) => at >= start && at < end)) continue;
    selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + delta);
  }
  let busy = 0;
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber, columnNumber } = frames.get(id)!;
    if (functionName === '(idle)') continue;
    busy += us;
    // V8's own buckets: GC, and (program) for native work outside JS (the event loop, syscalls, compiling).
    const gc = functionName === '(garbage collector)' || functionName === '(program)';
    const pkg = gc ? functionName : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const name = gc ? functionName : `${functionName || '(anonymous)'} (${where(url, pkg, lineNumber, columnNumber)})`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.top ?? 15)
      .map(([name, us]) => ({ name, ms: us / 1000, share: busy > 0 ? us / busy : 0 }));
  return { busyMs: busy / 1000, packages: top(packages), functions: top(functions) };
}

/** One summary of several processes' (a cluster's workers): self times added up, shares of the total. */
export function mergeSummaries(summaries: readonly ProfileSummary[], top = 15): ProfileSummary {
  const busyMs = summaries.reduce((sum, s) => sum + s.busyMs, 0);
  const merge = (pick: (s: ProfileSummary) => ProfileSummary['packages']) => {
    const totals = new Map<string, number>();
    for (const summary of summaries) for (const { name, ms } of pick(summary)) totals.set(name, (totals.get(name) ?? 0) + ms);
    return [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms, share: busyMs > 0 ? ms / busyMs : 0 }));
  };
  return { busyMs, packages: merge((s) => s.packages), functions: merge((s) => s.functions) };
}
