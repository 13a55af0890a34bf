/**
 * Where a process spent its CPU, from a `node --cpu-prof` profile: self time by package (node_modules/<pkg>,
 * our workspaces, node internals) and the top functions, idle time left out.
 *
 *   npx tsx bench/support/profile-summary.ts <file.cpuprofile> [--top 15]
 */
import { parseArgs } from 'node:util';
import { readCpuProfile, summarizeProfile } from './cpu-profile.js';
import { markdownTable } from './markdown-table.js';
import { fmt } from './stats.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
if (positionals.length !== 1) throw new Error('usage: profile-summary.ts <file.cpuprofile> [--top 15]');
const summary = summarizeProfile(readCpuProfile(positionals[0]!), { top: Number(values.top) });
const rows = (list: { name: string; ms: number; share: number }[]) => list.map((e) => [e.name, fmt(e.ms, 0), fmt(100 * e.share, 1)]);
console.log(`Busy CPU in the profile: ${fmt(summary.busyMs / 1000, 1)} s\n`);
console.log(markdownTable(['package', 'self ms', '%'], rows(summary.packages)));
console.log('');
console.log(markdownTable(['function', 'self ms', '%'], rows(summary.functions)));
