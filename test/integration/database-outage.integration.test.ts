import { openDatabase, type DatabaseHandle } from '@clearpath/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayPostgres, type Restartable } from '../support/throwaway-services.js';

/**
 * PostgreSQL going away under connections the pool has handed out (a transaction in progress): the
 * process must survive it (an unhandled 'error' on a pg client used to crash investigations and realtime
 * replicas), the work in flight fails, and the pool reconnects when the server is back.
 */
describe('database outage under checked-out connections', () => {
  let postgres: Restartable;
  let database: DatabaseHandle;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    database = await openDatabase({ url: postgres.url });
  }, 60_000);
  afterAll(async () => {
    await database?.close().catch(() => undefined);
    await postgres?.remove();
  });

  it('fails the transaction in flight without an unhandled error, then serves again', { timeout: 60_000 }, async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = database.db.transaction().execute(async (tx) => {
      await sql`select 1`.execute(tx);
      await held; // the client stays checked out, idle, while PostgreSQL stops
      await sql`select 1`.execute(tx);
    });
    const outcome = transaction.then(
      () => 'committed',
      (error: unknown) => String(error),
    );
    await new Promise((r) => setTimeout(r, 200));
    await postgres.stop();
    await new Promise((r) => setTimeout(r, 500));
    release();
    expect(await outcome).not.toBe('committed');
    await postgres.start();
    const { rows } = await sql<{ one: number }>`select 1 as one`.execute(database.db);
    expect(rows).toEqual([{ one: 1 }]);
  });
});
