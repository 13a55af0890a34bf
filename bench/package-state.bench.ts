/**
 * What a narrow package-state table would save ingest (issue 11): the state fold's UPDATE of 1,000 packages as
 * ingest sends it, on `packages` (every column, nine indexes, the rollup trigger) against a twin table holding
 * only the event-derived columns and the indexes filters need on them (status, current facility, delivery,
 * open promise). Each batch moves its packages to a new status and facility (as a scan at the next hub does),
 * so no update can be HOT. A third variant sends `packages` events that keep each package's status and carry no
 * location, so its updates can be HOT: what the fold would cost on `packages` if the status and facility indexes
 * lived elsewhere. Turns rotate, so load from other work falls on all. No events are stored, so the
 * rollup trigger's reason move finds none: the figures are the row and index writes, the trigger's fixed part.
 *
 *   npx tsx --conditions=source bench/package-state.bench.ts [--packages 100000] [--batches 20]
 */
import { parseArgs } from 'node:util';
import { migrateToLatest, openDatabase } from '@clearpath/core';
import { sql, type Kysely } from 'kysely';
import { createBenchDatabase, describeServer } from './support/bench-database.js';
import { printHeader, progress } from './support/bench-report.js';
import { markdownTable } from './support/markdown-table.js';
import { fmt, summarize } from './support/stats.js';
import pg from 'pg';

const { values: args } = parseArgs({ options: { packages: { type: 'string', default: '100000' }, batches: { type: 'string', default: '20' } } });
const PACKAGES = Number(args.packages);
const BATCHES = Number(args.batches);
if (!Number.isInteger(PACKAGES) || PACKAGES < 1000 || !Number.isInteger(BATCHES) || BATCHES < 1) throw new Error('--packages ≥ 1000 and --batches ≥ 1, integers');
const ORG = 'org_state';

async function load(db: Kysely<unknown>): Promise<void> {
  await sql`INSERT INTO packages (organization_id, tracking_number, carrier, service_level, reference, recipient, destination, promised_delivery_at, created_at)
    SELECT ${ORG}, 'ST' || lpad(i::text, 9, '0'), (ARRAY['DHL','UPS','FedEx','USPS','PostNL'])[1 + i % 5], 'STANDARD', 'ORD-' || i, 'Recipient ' || i,
           jsonb_build_object('city', 'Hamburg', 'country', 'DE', 'lat', 53.55, 'lon', 9.99), now() + interval '3 days', now() - (i % 30) * interval '1 day'
    FROM generate_series(1, ${PACKAGES}::int) i`.execute(db);
  // The narrow twin: the columns ingest derives from events, plus what its indexes and rollups key on.
  await sql`CREATE TABLE package_state AS SELECT id AS package_id, organization_id, status, current_location, location_at, first_event_at,
    last_event_at, delivered_at, promised_delivery_at, created_at, deleted_at FROM packages`.execute(db);
  await sql`ALTER TABLE package_state ADD PRIMARY KEY (package_id)`.execute(db);
  await sql`CREATE INDEX ON package_state (organization_id, status, created_at DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX ON package_state (organization_id, (current_location ->> 'facilityCode'), status) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX ON package_state (organization_id, delivered_at) WHERE deleted_at IS NULL AND delivered_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX ON package_state (organization_id, promised_delivery_at)
    WHERE deleted_at IS NULL AND promised_delivery_at IS NOT NULL AND status <> ALL (ARRAY['DELIVERED', 'RETURNED', 'CANCELLED'])`.execute(db);
  await sql`ANALYZE`.execute(db);
}

type Variant = 'packages' | 'package_state' | 'packages_hot';

/**
 * The state fold's UPDATE (event.repository.ts applyPackageState) on `packages` or the narrow twin, keyed by `key`;
 * its time in ms. `packages_hot` is the same UPDATE on `packages` for events that keep each package's status and
 * carry no location (only last_event_at and first_event_at move, no indexed column): what the fold costs when it
 * can be HOT, as it could for most events if the status and facility indexes lived elsewhere.
 */
async function batch(client: pg.Client, variant: Variant, step: number): Promise<number> {
  const table = variant === 'package_state' ? 'package_state' : 'packages';
  const key = table === 'packages' ? 'id' : 'package_id';
  const { rows } = await client.query<{ id: string; status: string }>(`SELECT id, status FROM packages ORDER BY md5(id::text || $1) LIMIT 1000`, [
    `${variant === 'packages_hot' ? 'h' : ''}${step}`,
  ]);
  rows.sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = rows.map((r) => r.id);
  const at = new Date(Date.now() + step * 1000).toISOString();
  const location = JSON.stringify({ facilityCode: `HUB-${step % 40}`, name: 'Hub', lat: 50 + (step % 7), lon: 8 });
  const statuses = ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'EXCEPTION', 'IN_TRANSIT'];
  const t0 = performance.now();
  await client.query('BEGIN');
  await client.query(
    `UPDATE ${table} AS p SET
      status = CASE WHEN p.last_event_at IS NULL OR v.status_at >= p.last_event_at THEN v.status ELSE p.status END,
      last_event_at = GREATEST(p.last_event_at, v.status_at),
      current_location = CASE WHEN v.location IS NOT NULL AND (p.location_at IS NULL OR v.location_at >= p.location_at) THEN v.location ELSE p.current_location END,
      location_at = CASE WHEN v.location IS NOT NULL THEN GREATEST(p.location_at, v.location_at) ELSE p.location_at END,
      first_event_at = LEAST(p.first_event_at, v.first_event_at),
      delivered_at = COALESCE(LEAST(p.delivered_at, v.delivered_at), p.delivered_at, v.delivered_at)
    FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[], $7::timestamptz[])
      AS v(package_id, status, status_at, location, location_at, first_event_at, delivered_at)
    WHERE p.${key} = v.package_id AND p.organization_id = $8`,
    variant === 'packages_hot'
      ? [ids, rows.map((r) => r.status), ids.map(() => at), ids.map(() => null), ids.map(() => null), ids.map(() => at), ids.map(() => null), ORG]
      : [ids, ids.map(() => statuses[step % statuses.length]), ids.map(() => at), ids.map(() => location), ids.map(() => at), ids.map(() => at), ids.map(() => null), ORG],
  );
  await client.query('COMMIT');
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const handle = await openDatabase({ url: database.url });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrateToLatest(handle.db);
    await client.connect();
    const server = await describeServer(client);
    progress(`loading ${PACKAGES} packages and the narrow twin`);
    await load(handle.db as unknown as Kysely<unknown>);
    const times: Record<Variant, number[]> = { packages: [], package_state: [], packages_hot: [] };
    const variants: Variant[] = ['packages', 'package_state', 'packages_hot'];
    for (let step = 0; step < BATCHES + 2; step++) {
      // Rotate who goes first, so load from other work falls on all alike.
      for (const variant of variants.map((_, k) => variants[(k + step) % variants.length]!)) {
        const ms = await batch(client, variant, step);
        if (step >= 2) times[variant].push(ms); // the first two warm caches and plans
      }
    }
    await new Promise((done) => setTimeout(done, 1500)); // PostgreSQL flushes table statistics about once a second
    const { rows: hot } = await client.query<{ relname: string; upd: number; hot: number }>(
      `SELECT relname, n_tup_upd::int AS upd, n_tup_hot_upd::int AS hot FROM pg_stat_user_tables WHERE relname IN ('packages', 'package_state')`,
    );
    printHeader('Package state: the state fold on packages vs a narrow table', server);
    console.log(`${fmt(PACKAGES)} packages; ${BATCHES} batches of 1,000 packages each per table after 2 warm-up batches, alternating; each batch one transaction.\n`);
    const p = summarize(times.packages);
    const s = summarize(times.package_state);
    const h = summarize(times.packages_hot);
    console.log(
      markdownTable(
        ['table', 'indexes', 'UPDATE + COMMIT p50 ms', 'mean ms', 'HOT updates'],
        [
          ['`packages` (all columns, rollup trigger)', '9', fmt(p.p50, 1), fmt(p.mean, 1), `${hot.find((r) => r.relname === 'packages')?.hot ?? 0} of ${hot.find((r) => r.relname === 'packages')?.upd ?? 0}, both rows`],
          ['`package_state` (event-derived columns only)', '5', fmt(s.p50, 1), fmt(s.mean, 1), `${hot.find((r) => r.relname === 'package_state')?.hot ?? 0} of ${hot.find((r) => r.relname === 'package_state')?.upd ?? 0}`],
          ['`packages`, events that change no indexed column', '9', fmt(h.p50, 1), fmt(h.mean, 1), '(in the first row)'],
        ],
      ),
    );
    console.log(`\nThe narrow table's batch takes ${fmt((100 * s.p50) / p.p50)}% of the packages one (p50); a HOT batch on packages ${fmt((100 * h.p50) / p.p50)}%.`);
  } finally {
    await client.end().catch(() => undefined);
    await handle.close();
    await database.drop();
  }
}

await main();
