/**
 * Where a process spent its CPU, from a `node --cpu-prof` profile: self time by package (node_modules/<pkg>,
 * our workspaces, node internals) and the top functions, idle time left out.
 *
 *   npx tsx bench/support/profile-summary.ts <file.cpuprofile> [--top 15]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { markdownTable } from './markdown-table.js';
import { fmt } from './stats.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
if (positionals.length !== 1) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--top 15]');
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));

/** The package a script belongs to: `graphql`, `@apollo/gateway`, `clearpath:libs/core`, `node:internal`… */
function packageOf(url: string): string {
  if (!url) return '(native / VM)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const local = /\/(libs\/[^/]+|subgraphs\/[^/]+|gateway|bench)\//.exec(url);
  return local ? `clearpath ${local[1]}` : url;
}

const selfUs = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
let busy = 0;
const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === '(idle)') continue;
  busy += us;
  const pkg = functionName === '(garbage collector)' ? '(garbage collector)' : packageOf(url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  const name = `${functionName || '(anonymous)'} ${pkg === '(garbage collector)' ? '' : `(${pkg}${url ? `:${lineNumber + 1}` : ''})`}`.trim();
  functions.set(name, (functions.get(name) ?? 0) + us);
}
const top = (map: Map<string, number>) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(values.top))
    .map(([name, us]) => [name, fmt(us / 1000, 0), fmt((100 * us) / busy, 1)]);
console.log(`Busy CPU in the profile: ${fmt(busy / 1e6, 1)} s\n`);
console.log(markdownTable(['package', 'self ms', '%'], top(packages)));
console.log('');
console.log(markdownTable(['function', 'self ms', '%'], top(functions)));
