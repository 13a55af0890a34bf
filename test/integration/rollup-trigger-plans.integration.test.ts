import { migrateToLatest, openDatabase } from '@clearpath/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partitionName } from '../../libs/core/src/database/event-partitions.js';
import { createPostgresDatabase } from '../support/test-database.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/**
 * The rollup triggers read a package's events from tracking_events. A plan made while this month's partition
 * was empty (a sequential scan, looped over the statement's packages) must not be kept as the partition grows:
 * that made one ingest UPDATE run for minutes. auto_explain reports the plans the trigger statements really ran
 * with, in the session that ran them, as notices.
 */
describe('rollup trigger plans on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let client: pg.Client;
  const plans: { query: string; plan: PlanNode; jit: boolean }[] = [];
  const month = partitionName(new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1)));

  beforeAll(async () => {
    database = await createPostgresDatabase();
    const handle = await openDatabase({ url: database.url });
    await migrateToLatest(handle.db);
    await handle.close();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    client.on('notice', (notice) => {
      const text = notice.message ?? '';
      const start = text.indexOf('{');
      if (start < 0) return;
      const parsed = JSON.parse(text.slice(start)) as { 'Query Text': string; Plan: PlanNode; JIT?: unknown };
      plans.push({ query: parsed['Query Text'], plan: parsed.Plan, jit: parsed.JIT !== undefined });
    });
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  const addEvents = (perPackage: number, prefix: string, packages = 400) =>
    client.query(
      `INSERT INTO tracking_events (organization_id, event_id, package_id, status, occurred_at, reason)
       SELECT 'org_plans', $1 || p.n || '-' || g, p.id, 'IN_TRANSIT', now() - interval '1 day', (ARRAY['CUSTOMS','WEATHER','ADDRESS'])[1 + g % 3]
       FROM (SELECT id, row_number() OVER (ORDER BY tracking_number) AS n FROM packages WHERE organization_id = 'org_plans') p, generate_series(1, $2::int) g
       WHERE p.n <= $3`,
      [prefix, perPackage, packages],
    );

  it('re-plans reads of tracking_events as the month grows: index probes, not a scan per package; no JIT', { timeout: 120_000 }, async () => {
    await client.query(`INSERT INTO packages (organization_id, tracking_number, carrier, service_level)
      SELECT 'org_plans', 'PL' || g, 'DHL', 'STANDARD' FROM generate_series(1, 400) g`);
    // An ANALYZE (after a bulk load of packages, say) records this month's partition as empty; then the first
    // calls of both triggers in this session come while it is empty or nearly (an ingest batch's state UPDATE
    // runs before its append).
    await client.query('ANALYZE');
    await client.query(`UPDATE packages SET status = 'IN_TRANSIT' WHERE organization_id = 'org_plans'`);
    await addEvents(1, 'a', 10);
    // The month grows (no ANALYZE, as with autovacuum off), then the same triggers run again in the same session.
    await addEvents(100, 'b');
    await client.query(`LOAD 'auto_explain'`);
    await client.query(`SET auto_explain.log_min_duration = 0; SET auto_explain.log_nested_statements = on;
      SET auto_explain.log_level = notice; SET auto_explain.log_format = json; SET client_min_messages = notice`);
    await client.query(`UPDATE packages SET status = 'EXCEPTION' WHERE organization_id = 'org_plans'`);
    await addEvents(1, 'c');
    await client.query('RESET auto_explain.log_min_duration');

    const readers = plans.filter((p) => /FROM tracking_events e/i.test(p.query));
    // The reason move (packages' UPDATE) and the first-event-of-a-reason check (events' INSERT).
    expect(readers.map((p) => (/INSERT INTO reason_rollup_delta/.test(p.query) ? 'reasons' : 'other'))).toEqual(['reasons', 'reasons']);
    for (const { plan, jit } of readers) {
      const scans = nodes(plan).filter((n) => n['Relation Name'] === month);
      expect(scans.length).toBeGreaterThan(0);
      expect(scans.map((n) => n['Node Type']).filter((t) => t === 'Seq Scan')).toEqual([]);
      expect(jit).toBe(false);
    }
    // And the answers: every package moved its events to EXCEPTION (the last batch counted there too).
    await client.query('SELECT compact_package_rollups()');
    const { rows } = await client.query<{ status: string; packages: string; events: string }>(
      `SELECT status, sum(packages) AS packages, sum(events) AS events FROM reason_rollup_total WHERE organization_id = 'org_plans' GROUP BY status`,
    );
    expect(rows).toEqual([{ status: 'EXCEPTION', packages: String(3 * 400), events: String(101 * 400 + 10) }]);
  });
});
