/**
 * Fan-out: N graphql-ws clients subscribed to trackingEventRecorded on the gateway (Redis bus, fresh
 * PostgreSQL database, gateway in its own process) while a producer ingests events at a fixed rate;
 * delivered messages/s and commit-to-client latency (from the event's receivedAt, i.e. the ingest
 * transaction's time), beside the floor: a naive Redis pub/sub → ws broadcast of payloads of the same
 * shape, in the same run, to the same number of clients. Then a saturation round (producers as fast as
 * they go) and memory per idle connection of both servers.
 *
 *   npx tsx --conditions=source bench/fanout.bench.ts [--clients 1000] [--rate 20] [--seconds 10] [--saturation-seconds 5]
 */
import { parseArgs } from 'node:util';
import { openRedisConnection } from '../libs/core/src/bus/redis-connection.js';
import { createBenchDatabase } from './support/bench-database.js';
import { BENCH_API_KEY, graphqlBody, postJson } from './support/bench-gateway.js';
import { printHeader, progress } from './support/bench-report.js';
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
  },
});
const CLIENTS = Number(args.clients);
const RATE = Number(args.rate);
const SECONDS = Number(args.seconds);
const SATURATION_SECONDS = Number(args['saturation-seconds']);
const PACKAGES = Number(args.packages);
const REDIS_URL = args.redis;
const RAW_CHANNEL = 'clearpath.bench.raw';
const SUBSCRIPTION = 'subscription { trackingEventRecorded { seq eventId status receivedAt package { status } } }';
const RECORD = 'mutation($e: [TrackingEventInput!]!) { recordTrackingEvents(events: $e) { accepted } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Round {
  delivered: number;
  seconds: number;
  latency: LatencySummary;
}

/** Runs `produce` for `seconds`, then waits for deliveries to drain, and summarizes what clients received. */
async function measure(receipts: Receipts, seconds: number, produce: (stopAt: number) => Promise<void>): Promise<Round> {
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
  return { delivered: receipts.count, seconds: elapsed, latency: summarize(receipts.latencies) };
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

const rawPayload = (seq: number) =>
  JSON.stringify({ id: '1', type: 'next', payload: { data: { trackingEventRecorded: { seq: String(seq), eventId: `raw-${seq}`, status: 'IN_TRANSIT', receivedAt: new Date().toISOString(), package: { status: 'IN_TRANSIT' } } } } });

const database = await createBenchDatabase();
const publisher = await openRedisConnection(REDIS_URL);
let gateway: ServerProcess | undefined;
let raw: ServerProcess | undefined;
try {
  printHeader(`Fan-out: ${fmt(CLIENTS)} clients, ${RATE} events/s for ${SECONDS} s`);
  gateway = await startServer('gateway-server', [database.url, REDIS_URL, BENCH_API_KEY]);
  raw = await startServer('raw-server', [REDIS_URL]);
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
    return postJson(endpoint, graphqlBody(RECORD, { e: events })).then(() => undefined);
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
  const gatewayFixed = await measure(gatewayReceipts, SECONDS, (stopAt) => atRate(RATE, stopAt, () => ingest(1)));
  progress('gateway: saturation');
  const gatewaySaturation = await measure(gatewayReceipts, SATURATION_SECONDS, async (stopAt) => {
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
  const rawFixed = await measure(rawReceipts, SECONDS, (stopAt) => atRate(RATE, stopAt, () => publishRaw(1)));
  progress('raw: saturation');
  const rawSaturation = await measure(rawReceipts, SATURATION_SECONDS, (stopAt) => atRate(500, stopAt, () => publishRaw(20)));
  await closeAll(rawSockets);

  const row = (name: string, r: Round) => [name, fmt(r.delivered), fmt(r.delivered / r.seconds), fmt(r.latency.p50, 1), fmt(r.latency.p90, 1), fmt(r.latency.p99, 1), fmt(r.latency.max, 1)];
  console.log(`## Fixed rate: ${RATE} events/s × ${fmt(CLIENTS)} clients (expected ${fmt(RATE * CLIENTS)} deliveries/s)\n`);
  console.log(markdownTable(['path', 'delivered', 'deliveries/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'], [row('gateway (graphql-ws, federated, Redis bus)', gatewayFixed), row('raw Redis → ws floor', rawFixed)]));
  console.log(`\np99 ratio gateway/floor: ${fmt(gatewayFixed.latency.p99 / rawFixed.latency.p99, 2)} (aim ≤ 1.5)\n`);
  console.log(`## Saturation (${SATURATION_SECONDS} s; gateway: 2 producers × 20-event batches; floor: 10,000 payloads/s published)\n`);
  console.log(markdownTable(['path', 'delivered', 'deliveries/s', 'p50 ms', 'p99 ms'], [row('gateway', gatewaySaturation), row('raw floor', rawSaturation)].map((r) => [r[0]!, r[1]!, r[2]!, r[3]!, r[5]!])));
  console.log(`\nthroughput ratio gateway/floor: ${fmt(gatewaySaturation.delivered / gatewaySaturation.seconds / (rawSaturation.delivered / rawSaturation.seconds), 2)} (aim ≥ 0.5)\n`);
  console.log(`## Memory per idle connection (server process, after GC)\n`);
  const perConn = (a: NodeJS.MemoryUsage, b: NodeJS.MemoryUsage) => [fmt((b.heapUsed - a.heapUsed) / CLIENTS / 1024, 1), fmt((b.rss - a.rss) / CLIENTS / 1024, 1)];
  console.log(markdownTable(['server', 'heap KiB/conn', 'RSS KiB/conn'], [['gateway (authenticated, 1 subscription, registry entry)', ...perConn(gwBefore, gwAfter)], ['raw floor', ...perConn(rawBefore, rawAfter)]]));
  console.log(`\nGateway hub counters: ${JSON.stringify(health.realtime?.local ?? {})}; slow consumers dropped: ${health.realtime?.slowConsumersDropped ?? 0}; client close codes: ${JSON.stringify(gatewayCloses)}`);
} finally {
  await gateway?.stop();
  await raw?.stop();
  publisher.disconnect();
  await database.drop();
}
