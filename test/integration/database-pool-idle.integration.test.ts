import { openDatabase } from '@clearpath/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { POSTGRES_ADMIN_URL } from '../support/test-database.js';

/**
 * A pooled connection outlives a lull as long as DATABASE_POOL_IDLE_SECONDS says: a new backend's first
 * reads are slow (page faults on shared buffers), so the pool must not drop them after pg's 10 s default.
 */
describe('PostgreSQL pool idle timeout', () => {
  const idleConnectionsAfter = async (idleSeconds: number, waitMs: number) => {
    const database = await openDatabase({ url: POSTGRES_ADMIN_URL, idleSeconds });
    try {
      await sql`select 1`.execute(database.db);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      return database.pool!.totalCount;
    } finally {
      await database.close();
    }
  };

  it('closes a connection idle past the setting', async () => {
    expect(await idleConnectionsAfter(1, 1_500)).toBe(0);
  });

  it('keeps it open with 0 (never) and within the setting', async () => {
    expect(await idleConnectionsAfter(0, 1_500)).toBe(1);
    expect(await idleConnectionsAfter(300, 1_500)).toBe(1);
  });
});
