import { sql } from 'kysely';
import type { Db, DbOrTx, InvestigationRow } from '@clearpath/core';

export async function insertInvestigation(db: DbOrTx, organizationId: string, packageId: string, kind: string): Promise<InvestigationRow> {
  return db
    .insertInto('investigations')
    .values({ organization_id: organizationId, package_id: packageId, kind, document: JSON.stringify({ trace: [], attempts: 0 }), error: null, started_at: null, completed_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Takes the oldest queued investigation; SKIP LOCKED lets several workers (replicas) share the queue. */
export async function claimNextInvestigation(db: Db): Promise<InvestigationRow | undefined> {
  return db.transaction().execute(async (tx) => {
    const next = await tx
      .selectFrom('investigations')
      .select('id')
      .where('state', '=', 'QUEUED')
      .orderBy('created_at')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!next) return undefined;
    return tx
      .updateTable('investigations')
      .set({
        state: 'RUNNING',
        started_at: sql`now()`,
        document: sql`jsonb_set(document, '{attempts}', to_jsonb(coalesce((document->>'attempts')::int, 0) + 1))`,
      })
      .where('id', '=', next.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function saveInvestigationDocument(db: DbOrTx, id: string, document: Record<string, unknown>): Promise<void> {
  await db.updateTable('investigations').set({ document: JSON.stringify(document) }).where('id', '=', id).execute();
}

export async function finishInvestigation(
  db: DbOrTx,
  id: string,
  outcome: { state: 'COMPLETED' | 'FAILED'; document: Record<string, unknown>; error?: string },
): Promise<InvestigationRow> {
  return db
    .updateTable('investigations')
    .set({ state: outcome.state, document: JSON.stringify(outcome.document), error: outcome.error ?? null, completed_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** After a restart: runs interrupted long enough ago go back to the queue, or fail once retried too often. */
/** Puts a claimed investigation back in the queue (this process is going away before it finishes). */
export async function releaseClaim(db: DbOrTx, id: string): Promise<void> {
  await db.updateTable('investigations').set({ state: 'QUEUED', started_at: null }).where('id', '=', id).where('state', '=', 'RUNNING').execute();
}

export async function recoverInterrupted(db: DbOrTx, options: { staleAfterMs: number; maxAttempts: number }): Promise<{ requeued: number; failed: number }> {
  const before = new Date(Date.now() - options.staleAfterMs);
  const failed = await db
    .updateTable('investigations')
    .set({ state: 'FAILED', error: 'Interrupted by restarts too often; giving up', completed_at: sql`now()` })
    .where('state', '=', 'RUNNING')
    .where('started_at', '<', before)
    .where(sql<boolean>`coalesce((document->>'attempts')::int, 0) >= ${options.maxAttempts}`)
    .execute();
  const requeued = await db
    .updateTable('investigations')
    .set({ state: 'QUEUED', started_at: null })
    .where('state', '=', 'RUNNING')
    .where('started_at', '<', before)
    .execute();
  return { requeued: Number(requeued[0]?.numUpdatedRows ?? 0), failed: Number(failed[0]?.numUpdatedRows ?? 0) };
}
