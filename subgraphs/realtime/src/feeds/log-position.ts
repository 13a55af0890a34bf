import { AppError, badInput, expiredThrough, type Db } from '@clearpath/core';
import { sql } from 'kysely';

/**
 * How far back a resumed subscription may replay, in events of its organization. Further behind, the
 * client must reload its state instead of receiving a flood (or, worse, a silently truncated replay).
 */
export const REPLAY_WINDOW = 10_000;

/** A log position from a client: the decimal seq of a tracking event (0 = the beginning). */
export function parseSeq(value: string, argument = 'after'): number {
  if (!/^\d{1,15}$/.test(value.trim())) throw badInput(`${argument} must be a log position (a decimal seq), got ${JSON.stringify(value)}`);
  return Number(value.trim());
}

/** The newest position of the whole log, events and package edits (positions are per database); 0 when empty. */
export async function logHead(db: Db): Promise<number> {
  const { rows } = await sql<{ head: number | null }>`
    SELECT greatest((SELECT max(seq) FROM tracking_events), (SELECT max(seq) FROM package_changes)) AS head`.execute(db);
  return Number(rows[0]?.head ?? 0);
}

/**
 * Checks that a replay from `after` is possible: not ahead of the log (a position from another database),
 * not before what retention dropped (TRACKING_EVENTS_RETENTION_MONTHS) and not further behind than
 * REPLAY_WINDOW events of the organization.
 */
export async function assertReplayable(db: Db, organizationId: string, after: number): Promise<void> {
  const head = await logHead(db);
  if (after > head) throw badInput(`after=${after} is ahead of the event log (head ${head}): was it issued by another deployment?`);
  const expired = await expiredThrough(db);
  if (after < expired) {
    throw new AppError('HISTORY_EXPIRED', `Events up to seq ${expired} were dropped by retention: reload the current state, then subscribe without after`, {
      after: String(after),
      expiredThrough: String(expired),
    });
  }
  const beyond = await db
    .selectFrom('tracking_events')
    .select('seq')
    .where('organization_id', '=', organizationId)
    .where('seq', '>', after)
    .orderBy('seq')
    .offset(REPLAY_WINDOW)
    .limit(1)
    .executeTakeFirst();
  if (beyond) throw historyExpired(after);
}

export function historyExpired(after: number): AppError {
  return new AppError('HISTORY_EXPIRED', `More than ${REPLAY_WINDOW} events happened after seq ${after}: reload the current state, then subscribe without after`, {
    after: String(after),
    window: REPLAY_WINDOW,
  });
}

/** When the log reached `after`: changes that are not in the log (anomalies, investigations) replay from then. */
export async function logTimeAt(db: Db, after: number): Promise<Date> {
  const { rows } = await sql<{ at: Date | null }>`
    SELECT greatest((SELECT received_at FROM tracking_events WHERE seq <= ${after} ORDER BY seq DESC LIMIT 1),
                    (SELECT changed_at FROM package_changes WHERE seq <= ${after} ORDER BY seq DESC LIMIT 1)) AS at`.execute(db);
  return rows[0]?.at ? new Date(rows[0].at) : new Date(0);
}
