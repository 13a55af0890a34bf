import { sql, Migrator } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, type Backend } from '../../../../../test/support/test-database.js';
import { openDatabase } from '../database.js';
import { migrateToLatest, migrationProvider } from '../migrator.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.each(['pglite', 'postgres'] as Backend[])('event reasons migration on %s', (backend) => {
  it('classifies stored events by their code and description, leaving normal scans OTHER', { timeout: 120_000 }, async () => {
    const pg = backend === 'postgres' ? await createPostgresDatabase() : undefined;
    const handle = await openDatabase({ url: pg?.url, dataDir: 'memory://' });
    cleanups.push(async () => {
      await handle.close();
      await pg?.drop();
    });
    const { db } = handle;
    const before = await new Migrator({ db, provider: migrationProvider }).migrateTo('2026-12-02T1100-api-key-management');
    expect(before.error).toBeUndefined();
    const [pkg] = (await sql<{ id: string }>`INSERT INTO packages (organization_id, tracking_number, carrier, service_level)
      VALUES ('org_m', 'TN1', 'DHL', 'STANDARD') RETURNING id`.execute(db)).rows;
    const rows: [string, string | null, string | null][] = [
      ['e1', 'FA', 'Incorrect address - consignee unknown at this address'],
      ['e2', 'ZZ9', 'Shipment held by customs authority - awaiting import documents'],
      ['e3', 'AR', 'Arrived at hub'],
      ['e4', 'CUSTOMS_HOLD', null],
      ['e5', null, null],
      ['e6', 'ZZ9', 'Shipment held by customs authority - awaiting import documents'],
    ];
    for (const [id, code, description] of rows) {
      await sql`INSERT INTO tracking_events (organization_id, event_id, package_id, status, carrier_code, description, occurred_at)
        VALUES ('org_m', ${id}, ${pkg!.id}, 'IN_TRANSIT', ${code}, ${description}, now())`.execute(db);
    }
    await migrateToLatest(db);
    const stored = await db.selectFrom('tracking_events').select(['event_id', 'reason', 'reason_source', 'unmapped_code']).orderBy('event_id').execute();
    expect(stored.map((e) => [e.event_id, e.reason, e.reason_source, e.unmapped_code])).toEqual([
      ['e1', 'ADDRESS', 'DESCRIPTION', false],
      ['e2', 'CUSTOMS', 'DESCRIPTION', true],
      ['e3', 'OTHER', 'DEFAULT', false],
      ['e4', 'CUSTOMS', 'CODE', false],
      ['e5', 'OTHER', 'DEFAULT', false],
      ['e6', 'CUSTOMS', 'DESCRIPTION', true],
    ]);
  });
});
