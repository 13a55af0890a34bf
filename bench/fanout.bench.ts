/**
 * Fan-out: N graphql-ws clients subscribed to trackingEventRecorded on the gateway (Redis bus, fresh
 * PostgreSQL database, gateway in its own process) while a producer ingests events at a fixed rate;
 * delivered messages/s and commit-to-client latency (from the event's receivedAt, i.e. the ingest
 * transaction's time), beside the floor: a naive Redis pub/sub → ws broadcast of payloads of the same
 * shape, in the same run, to the same number of clients. Then a saturation round (producers as fast as
 * they go) and memory per idle connection of both servers.
 *
 *   npx tsx --conditions=source bench/fanout.bench.ts [--clients 1000] [--rate 20] [--seconds 10] [--saturation-seconds 5] [--workers 1] [--profile]
 *
 * With --workers N the gateway runs as N node:cluster workers sharing its port (CLEARPATH_WORKERS' pool) and
 * so does the floor (N processes, each subscribed to Redis and broadcasting to its own clients): equal cores.
 * Each round also reports the CPU time the server's processes used (from /proc), steadier than latency on a
 * shared machine.
 *
 * With --profile both servers' CPU is sampled during each measured round and the top self-time packages and
 * functions are printed (the .cpuprofile files stay in a temporary directory, for DevTools).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openRedisConnection } from '../libs/core/src/bus/redis-connection.js';
import { createBenchDatabase } from './support/bench-database.js';
import { BENCH_API_KEY, graphqlBody, postJson } from './support/bench-gateway.js';
import { mergeSummaries, readCpuProfile, summarizeProfile, type ProfileSummary, type Window } from './support/cpu-profile.js';
import { printHeader, progress } from './support/bench-report.js';
import { totalCpuMs } from './support/process-cpu.js';
import { markdownTable } from './support/markdown-table.js';
import { fmt, summarize, type LatencySummary } from './support/stats.js';
import { closeAll, graphqlWsClient, openMany, rawClient, Receipts } from './fanout/fanout-clients.js';
import { startServer, type ServerProcess } from './fanout/fanout-servers.js';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    'saturation-seconds': { type: 'string', default: '5' },
    packages: { type: 'string', default: '50' },
    redis: { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    workers: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
  },
});
const CLIENTS = Number(args.clients);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const SATURATION_SECONDS = Number(args['saturation-seconds']);
const PACKAGES = Number(args.packages);
const REDIS_URL = args.redis;
const WORKERS = Number(args.workers);
const PROFILE_DIR = args.profile ? mkdtempSync(path.join(tmpdir(), 'clearpath-fanout-profile-')) : undefined;
const RAW_CHANNEL = 'clearpath.bench.raw';
const SUBSCRIPTION = 'subscription { trackingEventRecorded { seq eventId status receivedAt package { status } } }';
const RECORD = 'mutation($e: [TrackingEventInput!]!) { recordTrackingEvents(events: $e) { accepted } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request whose keep-alive connection the server closed as it was sent fails with ECONNRESET; ingest is
 * idempotent by eventId, so it is sent again (a duplicate is reported, never applied twice).
 */
async function postAgain<T>(post: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await post();
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      if (attempt >= attempts || (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET')) throw error;
    }
  }
}

interface Round {
  delivered: number;
  seconds: number;
  latency: LatencySummary;
  /** CPU time the server's processes used during the round (user + system). */
  cpuSeconds: number;
}

const profiles: { title: string; profiles: { file: string; window: Window }[] }[] = [];

/** Markdown: busy CPU, then the top packages and functions by self time. */
function formatProfile(summary: ProfileSummary): string {
  const rows = (list: ProfileSummary['packages']) => list.map((e) => [e.name, fmt(e.ms, 0), fmt(100 * e.share, 1)]);
  return [
    `Busy CPU in the profile: ${fmt(summary.busyMs / 1000, 1)} s`,
    '',
    markdownTable(['package', 'self ms', '%'], rows(summary.packages)),
    '',
    markdownTable(['function', 'self ms', '%'], rows(summary.functions)),
  ].join('\n');
}

/**
 * Runs `produce` for `seconds`, then waits for deliveries to drain, and summarizes what clients received;
 * with --profile, samples the server's CPU meanwhile.
 */
async function measure(server: ServerProcess, title: string, receipts: Receipts, seconds: number, produce: (stopAt: number) => Promise<void>): Promise<Round> {
  const profiling = PROFILE_DIR !== undefined && seconds > 0;
  if (profiling) await server.profileStart();
  const pids = await server.pids();
  const cpuBefore = totalCpuMs(pids);
  receipts.reset();
  receipts.recording = true;
  const started = performance.now();
  await produce(Date.now() + seconds * 1000);
  const produced = performance.now();
  // drain: stop once nothing arrived for 500 ms (at most 10 s)
  let last = -1;
  for (let i = 0; i < 20 && receipts.count !== last; i++) {
    last = receipts.count;
    await sleep(500);
  }
  receipts.recording = false;
  const elapsed = (Math.max(produced, performance.now() - 500) - started) / 1000;
  const cpuSeconds = (totalCpuMs(pids) - cpuBefore) / 1000;
  if (profiling) profiles.push({ title, profiles: await server.profileStop(PROFILE_DIR, title.replace(/\W+/g, '-')) });
  return { delivered: receipts.count, seconds: elapsed, latency: summarize(receipts.latencies), cpuSeconds };
}

/** Calls tick every 1000/rate ms until stopAt, without drifting; waits for the last tick's work. */
async function atRate(rate: number, stopAt: number, tick: (i: number) => Promise<void>): Promise<void> {
  const pending: Promise<void>[] = [];
  const start = Date.now();
  for (let i = 0; Date.now() < stopAt; i++) {
    pending.push(tick(i));
    const due = start + ((i + 1) * 1000) / rate;
    await sleep(Math.max(0, due - Date.now()));
  }
  await Promise.all(pending);
}

// The floor's frames are as long as the gateway's: a UUID operation id, the same fields.
const RAW_OPERATION_ID = randomUUID();
const rawPayload = (seq: number) =>
  JSON.stringify({ id: RAW_OPERATION_ID, type: 'next', payload: { data: { trackingEventRecorded: { seq: String(seq), eventId: `raw-${seq}`, status: 'IN_TRANSIT', receivedAt: new Date().toISOString(), package: { status: 'IN_TRANSIT' } } } } });

const database = await createBenchDatabase();
const publisher = await openRedisConnection(REDIS_URL);
let gateway: ServerProcess | undefined;
let raw: ServerProcess | undefined;
try {
  printHeader(`Fan-out: ${fmt(CLIENTS)} clients, ${RATE} events/s for ${SECONDS} s, ${WORKERS === 1 ? 'one server process' : `gateway and floor each in ${WORKERS} processes`}`);
  gateway = await startServer('gateway-server', [database.url, REDIS_URL, BENCH_API_KEY, String(WORKERS)]);
  raw = await startServer('raw-server', [REDIS_URL, String(WORKERS)]);
  const endpoint = `${gateway.url}/graphql`;
  const packageIds: string[] = [];
  for (let i = 0; i < PACKAGES; i++) {
    const created = await postJson<{ data: { createPackage: { id: string } } }>(
      endpoint,
      graphqlBody('mutation($i: CreatePackageInput!) { createPackage(input: $i) { id } }', { i: { trackingNumber: `FAN${Date.now().toString(36)}${i}`, carrier: 'DHL' } }),
    );
    packageIds.push(created.data.createPackage.id);
  }
  let eventNo = 0;
  const ingest = (batch: number) => {
    const events = Array.from({ length: batch }, () => {
      eventNo += 1;
      return { eventId: `fan-${eventNo}`, packageId: packageIds[eventNo % packageIds.length], status: 'IN_TRANSIT', occurredAt: new Date(Date.now() - 60_000).toISOString() };
    });
    return postAgain(() => postJson(endpoint, graphqlBody(RECORD, { e: events }))).then(() => undefined);
  };
  let rawSeq = 0;
  const publishRaw = (n: number) => {
    const pipeline = publisher.pipeline();
    for (let i = 0; i < n; i++) pipeline.publish(RAW_CHANNEL, rawPayload(++rawSeq));
    return pipeline.exec().then(() => undefined);
  };

  // Gateway
  const gatewayReceipts = new Receipts();
  progress(`opening ${CLIENTS} graphql-ws connections`);
  const gwBefore = await gateway.memory();
  const gatewaySockets = await openMany(CLIENTS, () => graphqlWsClient(gateway!.url, BENCH_API_KEY, SUBSCRIPTION, gatewayReceipts));
  await sleep(2000);
  const gwAfter = await gateway.memory();
  progress('gateway: fixed rate');
  const gatewayFixed = await measure(gateway, 'gateway fixed rate', gatewayReceipts, SECONDS, (stopAt) => atRate(RATE, stopAt, () => ingest(1)));
  progress('gateway: saturation');
  const gatewaySaturation = await measure(gateway, 'gateway saturation', gatewayReceipts, SATURATION_SECONDS, async (stopAt) => {
    await Promise.all([0, 1].map(async () => {
      while (Date.now() < stopAt) await ingest(20);
    }));
  });
  const gatewayCloses = Object.fromEntries(gatewayReceipts.closes);
  const health = (await (await fetch(`${gateway.url}/health`)).json()) as { realtime?: { local?: Record<string, number>; slowConsumersDropped?: number } };
  await closeAll(gatewaySockets);

  // Raw floor
  const rawReceipts = new Receipts();
  progress(`opening ${CLIENTS} raw connections`);
  const rawBefore = await raw.memory();
  const rawSockets = await openMany(CLIENTS, () => rawClient(raw!.url, rawReceipts));
  await sleep(2000);
  const rawAfter = await raw.memory();
  progress('raw: fixed rate');
  const rawFixed = await measure(raw, 'floor fixed rate', rawReceipts, SECONDS, (stopAt) => atRate(RATE, stopAt, () => publishRaw(1)));
  progress('raw: saturation');
  const rawSaturation = await measure(raw, 'floor saturation', rawReceipts, SATURATION_SECONDS, (stopAt) => atRate(500, stopAt, () => publishRaw(20)));
  await closeAll(rawSockets);

  const row = (name: string, r: Round) => [
    name,
    fmt(r.delivered),
    fmt(r.delivered / r.seconds),
    fmt(r.latency.p50, 1),
    fmt(r.latency.p90, 1),
    fmt(r.latency.p99, 1),
    fmt(r.latency.max, 1),
    fmt(r.cpuSeconds, 1),
    fmt(r.cpuSeconds > 0 ? r.delivered / r.cpuSeconds : 0),
  ];
  const columns = ['path', 'delivered', 'deliveries/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'server CPU s', 'deliveries per CPU s'];
  console.log(`## Fixed rate: ${RATE} events/s × ${fmt(CLIENTS)} clients (expected ${fmt(RATE * CLIENTS)} deliveries/s)\n`);
  console.log(markdownTable(columns, [row('gateway (graphql-ws, federated, Redis bus)', gatewayFixed), row('raw Redis → ws floor', rawFixed)]));
  console.log(`\np99 ratio gateway/floor: ${fmt(gatewayFixed.latency.p99 / rawFixed.latency.p99, 2)} (aim ≤ 1.5)\n`);
  console.log(`## Saturation (${SATURATION_SECONDS} s; gateway: 2 producers × 20-event batches; floor: 10,000 payloads/s published)\n`);
  const saturationColumns = [0, 1, 2, 3, 5, 7, 8];
  console.log(markdownTable(saturationColumns.map((i) => columns[i]!), [row('gateway', gatewaySaturation), row('raw floor', rawSaturation)].map((r) => saturationColumns.map((i) => r[i]!))));
  console.log(`\nthroughput ratio gateway/floor: ${fmt(gatewaySaturation.delivered / gatewaySaturation.seconds / (rawSaturation.delivered / rawSaturation.seconds), 2)} (aim ≥ 0.8)\n`);
  console.log(`## Memory per idle connection (server processes, after GC)\n`);
  const perConn = (a: NodeJS.MemoryUsage, b: NodeJS.MemoryUsage) => [fmt((b.heapUsed - a.heapUsed) / CLIENTS / 1024, 1), fmt((b.rss - a.rss) / CLIENTS / 1024, 1)];
  console.log(markdownTable(['server', 'heap KiB/conn', 'RSS KiB/conn'], [['gateway (authenticated, 1 subscription, registry entry)', ...perConn(gwBefore, gwAfter)], ['raw floor', ...perConn(rawBefore, rawAfter)]]));
  console.log(`\nGateway hub counters${WORKERS > 1 ? ' (the worker that answered /health)' : ''}: ${JSON.stringify(health.realtime?.local ?? {})}; slow consumers dropped: ${health.realtime?.slowConsumersDropped ?? 0}; client close codes: ${JSON.stringify(gatewayCloses)}`);
  for (const { title, profiles: sampled } of profiles) {
    console.log(`\n## CPU profile: ${title} (self time; ${sampled.map((p) => p.file).join(', ')})\n`);
    const summaries = sampled.map(({ file, window }) => summarizeProfile(readCpuProfile(file), { windows: [window], top: 1000 }));
    console.log(formatProfile(mergeSummaries(summaries, 12)));
  }
} finally {
  await gateway?.stop();
  await raw?.stop();
  publisher.disconnect();
  await database.drop();
}
