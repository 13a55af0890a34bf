/**
 * The split deployment behind the real nginx (HTTPS, the repository's nginx.conf) with 1 and 2 replicas of
 * the gateway and of each subgraph, as plain processes from the built dist (run `npm run build` first),
 * sharing one PostgreSQL database and a Redis server of the run's own. Reads (`package(id)`,
 * `packages(first: 20)`) and ingest (`recordTrackingEvents`, 10 new events per request) go through nginx;
 * the same requests go straight to one packages subgraph replica, which prices the nginx + gateway hops.
 * Going from 2 replicas to 1 takes the second replica of each service out (SIGKILL, out of DNS, as Docker
 * would); back to 2 restarts it. Rounds alternate the order. nginx's per-client rate limits are lifted (one
 * load generator is one client); nothing else in the file is changed.
 *
 *   npm run bench -- replicas [--packages 20000] [--rounds 2] [--seconds 5] [--connections 8]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startReplicaStack, SERVICES, type ReplicaStack } from '../test/support/replica-stack.js';
import { startThrowawayRedis, type Restartable } from '../test/support/throwaway-services.js';
import { createBenchDatabase, describeServer } from './support/bench-database.js';
import { BENCH_API_KEY, BENCH_ORG, graphqlBody } from './support/bench-gateway.js';
import { printHeader, progress } from './support/bench-report.js';
import { postLoad } from './support/http-load.js';
import { markdownTable } from './support/markdown-table.js';
import { loadManyPackages, loadSampleEvents } from './support/package-loader.js';
import { fmt, summarize } from './support/stats.js';

const { values: args } = parseArgs({
  options: {
    packages: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
  },
});
const PACKAGES = Number(args.packages);
const ROUNDS = Number(args.rounds);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
for (const [name, value] of Object.entries({ PACKAGES, ROUNDS, SECONDS, CONNECTIONS })) {
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer`);
}
const EVENTS_PER_REQUEST = 10;
const INGEST_BODIES = 40_000;

type Workload = { name: string; bodies: (cell: string) => string[] };
type Setup = 'nginx, 1 replica each' | 'nginx, 2 replicas each' | 'packages subgraph direct';

const RECORD = 'mutation BenchRecord($events: [TrackingEventInput!]!) { recordTrackingEvents(events: $events) { accepted } }';

function workloads(ids: string[], trackingNumbers: string[]): Workload[] {
  const byId = 'query BenchPackage($id: ID!) { package(id: $id) { id trackingNumber carrier status lastEventAt currentLocation { facilityCode name } } }';
  const list = 'query BenchList { packages(first: 20) { edges { node { id trackingNumber carrier serviceLevel status reference lastEventAt promisedDeliveryAt } } } }';
  const base = Date.now() - 3_600_000;
  return [
    { name: '`package(id)`', bodies: () => ids.map((id) => graphqlBody(byId, { id })) },
    { name: '`packages(first: 20)`', bodies: () => [graphqlBody(list)] },
    {
      name: `ingest, ${EVENTS_PER_REQUEST} events/request`,
      // New event ids in every cell and request: a resent id is a duplicate, which costs less.
      bodies: (cell) =>
        Array.from({ length: INGEST_BODIES }, (_, r) =>
          graphqlBody(RECORD, {
            events: Array.from({ length: EVENTS_PER_REQUEST }, (_, e) => ({
              eventId: `${cell}-${r}-${e}`,
              trackingNumber: trackingNumbers[(r * EVENTS_PER_REQUEST + e) % trackingNumbers.length],
              status: 'IN_TRANSIT',
              occurredAt: new Date(base + r * 1000 + e).toISOString(),
              location: { lat: 50 + e / 100, lon: 8 + e / 100 },
            })),
          }),
        ),
    },
  ];
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const sql = new pg.Client({ connectionString: database.url });
  let redis: Restartable | undefined;
  let stack: ReplicaStack | undefined;
  try {
    redis = await startThrowawayRedis();
    progress('starting 2 replicas of the gateway and of each subgraph behind nginx');
    stack = await startReplicaStack({
      env: { DATABASE_URL: database.url, REDIS_URL: redis.url, CLEARPATH_API_KEY: BENCH_API_KEY, CLEARPATH_DEFAULT_ORG: BENCH_ORG, CLEARPATH_DEMO: 'false', LOG_LEVEL: 'warn' },
      nginxTransform: (conf) => conf.replace(/rate=\d+r\/s/g, 'rate=1000000r/s'),
    });
    const running = stack;
    await sql.connect();
    const server = await describeServer(sql);
    progress(`loading ${PACKAGES} packages`);
    await loadManyPackages(sql, BENCH_ORG, PACKAGES);
    await loadSampleEvents(sql, BENCH_ORG, Math.min(PACKAGES, 2000), 4);
    await sql.query('ANALYZE');
    const { rows } = await sql.query<{ id: string; tracking_number: string }>('SELECT id, tracking_number FROM packages WHERE organization_id = $1 ORDER BY random() LIMIT 500', [BENCH_ORG]);
    const loads = workloads(
      rows.map((r) => r.id),
      rows.map((r) => r.tracking_number),
    );
    const urls: Record<Setup, string> = {
      'nginx, 1 replica each': `${running.base}/graphql`,
      'nginx, 2 replicas each': `${running.base}/graphql`,
      'packages subgraph direct': `${running.replicas.packages[0]!.url}/graphql`,
    };
    const headers = { authorization: `Bearer ${BENCH_API_KEY}` };
    let replicas = 2;
    const scaleTo = async (n: number) => {
      if (n === replicas) return;
      progress(n === 1 ? 'taking the second replica of each service out' : 'starting the second replicas again');
      await Promise.all(SERVICES.map((s) => (n === 1 ? running.kill(s, 1) : running.restart(s, 1))));
      replicas = n;
      // nginx re-resolves the gateways' name every 5 s; let it and the keep-alive pools settle.
      await new Promise((r) => setTimeout(r, 7000));
    };

    let cellNumber = 0;
    const measure = async (setup: Setup, load: Workload, seconds: number) => {
      const result = await postLoad(urls[setup], { bodies: load.bodies(`b${Date.now().toString(36)}c${cellNumber++}`), headers, connections: CONNECTIONS, seconds });
      return result;
    };
    progress('warm-up: 1 s per workload and setup');
    for (const load of loads) for (const setup of ['nginx, 2 replicas each', 'packages subgraph direct'] as Setup[]) await measure(setup, load, 1);

    const cells = new Map<string, { latenciesMs: number[]; seconds: number }>();
    for (let round = 0; round < ROUNDS; round++) {
      const order: Setup[][] = round % 2 === 0 ? [['nginx, 2 replicas each'], ['nginx, 1 replica each', 'packages subgraph direct']] : [['nginx, 1 replica each', 'packages subgraph direct'], ['nginx, 2 replicas each']];
      for (const group of order) {
        await scaleTo(group[0] === 'nginx, 2 replicas each' ? 2 : 1);
        for (const load of loads) {
          for (const setup of group) {
            progress(`round ${round + 1}/${ROUNDS}: ${load.name} → ${setup}`);
            const cell = await measure(setup, load, SECONDS);
            const key = `${load.name}|${setup}`;
            const sum = cells.get(key) ?? { latenciesMs: [], seconds: 0 };
            cells.set(key, { latenciesMs: sum.latenciesMs.concat(cell.latenciesMs), seconds: sum.seconds + cell.seconds });
          }
        }
      }
    }

    const stat = (load: Workload, setup: Setup) => {
      const cell = cells.get(`${load.name}|${setup}`)!;
      const latency = summarize(cell.latenciesMs);
      return { perSecond: cell.latenciesMs.length / cell.seconds, p50: latency.p50, p99: latency.p99 };
    };
    printHeader('Replicas behind nginx', server);
    console.log(
      `${fmt(PACKAGES)} packages in one organization, \`ANALYZE\` after loading. The gateway and the three subgraphs as ` +
        `processes from dist, behind the repository's nginx.conf over HTTPS (HTTP/1.1 keep-alive from the load ` +
        `generator, per-client rate limits lifted), Redis bus, one PostgreSQL database. autocannon in the bench process, ` +
        `${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per workload and setup after a 1 s warm-up; ` +
        `figures are totals over the rounds. Direct: the same GraphQL request to one packages subgraph replica ` +
        `(plain HTTP, its own auth), while the 1-replica stack runs. The machine has 2 cores shared by every process ` +
        `here, the load generator and other work: the second replica competes for the same cores.\n`,
    );
    const signed = (ms: number) => `${ms < 0 ? '−' : '+'}${fmt(Math.abs(ms), 1)} ms`;
    const out: string[][] = [];
    for (const load of loads) {
      const one = stat(load, 'nginx, 1 replica each');
      const two = stat(load, 'nginx, 2 replicas each');
      const direct = stat(load, 'packages subgraph direct');
      out.push([load.name, 'packages subgraph direct', fmt(direct.perSecond, 0), fmt(direct.p50, 1), fmt(direct.p99, 1), '']);
      out.push([load.name, 'nginx, 1 replica each', fmt(one.perSecond, 0), fmt(one.p50, 1), fmt(one.p99, 1), `hops ${signed(one.p50 - direct.p50)} p50, ${signed(one.p99 - direct.p99)} p99; ${fmt(one.perSecond / direct.perSecond, 2)}x direct req/s`]);
      out.push([load.name, 'nginx, 2 replicas each', fmt(two.perSecond, 0), fmt(two.p50, 1), fmt(two.p99, 1), `${fmt(two.perSecond / one.perSecond, 2)}x the 1-replica req/s`]);
    }
    console.log(markdownTable(['workload', 'setup', 'req/s', 'p50 ms', 'p99 ms', 'compared'], out));
  } catch (error) {
    if (stack) progress(stack.output());
    throw error;
  } finally {
    await sql.end().catch(() => undefined);
    await stack?.stop();
    await redis?.remove();
    await database.drop();
  }
}

await main();
