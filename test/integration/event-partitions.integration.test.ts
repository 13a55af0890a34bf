import { maintainEventPartitions, migrateToLatest, openDatabase, type Db } from '@clearpath/core';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationProvider } from '../../libs/core/src/database/migrator.js';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS, createPostgresDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, sleep, wsClient } from './realtime-client.js';

const EVENTS = /* GraphQL */ `
  subscription Events($packageId: ID, $after: String) {
    trackingEventRecorded(packageId: $packageId, after: $after) { seq eventId }
  }
`;

interface Recorded {
  recordTrackingEvents: { accepted: number; duplicates: { index: number; eventId: string }[] };
}

async function partitionsOf(db: Db, eventIds: string[]): Promise<Record<string, string>> {
  const { rows } = await sql<{ event_id: string; part: string }>`
    SELECT event_id, tableoid::regclass::text AS part FROM tracking_events WHERE event_id = ANY(${eventIds})`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.event_id, r.part]));
}

describe('tracking_events partitioned by month', () => {
  it('on PostgreSQL, the migration moves every existing row into its month, keeping seq and every column; the default partition hands rows to a month created later', { timeout: 120_000 }, async () => {
    const pg = await createPostgresDatabase();
    const handle = await openDatabase({ url: pg.url });
    try {
      const { db } = handle;
      const before = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-12-03T0630-package-stats-totals');
      expect(before.error).toBeUndefined();
      const { rows: pkgs } = await sql<{ id: string }>`INSERT INTO packages (organization_id, tracking_number, carrier, service_level)
        SELECT 'org_mig', 'TN' || g, 'DHL', 'STANDARD' FROM generate_series(1, 3) g RETURNING id`.execute(db);
      const received = ['2026-09-15T10:00:00Z', '2026-10-31T23:59:59.999Z', '2026-11-01T00:00:00Z', '2026-11-20T08:00:00Z', '2099-06-15T00:00:00Z'];
      for (const [i, at] of received.entries()) {
        await sql`INSERT INTO tracking_events (organization_id, event_id, package_id, status, occurred_at, received_at, reason, attributes)
          VALUES ('org_mig', ${`m-${i}`}, ${pkgs[i % 3]!.id}, 'IN_TRANSIT', ${at}::timestamptz - interval '1 hour', ${at}, ${i === 1 ? 'CUSTOMS' : 'OTHER'}, ${JSON.stringify({ i })})`.execute(db);
      }
      const snapshot = sql<Record<string, unknown>>`SELECT to_jsonb(e) - 'seq' AS row, seq FROM tracking_events e ORDER BY seq`;
      const rowsBefore = (await snapshot.execute(db)).rows;
      await sql`SELECT compact_package_rollups()`.execute(db);
      const hoursBefore = (await sql<{ n: string }>`SELECT sum(events) AS n FROM event_hour_rollup`.execute(db)).rows[0]?.n;

      await migrateToLatest(db);
      expect((await snapshot.execute(db)).rows).toEqual(rowsBefore);
      expect(await partitionsOf(db, ['m-0', 'm-1', 'm-2', 'm-3', 'm-4'])).toEqual({
        'm-0': 'tracking_events_2026_09',
        'm-1': 'tracking_events_2026_10',
        'm-2': 'tracking_events_2026_11',
        'm-3': 'tracking_events_2026_11',
        'm-4': 'tracking_events_default',
      });
      const keys = await sql<{ n: number }>`SELECT count(*)::int AS n FROM tracking_event_keys WHERE organization_id = 'org_mig'`.execute(db);
      expect(keys.rows[0]?.n).toBe(5);
      const maxBefore = Math.max(...rowsBefore.map((r) => Number(r.seq)));
      const next = await sql<{ seq: string }>`INSERT INTO tracking_events (organization_id, event_id, package_id, status, occurred_at)
        VALUES ('org_mig', 'm-new', ${pkgs[0]!.id}, 'IN_TRANSIT', now()) RETURNING seq`.execute(db);
      expect(Number(next.rows[0]?.seq)).toBeGreaterThan(maxBefore);

      // Months created ahead are idempotent; a month the default partition already holds rows of takes them over.
      const report = await maintainEventPartitions(db, { now: new Date('2099-06-02T00:00:00Z') });
      expect(report.created).toContain('tracking_events_2099_06');
      expect((await maintainEventPartitions(db, { now: new Date('2099-06-02T00:00:00Z') })).created).toEqual([]);
      expect(await partitionsOf(db, ['m-4'])).toEqual({ 'm-4': 'tracking_events_2099_06' });
      await sql`SELECT compact_package_rollups()`.execute(db);
      const hoursAfter = (await sql<{ n: string }>`SELECT sum(events) AS n FROM event_hour_rollup`.execute(db)).rows[0]?.n;
      expect([Number(hoursBefore), Number(hoursAfter)]).toEqual([5, 6]); // m-new only: moving rows counts nothing twice
    } finally {
      await handle.close();
      await pg.drop();
    }
  });

  describe.each(BACKENDS)('an app on partitions (%s)', (backend) => {
    let app: TestApp;
    let db: Db;
    const token = () => app.token('org_part');
    const record = async (events: unknown[]) => {
      const result = await app.gql<Recorded>(RECORD, { events }, token());
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      return result.data.recordTrackingEvents;
    };
    const replay = async (after: string) => {
      const client = wsClient(app.url, { authorization: `Bearer ${token()}` });
      const sub = collect<{ seq: string; eventId: string }>(client, EVENTS, { after });
      await sleep(1500);
      await client.dispose();
      return { events: sub.items.map((i) => i.eventId), errors: JSON.stringify(sub.errors) };
    };
    let pkg: { id: string };
    const seqOf: Record<string, string> = {};

    beforeAll(async () => {
      app = await startTestApp(backend);
      db = app.gateway.runtime.database.db;
      pkg = await createPackage(app, token());
      // Three older months, one event on each side of the September/October boundary.
      for (const month of ['2026-08-01', '2026-09-01', '2026-10-01']) await sql`SELECT ensure_tracking_events_partition(${month}::date)`.execute(db);
      const old = [
        ['old-1', '2026-08-10T12:00:00Z'],
        ['old-2', '2026-09-30T23:59:59.999Z'],
        ['old-3', '2026-10-01T00:00:00Z'],
        ['old-4', '2026-10-20T00:00:00Z'],
      ];
      for (const [id, at] of old) {
        expect((await record([event(pkg.id, id!, '2026-08-01T00:00:00Z', 'IN_TRANSIT')])).accepted).toBe(1);
        // As if received then: the row moves to that month's partition and keeps its seq.
        await sql`UPDATE tracking_events SET received_at = ${at} WHERE organization_id = 'org_part' AND event_id = ${id}`.execute(db);
      }
      await record([event(pkg.id, 'now-1', '2026-08-02T00:00:00Z', 'IN_TRANSIT'), event(pkg.id, 'now-2', '2026-08-03T00:00:00Z', 'OUT_FOR_DELIVERY')]);
      const { rows } = await sql<{ event_id: string; seq: string }>`SELECT event_id, seq FROM tracking_events WHERE organization_id = 'org_part'`.execute(db);
      for (const r of rows) seqOf[r.event_id] = String(r.seq);
    }, 120_000);
    afterAll(() => app?.close());

    it('a month boundary splits events between partitions; a resume from an old month replays across all of them in log order', async () => {
      const parts = await partitionsOf(db, ['old-1', 'old-2', 'old-3', 'old-4', 'now-1']);
      expect(parts['old-1']).toBe('tracking_events_2026_08');
      expect(parts['old-2']).toBe('tracking_events_2026_09');
      expect(parts['old-3']).toBe('tracking_events_2026_10');
      expect(parts['old-4']).toBe('tracking_events_2026_10');
      expect(parts['now-1']).toMatch(/^tracking_events_\d{4}_\d{2}$/);
      const resumed = await replay(seqOf['old-1']!);
      expect(resumed.errors).toBe('[]');
      expect(resumed.events).toEqual(['old-2', 'old-3', 'old-4', 'now-1', 'now-2']);
      // A resend of an event stored in an old partition is a duplicate.
      const again = await record([event(pkg.id, 'old-2', '2026-08-01T00:00:00Z', 'IN_TRANSIT')]);
      expect(again).toMatchObject({ accepted: 0, duplicates: [{ index: 0, eventId: 'old-2' }] });
    }, 60_000);

    it('retention drops whole old months: a replay from before them is HISTORY_EXPIRED, from after them complete, package state intact', async () => {
      const state = /* GraphQL */ `query($id: ID!) { package(id: $id) { status lastEventAt events { eventId } } }`;
      const before = await app.gql<{ package: { status: string; lastEventAt: string; events: { eventId: string }[] } }>(state, { id: pkg.id }, token());
      const report = await maintainEventPartitions(db, { retentionMonths: 1, now: new Date('2026-11-15T00:00:00Z') });
      expect(report.dropped).toEqual(['tracking_events_2026_08', 'tracking_events_2026_09']);
      const horizon = await sql<{ expired_through: string }>`SELECT expired_through FROM event_log_horizon`.execute(db);
      expect(String(horizon.rows[0]?.expired_through)).toBe(seqOf['old-2']);

      const expired = await replay(seqOf['old-1']!);
      expect(expired.errors).toMatch(/HISTORY_EXPIRED/);
      expect(expired.events).toEqual([]);
      const kept = await replay(seqOf['old-2']!);
      expect(kept.errors).toBe('[]');
      expect(kept.events).toEqual(['old-3', 'old-4', 'now-1', 'now-2']);

      const after = await app.gql<{ package: { status: string; lastEventAt: string; events: { eventId: string }[] } }>(state, { id: pkg.id }, token());
      expect(after.data?.package.status).toBe(before.data?.package.status);
      expect(after.data?.package.lastEventAt).toBe(before.data?.package.lastEventAt);
      expect(after.data?.package.events.map((e) => e.eventId).sort()).toEqual(['now-1', 'now-2', 'old-3', 'old-4']);
      // The dedup window is the retention: an eventId whose event was dropped is new again.
      expect((await record([event(pkg.id, 'old-1', '2026-08-01T00:00:00Z', 'IN_TRANSIT')])).accepted).toBe(1);
      expect((await record([event(pkg.id, 'old-3', '2026-08-01T00:00:00Z', 'IN_TRANSIT')])).accepted).toBe(0);
    }, 60_000);

    it('concurrent batches with overlapping eventIds store each event exactly once and report the rest as duplicates', async () => {
      const ids = Array.from({ length: 120 }, (_, i) => `c-${i}`);
      const batches = Array.from({ length: 8 }, (_, b) => ids.filter((_, i) => (i * 7 + b * 13) % 3 !== 0).map((id) => event(pkg.id, id, '2026-08-04T00:00:00Z', 'IN_TRANSIT')));
      const results = await Promise.all(batches.map((events) => record(events)));
      const sent = new Set(batches.flat().map((e) => e.eventId));
      expect(results.reduce((n, r) => n + r.accepted, 0)).toBe(sent.size);
      expect(results.reduce((n, r, i) => n + r.duplicates.length + r.accepted - batches[i]!.length, 0)).toBe(0);
      const { rows } = await sql<{ event_id: string; n: number }>`SELECT event_id, count(*)::int AS n FROM tracking_events
        WHERE organization_id = 'org_part' AND event_id LIKE 'c-%' GROUP BY 1`.execute(db);
      expect(rows.length).toBe(sent.size);
      expect(rows.every((r) => r.n === 1)).toBe(true);
    }, 60_000);
  });
});
