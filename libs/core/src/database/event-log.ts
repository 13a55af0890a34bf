import { sql } from 'kysely';
import type { Tx } from './database.js';

/** Any fixed number: the advisory lock that orders appends to the log. */
const LOG_APPEND_LOCK = 0x436c_5061_7468; // "ClPath"

/**
 * Log positions (tracking_events.seq and package_changes.seq, one sequence) are what readers follow:
 * detection's offset, a subscriber's `after`, replays. A sequence hands values out in call order, but rows
 * become visible in commit order, so two overlapping writers could let a reader see N+1 while N is still
 * uncommitted, and a reader that moved past N would never see it.
 *
 * Every append therefore takes this transaction-scoped lock immediately before it writes log rows, and
 * must be the transaction's last statement: the lock is released only after the commit is visible, so
 * positions are assigned and committed in one order. A reader that sees position N can rely on every
 * lower position being committed already (or never). Only the append and the commit are serialized;
 * validation, lookups and package-state updates of concurrent writers still overlap.
 */
export async function lockLogForAppend(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${LOG_APPEND_LOCK})`.execute(tx);
}
