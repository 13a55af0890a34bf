/**
 * Storage per million tracking events: loads events through the append statement ingest uses (eventId keys,
 * monthly partitions, rollup triggers) on a fresh PostgreSQL database, ANALYZEs, and sums
 * pg_total_relation_size over tracking_events' partitions and tracking_event_keys (heap, indexes, TOAST).
 *
 *   npx tsx --conditions=source bench/event-size.bench.ts [--events 1000000] [--packages 100000] [--batch 5000]
 */
import { parseArgs } from 'node:util';
import { eventReason, migrateToLatest, openDatabase } from '@clearpath/core';
import { appendEvents, type NewEvent } from '../subgraphs/packages/src/events/event.repository.js';
import { createBenchDatabase, describeServer } from './support/bench-database.js';
import { printHeader, progress } from './support/bench-report.js';
import { chunk, loadFacilities, loadPackages, makeEvents, type BenchEvent } from './support/ingest-fixtures.js';
import { markdownTable } from './support/markdown-table.js';
import pg from 'pg';

const { values: args } = parseArgs({
  options: { events: { type: 'string', default: '1000000' }, packages: { type: 'string', default: '100000' }, batch: { type: 'string', default: '5000' } },
});
const EVENTS = Number(args.events);
const PACKAGES = Number(args.packages);
const BATCH = Number(args.batch);
const ORG = 'org_size';

function toRow(e: BenchEvent): NewEvent {
  const r = e.resolved;
  const { reason, source } = eventReason(null, null, e.description);
  return {
    eventId: e.eventId,
    packageId: r.packageId,
    status: e.status,
    carrierCode: null,
    description: e.description,
    occurredAt: new Date(e.occurredAt),
    facilityCode: r.facilityCode,
    locationName: r.locationName,
    lat: r.lat,
    lon: r.lon,
    attributes: {},
    reason,
    reasonSource: source,
    unmappedCode: false,
  };
}

async function main(): Promise<void> {
  const database = await createBenchDatabase();
  const client = new pg.Client({ connectionString: database.url });
  const handle = await openDatabase({ url: database.url });
  try {
    await client.connect();
    await migrateToLatest(handle.db);
    const packages = await loadPackages(client, ORG, PACKAGES);
    const facilities = await loadFacilities(client, ORG, 40);
    const events = makeEvents({ packages, facilities, count: EVENTS, prefix: 'size', startAt: new Date(Date.now() - 200 * 86_400_000), seed: 11 });
    const t0 = performance.now();
    for (const [i, batch] of chunk(events, BATCH).entries()) {
      await handle.db.transaction().execute((tx) => appendEvents(tx, ORG, batch.map(toRow)));
      if (i % 20 === 0) progress(`${(i + 1) * BATCH} events`);
    }
    const loadSeconds = (performance.now() - t0) / 1000;
    await client.query('ANALYZE tracking_events');
    await client.query(`DO $$ BEGIN IF to_regclass('tracking_event_keys') IS NOT NULL THEN ANALYZE tracking_event_keys; END IF; END $$`);
    const { rows } = await client.query<{ relation: string; heap: string; indexes: string; toast: string; total: string; rows: string }>(`
      WITH rels AS (
        SELECT 'tracking_events (' || count(*) || ' partitions)' AS relation, coalesce(array_agg(inhrelid), ARRAY['tracking_events'::regclass::oid]) AS oids
        FROM pg_inherits WHERE inhparent = 'tracking_events'::regclass
        -- Before partitioning (an A/B run on older code) neither partitions nor keys exist.
        UNION ALL SELECT 'tracking_event_keys', ARRAY[to_regclass('tracking_event_keys')::oid] WHERE to_regclass('tracking_event_keys') IS NOT NULL)
      SELECT relation,
             sum(pg_relation_size(o)) AS heap, sum(pg_indexes_size(o)) AS indexes,
             sum(pg_total_relation_size(o) - pg_relation_size(o) - pg_indexes_size(o)) AS toast, sum(pg_total_relation_size(o)) AS total,
             sum((SELECT reltuples FROM pg_class WHERE oid = o)) AS rows
      FROM rels, unnest(oids) AS o GROUP BY relation ORDER BY relation DESC`);
    const perMillion = (bytes: string) => `${((Number(bytes) / EVENTS) * 1e6 / 1024 ** 2).toFixed(0)} MiB`;
    printHeader('Event log size', await describeServer(client));
    console.log(`${EVENTS.toLocaleString('en-US')} events over ${PACKAGES.toLocaleString('en-US')} packages appended in batches of ${BATCH.toLocaleString('en-US')} through appendEvents (${loadSeconds.toFixed(0)} s), then ANALYZE. Sizes from pg_relation_size, pg_indexes_size and pg_total_relation_size, scaled to one million events.\n`);
    const total = rows.reduce((n, r) => n + Number(r.total), 0);
    console.log(
      markdownTable(
        ['relation', 'rows (estimate)', 'heap', 'indexes', 'TOAST and maps', 'total per million events'],
        [
          ...rows.map((r) => [r.relation, Number(r.rows).toLocaleString('en-US'), perMillion(r.heap), perMillion(r.indexes), perMillion(r.toast), perMillion(r.total)]),
          ['all', '', '', '', '', `**${perMillion(String(total))}** (${(total / EVENTS).toFixed(0)} bytes per event)`],
        ],
      ),
    );
  } finally {
    await client.end().catch(() => undefined);
    await handle.close();
    await database.drop();
  }
}

await main();
