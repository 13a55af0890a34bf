import { migrateToLatest, openDatabase, type DatabaseHandle } from '@clearpath/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../support/test-database.js';

/**
 * Replicas started together (docker-compose --scale) all migrate at start: on a fresh PostgreSQL database
 * they must all succeed and each migration must run exactly once (a second run of a migration would fail on
 * its already-created tables, and the migration table's primary key rejects a second row).
 */
describe('migrations started by several processes at once', () => {
  const replicas = 6;
  let handles: DatabaseHandle[] = [];
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    drop = database.drop;
    // One pool per "process", as separate replicas have.
    handles = await Promise.all(Array.from({ length: replicas }, () => openDatabase({ url: database.url, poolSize: 2 })));
  });

  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    await drop();
  });

  it('all succeed, each migration applied once', async () => {
    const outcomes = await Promise.allSettled(handles.map((h) => migrateToLatest(h.db)));
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    const { rows } = await sql<{ name: string; runs: number }>`
      select name, count(*)::int as runs from kysely_migration group by name order by name`.execute(handles[0]!.db);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.runs === 1)).toBe(true);
    // The schema is complete: a table from the latest migrations exists.
    const tables = await sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename = 'tracking_events'`.execute(handles[0]!.db);
    expect(tables.rows[0]!.n).toBe(1);
  });
});
