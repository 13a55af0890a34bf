/**
 * What-if ("hub X closes until T" / "slows by N hours") over many active packages: the pass over their ETAs
 * (which reach the hub while disrupted, the delay, who misses the promise) and the re-routes for the most
 * delayed. The ETAs are predicted once for the in-flight packages of a generated network and repeated to the
 * requested count, as the service reads them from the ETA memo; predicting them is not in the timing.
 *
 *   npm run bench -- whatif [--packages 100000] [--reroutes 20]
 */
import { parseArgs } from 'node:util';
import { whatIfScenario } from '@clearpath/analysis/testing/what-if.fixture.js';
import { whatIf, type WhatIfPackage } from '@clearpath/analysis/whatif';

const { values } = parseArgs({ options: { packages: { type: 'string', default: '100000' }, reroutes: { type: 'string', default: '20' } } });
const count = Number(values.packages);
const rerouteTop = Number(values.reroutes);
const HOUR = 3_600_000;

const { shape, now, model, active: inFlight } = whatIfScenario({ packageCount: 3000, samples: 300 });
const active: WhatIfPackage[] = Array.from({ length: count }, (_, i) => {
  const base = inFlight[i % inFlight.length]!;
  return { ...base, id: `${base.id}-${i}` };
});
const hub = 'H4';
const until = new Date(now.getTime() + 24 * HOUR);

function timed<T>(run: () => T, repeats = 5): { result: T; ms: number } {
  let result = run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    result = run();
    times.push(performance.now() - t0);
  }
  return { result, ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0 };
}

console.log(`# What-if over ${count.toLocaleString('en')} active packages (hubs-only network, ${inFlight.length} distinct ETAs repeated)\n`);
console.log('Command: `npm run bench -- whatif' + (process.argv.length > 2 ? ' ' + process.argv.slice(2).join(' ') : '') + '`\n');
console.log('| scenario | affected | newly late | re-routes | median ms (5 runs) |');
console.log('|---|---|---|---|---|');
for (const [label, disruption, options] of [
  [`${hub} closed for 24 h`, { facilityCode: hub, until }, {}],
  [`${hub} 12 h slower for 24 h`, { facilityCode: hub, until, slowHours: 12 }, {}],
  [`${hub} closed for 24 h, re-routes for the ${rerouteTop} most delayed`, { facilityCode: hub, until }, { model, facilities: shape.facilities, rerouteTop }],
] as const) {
  const { result, ms } = timed(() => whatIf(disruption, active, now, options));
  console.log(`| ${label} | ${result.affected} | ${result.newlyLate} | ${result.reroutes.length} | ${ms.toFixed(0)} |`);
}
