import { sql } from 'kysely';
import type { Logger } from '../logger.js';
import type { Db, Tx } from './database.js';

/** Any fixed number: one process at a time creates or drops tracking_events partitions. */
const PARTITION_MAINTENANCE_LOCK = 0x436c_5061_746a;
/** Months created ahead of the current one. */
export const MONTHS_AHEAD = 3;
const MAINTENANCE_EVERY_MS = 3_600_000;
/**
 * Creating and dropping a partition needs an exclusive lock on tracking_events for an instant; waiting for it
 * queues every ingest behind, so a long reader makes this run give up and the next one try again.
 */
const LOCK_TIMEOUT = '2s';

export interface PartitionReport {
  created: string[];
  dropped: string[];
  /** Another process held the maintenance lock: it does the work. */
  skipped: boolean;
}

const PARTITION_NAME = /^tracking_events_(\d{4})_(\d{2})$/;

function monthStart(at: Date, plusMonths = 0): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + plusMonths, 1));
}

export function partitionName(month: Date): string {
  return `tracking_events_${month.toISOString().slice(0, 7).replace('-', '_')}`;
}

/** Runs `work` in a transaction holding the maintenance lock; undefined when another process holds it. */
async function underLock<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T | undefined> {
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${PARTITION_MAINTENANCE_LOCK}) AS locked`.execute(tx);
    if (!rows[0]?.locked) return undefined;
    await sql`SELECT set_config('lock_timeout', ${LOCK_TIMEOUT}, true)`.execute(tx);
    return work(tx);
  });
}

/**
 * Creates this month's partition and the next MONTHS_AHEAD (idempotent), and with `retentionMonths` drops the
 * months that ended before the last `retentionMonths` full months: their eventId keys go with them, and
 * event_log_horizon records the newest position dropped, so replays from before it answer HISTORY_EXPIRED.
 */
export async function maintainEventPartitions(db: Db, options: { retentionMonths?: number | undefined; now?: Date } = {}): Promise<PartitionReport> {
  const now = options.now ?? new Date();
  const report: PartitionReport = { created: [], dropped: [], skipped: false };
  for (let ahead = 0; ahead <= MONTHS_AHEAD; ahead++) {
    const month = monthStart(now, ahead);
    const created = await underLock(db, async (tx) => {
      const { rows } = await sql<{ created: boolean }>`SELECT ensure_tracking_events_partition(${month.toISOString().slice(0, 10)}::date) AS created`.execute(tx);
      return rows[0]?.created ?? false;
    });
    if (created === undefined) return { ...report, skipped: true };
    if (created) report.created.push(partitionName(month));
  }
  if (options.retentionMonths === undefined) return report;

  const keepFrom = monthStart(now, -options.retentionMonths);
  for (const { name, end } of await listMonthPartitions(db)) {
    if (end > keepFrom) continue;
    const dropped = await underLock(db, (tx) => dropPartition(tx, name, end));
    if (dropped === undefined) return { ...report, skipped: true };
    if (dropped) report.dropped.push(name);
  }
  return report;
}

/** The monthly partitions attached to tracking_events, oldest first, with the end of their month. */
export async function listMonthPartitions(db: Db | Tx): Promise<{ name: string; end: Date }[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'tracking_events'::regclass ORDER BY c.relname`.execute(db);
  return rows.flatMap(({ name }) => {
    const match = PARTITION_NAME.exec(name);
    return match ? [{ name, end: new Date(Date.UTC(Number(match[1]), Number(match[2]), 1)) }] : [];
  });
}

async function dropPartition(tx: Tx, name: string, end: Date): Promise<boolean> {
  const { rows } = await sql<{ attached: boolean }>`
    SELECT EXISTS (SELECT 1 FROM pg_inherits WHERE inhparent = 'tracking_events'::regclass AND inhrelid = to_regclass(${name})) AS attached`.execute(tx);
  if (!rows[0]?.attached) return false;
  const partition = sql.table(name);
  // Only the partition is read until DETACH, so ingest goes on meanwhile; eventIds of dropped events are new again.
  await sql`DELETE FROM tracking_event_keys k USING ${partition} e WHERE k.organization_id = e.organization_id AND k.event_id = e.event_id`.execute(tx);
  await sql`UPDATE event_log_horizon SET
    expired_through = greatest(expired_through, coalesce((SELECT max(seq) FROM ${partition}), 0)),
    expired_before = greatest(expired_before, ${end}::timestamptz)`.execute(tx);
  await sql`ALTER TABLE tracking_events DETACH PARTITION ${partition}`.execute(tx);
  await sql`DROP TABLE ${partition}`.execute(tx);
  return true;
}

/** Positions up to this one may have been dropped by retention (0: nothing was). */
export async function expiredThrough(db: Db | Tx): Promise<number> {
  const { rows } = await sql<{ expired_through: string | number }>`SELECT expired_through FROM event_log_horizon`.execute(db);
  return Number(rows[0]?.expired_through ?? 0);
}

/** Maintenance at start and every hour; a failure is logged and retried on the next run (inserts never need it). */
export function startPartitionMaintenance(db: Db, options: { retentionMonths?: number | undefined; logger: Logger }): { ready: Promise<void>; stop(): void } {
  const run = async () => {
    try {
      const report = await maintainEventPartitions(db, options);
      if (report.created.length || report.dropped.length) options.logger.info(report, 'tracking_events partitions maintained');
    } catch (error) {
      options.logger.warn({ err: error }, 'tracking_events partition maintenance failed; retrying on the next run');
    }
  };
  const ready = run();
  const timer = setInterval(() => void run(), MAINTENANCE_EVERY_MS);
  timer.unref();
  return { ready, stop: () => clearInterval(timer) };
}
