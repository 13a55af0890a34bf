/**
 * Ingest throughput: events/s through the GraphQL mutation recordTrackingEvents and the bulk REST route
 * POST /api/v1/events (batches over HTTP to the in-process gateway on a fresh PostgreSQL database),
 * against raw floors on the same database in the same run: INSERT … SELECT FROM unnest, multi-row
 * INSERT … VALUES and COPY FROM STDIN of the same rows into twins of tracking_events. Then it splits one
 * batch's time into phases and EXPLAINs the ingest statements.
 *
 *   npx tsx --conditions=source bench/ingest.bench.ts [--events 100000] [--packages 10000] [--batch 1000] [--concurrency 2]
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { Session } from '@clearpath/core';
import pg from 'pg';
import { recordTrackingEvents } from '../subgraphs/packages/src/events/ingest.service.js';
import { validateEvent } from '../subgraphs/packages/src/events/event.validation.js';
import { describeServer } from './support/bench-database.js';
import { BENCH_ORG, graphqlBody, postJson, startBenchGateway, type BenchGateway } from './support/bench-gateway.js';
import { printHeader, progress } from './support/bench-report.js';
import {
  chunk,
  loadFacilities,
  loadPackages,
  makeEvents,
  toGraphQLInput,
  toRestInput,
  type BenchEvent,
  type BenchFacility,
  type BenchPackage,
} from './support/ingest-fixtures.js';
import { runLoad } from './support/load-runner.js';
import { markdownTable } from './support/markdown-table.js';
import { splitPlan } from './support/plan-split.js';
import { copyFrom } from './support/pg-copy.js';
import { copyRows, createEventsTwin, EVENT_COLUMNS, unnestInsert, valuesInsert } from './support/raw-ingest.js';
import { capturingDb, explainAnalyze, type CapturedQuery, type CapturingDb } from './support/sql-capture.js';
import { fmt, summarize } from './support/stats.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    packages: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '5' },
    facilities: { type: 'string', default: '40' },
    'phase-batches': { type: 'string', default: '10' },
    rounds: { type: 'string', default: '5' },
    // Off by default: in split mode detection runs in the investigations process, not on the ingest path.
    'with-detection': { type: 'boolean', default: false },
  },
});
const EVENTS = Number(args.events);
const ROUNDS = Number(args.rounds);
const PACKAGES = Number(args.packages);
const BATCH = Number(args.batch);
const CONCURRENCY = Number(args.concurrency);
const WARMUP_BATCHES = Number(args.warmup);
const PHASE_BATCHES = Number(args['phase-batches']);
for (const [name, value] of Object.entries({ EVENTS, PACKAGES, BATCH, CONCURRENCY, ROUNDS, PHASE_BATCHES })) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name.toLowerCase()} must be a positive integer`);
}
if (!Number.isInteger(WARMUP_BATCHES) || WARMUP_BATCHES < 0) throw new Error('--warmup must be a non-negative integer');
const MEASURED_BATCHES = Math.ceil(EVENTS / BATCH);

const RECORD = /* GraphQL */ `
  mutation BenchRecord($events: [TrackingEventInput!]!) {
    recordTrackingEvents(events: $events) { accepted duplicates { index } rejected { index code message } }
  }
`;
const DAY_MS = 86_400_000;

interface Method {
  name: string;
  /** Where the rows land, to check every event was stored. */
  table: string;
  /** Turns batches into ready-to-send payloads (untimed), and returns the timed send. */
  prepare(batches: BenchEvent[][]): (i: number) => Promise<unknown>;
}

interface MethodResult {
  name: string;
  events: number;
  batches: number;
  elapsedMs: number;
  perSecond: number;
  batchP50: number;
  batchP99: number;
  /** CPU of this process (gateway + client) per 1,000 events while measured. */
  cpuMsPer1k: number;
}

function expectAccepted(result: { accepted: number; rejected: unknown[] }, expected: number, what: string): void {
  if (result.accepted !== expected) {
    throw new Error(`${what}: accepted ${result.accepted} of ${expected}; rejected ${JSON.stringify(result.rejected).slice(0, 300)}`);
  }
}

function gatewayMethods(bench: BenchGateway): Method[] {
  return [
    {
      name: 'GraphQL `recordTrackingEvents`',
      table: 'tracking_events',
      prepare(batches) {
        const bodies = batches.map((b) => graphqlBody(RECORD, { events: b.map(toGraphQLInput) }));
        return async (i) => {
          const res = await postJson<{ data: { recordTrackingEvents: { accepted: number; rejected: unknown[] } } }>(`${bench.url}/graphql`, bodies[i]!);
          expectAccepted(res.data.recordTrackingEvents, batches[i]!.length, 'GraphQL');
        };
      },
    },
    {
      name: 'REST `POST /api/v1/events`',
      table: 'tracking_events',
      prepare(batches) {
        const bodies = batches.map((b) => JSON.stringify(b.map(toRestInput)));
        return async (i) => {
          const res = await postJson<{ accepted: number; rejected: unknown[] }>(`${bench.url}/api/v1/events`, bodies[i]!);
          expectAccepted(res, batches[i]!.length, 'REST');
        };
      },
    },
  ];
}

function rawMethods(pool: pg.Pool): Method[] {
  return [
    {
      name: 'raw `INSERT … SELECT FROM unnest` (floor)',
      table: 'raw_events_unnest',
      prepare(batches) {
        const statements = batches.map((b) => unnestInsert('raw_events_unnest', BENCH_ORG, b));
        return (i) => pool.query(statements[i]!.text, statements[i]!.values);
      },
    },
    {
      name: 'raw `INSERT … VALUES (…),(…)`',
      table: 'raw_events_values',
      prepare(batches) {
        const statements = batches.map((b) => valuesInsert('raw_events_values', BENCH_ORG, b));
        return (i) => pool.query(statements[i]!.text, statements[i]!.values);
      },
    },
    {
      name: 'raw `COPY FROM STDIN`',
      table: 'raw_events_copy',
      prepare(batches) {
        const payloads = batches.map((b) => copyRows(BENCH_ORG, b));
        return async (i) => {
          const client = await pool.connect();
          try {
            await copyFrom(client, 'raw_events_copy', EVENT_COLUMNS, payloads[i]!);
          } finally {
            client.release();
          }
        };
      },
    },
  ];
}

interface PreparedMethod {
  method: Method;
  index: number;
  events: number;
  send: (i: number) => Promise<unknown>;
  latenciesMs: number[];
  elapsedMs: number;
  cpuMicros: number;
}

/** Generates a method's events (its own prefix and 2-day window of times), prepares the payloads and warms it up. */
async function prepareMethod(method: Method, index: number, fixtures: { packages: BenchPackage[]; facilities: BenchFacility[] }): Promise<PreparedMethod> {
  const events = makeEvents({
    ...fixtures,
    count: (WARMUP_BATCHES + MEASURED_BATCHES) * BATCH,
    prefix: `m${index}`,
    startAt: new Date(Date.now() - (20 - 2 * index) * DAY_MS),
    seed: 100 + index,
  });
  const send = method.prepare(chunk(events, BATCH));
  // Preparing blocks the event loop for seconds: let the keep-alive timers that expired meanwhile close their
  // sockets now, or the first request may go out on one the server closes at the same instant (ECONNRESET).
  await sleep(100);
  progress(`${method.name}: warm-up ${WARMUP_BATCHES} batches`);
  await runLoad((i) => send(i), { requests: WARMUP_BATCHES, concurrency: 1 });
  return { method, index, events: events.length, send, latenciesMs: [], elapsedMs: 0, cpuMicros: 0 };
}

/**
 * Measures every method in ROUNDS slices, taking turns (raw, GraphQL, REST, …, then GraphQL, REST, …, raw), so load
 * from other work on a shared machine and the tables' growth fall on all methods alike.
 */
async function measureInRounds(bench: BenchGateway, prepared: PreparedMethod[]): Promise<MethodResult[]> {
  const perRound = Math.ceil(MEASURED_BATCHES / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    const from = round * perRound;
    const count = Math.min(perRound, MEASURED_BATCHES - from);
    if (count <= 0) break;
    progress(`round ${round + 1}/${ROUNDS}: ${count} batches per method, concurrency ${CONCURRENCY}`);
    // Rotate who goes first, so a stall after a round change (GC, checkpoint) does not always hit one method.
    const turn = prepared.map((_, k) => prepared[(k + round) % prepared.length]!);
    for (const m of turn) {
      await bench.sql.query('CHECKPOINT');
      const cpu0 = process.cpuUsage();
      const load = await runLoad((i) => m.send(WARMUP_BATCHES + from + i), { requests: count, concurrency: CONCURRENCY });
      const cpu = process.cpuUsage(cpu0);
      m.cpuMicros += cpu.user + cpu.system;
      m.elapsedMs += load.elapsedMs;
      m.latenciesMs.push(...load.latenciesMs);
    }
  }
  const results: MethodResult[] = [];
  for (const m of prepared) {
    const { rows } = await bench.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${m.method.table} WHERE event_id LIKE $1`, [`m${m.index}-%`]);
    if (rows[0]!.n !== m.events) throw new Error(`${m.method.name}: ${rows[0]!.n} rows stored, expected ${m.events}`);
    const measured = m.latenciesMs.length * BATCH;
    const latency = summarize(m.latenciesMs);
    results.push({
      name: m.method.name,
      events: measured,
      batches: m.latenciesMs.length,
      elapsedMs: m.elapsedMs,
      perSecond: (measured * 1000) / m.elapsedMs,
      batchP50: latency.p50,
      batchP99: latency.p99,
      cpuMsPer1k: m.cpuMicros / measured,
    });
  }
  return results;
}

/** Names a captured statement by what it does, for the phase table (follows the repository code as it changes). */
function statementKind(q: CapturedQuery): string {
  const s = q.sql.trimStart().toLowerCase();
  if (s.startsWith('insert into "tracking_events"')) {
    return `INSERT tracking_events ${s.includes(' values ') ? 'VALUES' : 'SELECT'}${s.includes('on conflict') ? ' … ON CONFLICT DO NOTHING' : ''}${s.includes(' returning ') ? ' RETURNING' : ''}`;
  }
  if (s.startsWith('with input as') && s.includes('insert into tracking_events')) return 'INSERT tracking_event_keys … ON CONFLICT DO NOTHING, then tracking_events (append)';
  if (s.startsWith('update packages') || s.startsWith('update "packages"')) return 'UPDATE packages (state fold)';
  if (s.includes('from "packages"')) {
    const keys = [/"id" in|\bid = any/.test(s) ? 'id' : '', /"tracking_number" in|tracking_number = any/.test(s) ? 'tracking number' : ''].filter(Boolean);
    return `SELECT packages by ${keys.join(' or ') || 'other'}`;
  }
  if (s.includes('from "facilities"')) return 'SELECT facilities by code';
  return s.slice(0, 40);
}

/** What the parts of a write statement's plan are, by statement. */
function planLabels(kind: string): Parameters<typeof splitPlan>[1] {
  if (kind.startsWith('UPDATE')) return { input: 'find the packages (unnest, primary key)', write: 'write rows + index entries (non-HOT: every index)' };
  return {
    input: 'read the input, keep the claimed',
    write: 'write events + their index entries',
    cte: { name: /CTE claimed/, label: 'claim eventIds (tracking_event_keys insert)' },
  };
}

async function phaseBreakdown(bench: BenchGateway, fixtures: { packages: BenchPackage[]; facilities: BenchFacility[] }) {
  const events = makeEvents({ ...fixtures, count: 3 * PHASE_BATCHES * BATCH + BATCH, prefix: 'ph', startAt: new Date(Date.now() - 6 * DAY_MS), seed: 900 });
  const batches = chunk(events, BATCH);
  const overHttp = batches.slice(0, PHASE_BATCHES);
  const inProcess = batches.slice(PHASE_BATCHES, 2 * PHASE_BATCHES);
  const validation = batches.slice(2 * PHASE_BATCHES, 3 * PHASE_BATCHES);
  const explained = batches[3 * PHASE_BATCHES]!;

  // 1. The whole request, one at a time (no overlap hides anything).
  const http = await runLoad(
    async (i) => {
      const res = await postJson<{ data: { recordTrackingEvents: { accepted: number; rejected: unknown[] } } }>(
        `${bench.url}/graphql`,
        graphqlBody(RECORD, { events: overHttp[i]!.map(toGraphQLInput) }),
      );
      expectAccepted(res.data.recordTrackingEvents, BATCH, 'phase GraphQL');
    },
    { requests: overHttp.length, concurrency: 1 },
  );

  // 2. The service alone (validation + lookups + transaction + publish), statements timed by kysely.
  const capture = capturingDb(bench.database.url);
  try {
    return { http: summarize(http.latenciesMs), ...(await measureService(bench, capture, fixtures, inProcess, validation, explained)) };
  } finally {
    await capture.close();
  }
}

async function measureService(
  bench: BenchGateway,
  capture: CapturingDb,
  fixtures: { packages: BenchPackage[]; facilities: BenchFacility[] },
  inProcess: BenchEvent[][],
  validation: BenchEvent[][],
  explained: BenchEvent[],
) {
  const session: Session = { organizationId: BENCH_ORG, role: 'admin', subject: 'bench', via: 'api-key' };
  const deps = { db: capture.db, bus: bench.gateway.runtime.bus };
  await recordTrackingEvents(deps, session, makeEvents({ ...fixtures, count: BATCH, prefix: 'phw', startAt: new Date(Date.now() - 7 * DAY_MS), seed: 901 }).map(toGraphQLInput));
  capture.drain();
  const serviceMs: number[] = [];
  const statementMs = new Map<string, number[]>();
  for (const batch of inProcess) {
    const inputs = batch.map(toGraphQLInput);
    const t0 = performance.now();
    const result = await recordTrackingEvents(deps, session, inputs);
    serviceMs.push(performance.now() - t0);
    expectAccepted(result, BATCH, 'phase service');
    const perKind = new Map<string, number>();
    for (const q of capture.drain()) perKind.set(statementKind(q), (perKind.get(statementKind(q)) ?? 0) + q.durationMs);
    for (const [kind, ms] of perKind) statementMs.set(kind, [...(statementMs.get(kind) ?? []), ms]);
  }

  // 3. Validation alone (zod per event), on inputs as GraphQL hands them over.
  const validationMs = validation.map((batch) => {
    const inputs = batch.map(toGraphQLInput);
    const now = new Date();
    const t0 = performance.now();
    inputs.forEach((input, i) => validateEvent(input, i, now));
    return performance.now() - t0;
  });

  // 4. EXPLAIN ANALYZE of the statements one more batch sends. Afterwards its events are deleted and its
  //    packages put back as they were, so the explained INSERT really inserts and the UPDATE really
  //    changes state (an UPDATE that rewrites equal values can take the cheaper HOT path); both run in
  //    a rolled-back transaction.
  const packageIds = [...new Set(explained.map((e) => e.resolved.packageId))];
  const stateColumns = ['status', 'current_location', 'location_at', 'first_event_at', 'last_event_at', 'delivered_at', 'updated_at'];
  await bench.sql.query(`CREATE TEMP TABLE bench_package_backup AS SELECT id, ${stateColumns.join(', ')} FROM packages WHERE id = ANY($1::uuid[])`, [packageIds]);
  await recordTrackingEvents(deps, session, explained.map(toGraphQLInput));
  const statements = capture.drain();
  await bench.sql.query('DELETE FROM tracking_events WHERE organization_id = $1 AND event_id = ANY($2::text[])', [BENCH_ORG, explained.map((e) => e.eventId)]);
  await bench.sql.query('DELETE FROM tracking_event_keys WHERE organization_id = $1 AND event_id = ANY($2::text[])', [BENCH_ORG, explained.map((e) => e.eventId)]);
  await bench.sql.query(`UPDATE packages p SET ${stateColumns.map((c) => `${c} = b.${c}`).join(', ')} FROM bench_package_backup b WHERE p.id = b.id`);
  await bench.sql.query('DROP TABLE bench_package_backup');
  const plans: { kind: string; plan: string }[] = [];
  for (const q of statements) {
    const kind = statementKind(q);
    if (kind.startsWith('INSERT') || kind.startsWith('UPDATE')) plans.push({ kind, plan: await explainAnalyze(bench.sql, q) });
  }
  return { service: summarize(serviceMs), validation: summarize(validationMs), statementMs, plans };
}

async function main(): Promise<void> {
  progress('starting gateway on a fresh database');
  const bench = await startBenchGateway({ detection: args['with-detection'] });
  const pool = new pg.Pool({ connectionString: bench.database.url, max: Math.max(1, CONCURRENCY) });
  pool.on('error', () => undefined);
  try {
    const server = await describeServer(bench.sql);
    progress(`loading ${PACKAGES} packages`);
    const fixtures = { packages: await loadPackages(bench.sql, BENCH_ORG, PACKAGES), facilities: await loadFacilities(bench.sql, BENCH_ORG, Number(args.facilities)) };
    for (const table of ['raw_events_unnest', 'raw_events_values', 'raw_events_copy']) await createEventsTwin(bench.sql, table);
    await bench.sql.query('ANALYZE');

    const [graphql, rest] = gatewayMethods(bench);
    const [unnest, values, copy] = rawMethods(pool);
    const prepared: PreparedMethod[] = [];
    for (const [i, method] of [unnest!, graphql!, rest!, values!, copy!].entries()) prepared.push(await prepareMethod(method, i, fixtures));
    const results = await measureInRounds(bench, prepared);
    // PostgreSQL flushes table statistics about once a second.
    await new Promise((done) => setTimeout(done, 1500));
    const { rows: hot } = await bench.sql.query<{ upd: number; hot: number }>(
      `SELECT n_tup_upd::int AS upd, n_tup_hot_upd::int AS hot FROM pg_stat_user_tables WHERE relname = 'packages'`,
    );
    progress('phase breakdown');
    const phases = await phaseBreakdown(bench, fixtures);

    printHeader('Ingest benchmark', server);
    console.log(
      `${fmt(PACKAGES)} packages, ${fmt(EVENTS)} events per method in batches of ${fmt(BATCH)} (after ${WARMUP_BATCHES} warm-up batches), ` +
        `${CONCURRENCY} batches in flight; the methods take turns in ${ROUNDS} rounds (a checkpoint before each slice). Events: several per package in time order, 70% by package id / 30% by tracking number, ` +
        `75% with a facility code (15% of those without coordinates: the gateway fills them in), 15% GPS only. ` +
        `The gateway runs in the benchmark's own process (in-process bus; anomaly detection ${args['with-detection'] ? 'in the same process, as all-in-one' : 'not in this process, as in split mode (--with-detection to include it)'}). Raw methods write the same rows into ` +
        `twins of tracking_events (same indexes, constraints and foreign key) but do not update packages. ` +
        `tracking_events holds both gateway methods' rows (2× a twin's by the end).\n`,
    );
    const floor = results.find((r) => r.name.includes('(floor)'))!;
    console.log(
      markdownTable(
        ['method', 'events', 'elapsed s', 'events/s', 'vs raw unnest', 'batch p50 ms', 'batch p99 ms', 'Node CPU ms / 1k events'],
        results.map((r) => [
          r.name,
          fmt(r.events),
          fmt(r.elapsedMs / 1000, 2),
          `**${fmt(r.perSecond)}**`,
          `${fmt((100 * r.perSecond) / floor.perSecond)}%`,
          fmt(r.batchP50, 1),
          fmt(r.batchP99, 1),
          fmt(r.cpuMsPer1k, 1),
        ]),
      ),
    );

    console.log(
      `\nPackage rows updated by ingest so far: ${fmt(hot[0]?.upd ?? NaN)}, of which HOT (no index entries written): ` +
        `${fmt((100 * (hot[0]?.hot ?? NaN)) / (hot[0]?.upd ?? NaN))}%.`,
    );
    console.log(`\n## Where a batch's time goes (${fmt(BATCH)} events, one at a time, ${PHASE_BATCHES} batches each; ms)\n`);
    const rows: string[][] = [
      ['whole GraphQL request over HTTP', fmt(phases.http.p50, 1), fmt(phases.http.mean, 1)],
      ['`recordTrackingEvents` service called in-process', fmt(phases.service.p50, 1), fmt(phases.service.mean, 1)],
      ['↳ validation (zod, per event)', fmt(phases.validation.p50, 1), fmt(phases.validation.mean, 1)],
    ];
    for (const [kind, ms] of phases.statementMs) {
      const s = summarize(ms);
      rows.push([`↳ SQL: ${kind}`, fmt(s.p50, 1), fmt(s.mean, 1)]);
    }
    // The facilities lookup overlaps the packages one, and compaction runs after the answer: neither adds to the batch.
    const sequentialSql = [...phases.statementMs]
      .filter(([kind]) => kind !== 'SELECT facilities by code' && !kind.includes('compact_package_rollups'))
      .reduce((sum, [, ms]) => sum + summarize(ms).p50, 0);
    rows.push(['↳ other JS: resolve rows, fold state, answer, publish (≈ service − validation − SQL on the path)', fmt(phases.service.p50 - phases.validation.p50 - sequentialSql, 1), '']);
    rows.push(['HTTP + GraphQL parse/validate/coerce + federation + response (request − service)', fmt(phases.http.p50 - phases.service.p50, 1), fmt(phases.http.mean - phases.service.mean, 1)]);
    console.log(markdownTable(['phase', 'p50', 'mean'], rows));
    console.log(
      '\nNode CPU: user + system time of this process (the gateway and the load client share it) over the measured window; ' +
        'for raw methods it is the client side only. PostgreSQL runs on the other core.',
    );
    console.log('\nThe three lookups run concurrently (Promise.all); SQL times are as kysely measured them (round trip + row decoding).');
    console.log(`\n## Inside PostgreSQL: the write statements of one more batch (\`EXPLAIN (ANALYZE, BUFFERS)\`, plans below; ms)\n`);
    console.log(markdownTable(['statement', 'part', 'ms'], phases.plans.flatMap(({ kind, plan }) => splitPlan(plan, planLabels(kind)).map((p) => [kind, p.part, fmt(p.ms, 1)]))));
    for (const { kind, plan } of phases.plans) console.log(`\n\`EXPLAIN (ANALYZE, BUFFERS)\` — ${kind}:\n\n\`\`\`\n${plan}\n\`\`\``);
  } finally {
    await pool.end();
    await bench.close();
  }
}

await main();
