import { sql } from 'kysely';
import type { Db, Tx } from './database.js';

/** Where a consumer of the log stands (0 before its first step); read without a lock, a hint only. */
export async function readLogOffset(db: Db, consumer: string): Promise<number> {
  const row = await db.selectFrom('consumer_offsets').select('last_seq').where('consumer', '=', consumer).executeTakeFirst();
  return Number(row?.last_seq ?? 0);
}

/**
 * One step of a log consumer: in one transaction, locks the consumer's offset row (replicas take turns
 * instead of processing the same range twice), lets `work` handle what follows the offset, and stores the
 * position it reached with whatever `work` wrote, so the step commits entirely or not at all (a restart
 * resumes at the stored offset: at-least-once, idempotent work). `work` returns undefined when there was
 * nothing to do. Positions are safe to follow because appends commit in position order (event-log.ts).
 */
export async function stepLogConsumer<T>(db: Db, consumer: string, work: (tx: Tx, from: number) => Promise<{ to: number; result: T } | undefined>): Promise<T | undefined> {
  return db.transaction().execute(async (tx) => {
    await sql`INSERT INTO consumer_offsets (consumer, last_seq) VALUES (${consumer}, 0) ON CONFLICT (consumer) DO NOTHING`.execute(tx);
    const { last_seq } = await tx.selectFrom('consumer_offsets').select('last_seq').where('consumer', '=', consumer).forUpdate().executeTakeFirstOrThrow();
    const done = await work(tx, Number(last_seq));
    if (!done) return undefined;
    await tx.updateTable('consumer_offsets').set({ last_seq: done.to, updated_at: new Date() }).where('consumer', '=', consumer).execute();
    return done.result;
  });
}
