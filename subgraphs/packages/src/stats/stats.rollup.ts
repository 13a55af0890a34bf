import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db, DbOrTx } from '@clearpath/core';
import { normalizeSearch, type PackageFilterInput } from '../package/package.filter.js';
import { percentileFromHistogram } from './transit-histogram.js';
import type { PackageStats } from './stats.repository.js';

const DAY_MS = 86_400_000;

/** The created-day range a filter means, or undefined when rollups cannot answer it (free text, reasons, facilities, part days). */
export function rollupScope(filter: PackageFilterInput | null | undefined): { fromDay: string | null; toDay: string | null } | undefined {
  if (normalizeSearch(filter?.q) || filter?.reason?.length || filter?.facility?.length) return undefined;
  const day = (value: Date | string | null | undefined): string | null | undefined => {
    if (!value) return null;
    const ms = new Date(value).getTime();
    return ms % DAY_MS === 0 ? new Date(ms).toISOString().slice(0, 10) : undefined;
  };
  const fromDay = day(filter?.createdFrom);
  const toDay = day(filter?.createdTo);
  return fromDay === undefined || toDay === undefined ? undefined : { fromDay, toDay };
}

type RollupTable = 'package_rollup' | 'reason_rollup';

/**
 * Rollup rows plus the deltas not yet compacted, as one relation with the filter applied: the all-time
 * table when no day range is asked (a few hundred rows), else the per-day one.
 */
function rollupRows(organizationId: string, filter: PackageFilterInput | null | undefined, scope: { fromDay: string | null; toDay: string | null }, table: RollupTable, columns: string) {
  const conditions: Expression<SqlBool>[] = [sql`organization_id = ${organizationId}`];
  if (filter?.status?.length) conditions.push(sql`status = ANY(${[...filter.status]}::text[])`);
  if (filter?.carrier?.length) conditions.push(sql`carrier = ANY(${[...filter.carrier]}::text[])`);
  if (scope.fromDay) conditions.push(sql`day >= ${scope.fromDay}::date`);
  if (scope.toDay) conditions.push(sql`day < ${scope.toDay}::date`);
  const where = sql.join(conditions, sql` AND `);
  const cols = sql.raw(columns);
  const compacted = scope.fromDay || scope.toDay ? table : `${table}_total`;
  return sql`(SELECT ${cols} FROM ${sql.table(compacted)} WHERE ${where} UNION ALL SELECT ${cols} FROM ${sql.table(`${table}_delta`)} WHERE ${where})`;
}

/** totalCount from the rollups when they can answer the filter; exact. */
export function rollupCounter(organizationId: string, filter: PackageFilterInput | null | undefined) {
  return async (db: DbOrTx): Promise<number | undefined> => {
    const scope = rollupScope(filter);
    if (!scope) return undefined;
    const { rows } = await sql<{ n: number | null }>`SELECT sum(packages) AS n FROM ${rollupRows(organizationId, filter, scope, 'package_rollup', 'packages')} AS r`.execute(db);
    return Number(rows[0]?.n ?? 0);
  };
}

/**
 * packageStats from the rollups (a few hundred rows), or undefined when the filter needs the packages
 * themselves. Same answers as computePackageStats; transit percentiles from the histogram (exact or within a bucket).
 */
export async function readRollupStats(db: DbOrTx, organizationId: string, filter?: PackageFilterInput | null): Promise<PackageStats | undefined> {
  const scope = rollupScope(filter);
  if (!scope) return undefined;
  const [groups, reasons, hours] = await Promise.all([
    sql<{ status: string | null; carrier: string | null; bucket: number | null; n: number; promised: number; on_time: number; us: number }>`
      SELECT status, carrier, transit_bucket AS bucket, sum(packages) AS n, sum(promised_delivered) AS promised, sum(on_time) AS on_time, sum(transit_us) AS us
      FROM ${rollupRows(organizationId, filter, scope, 'package_rollup', 'status, carrier, transit_bucket, packages, promised_delivered, on_time, transit_us')} AS r
      GROUP BY GROUPING SETS ((status), (carrier), (transit_bucket))`.execute(db),
    sql<{ reason: string; packages: number; events: number }>`
      SELECT reason, sum(packages) AS packages, sum(events) AS events
      FROM ${rollupRows(organizationId, filter, scope, 'reason_rollup', 'reason, packages, events')} AS r
      GROUP BY reason HAVING sum(events) > 0 ORDER BY 2 DESC, 1`.execute(db),
    // Whole hours from the rollup; the oldest, partial hour of the 24 from the events themselves.
    sql<{ hour: Date; n: number }>`
      WITH w AS (SELECT now() - interval '24 hours' AS since, utc_hour(now() - interval '24 hours') AS first_hour)
      SELECT hour, sum(n) AS n FROM (
        SELECT hour, events AS n FROM event_hour_rollup, w WHERE organization_id = ${organizationId} AND hour > w.first_hour
        UNION ALL
        SELECT hour, events FROM event_hour_rollup_delta, w WHERE organization_id = ${organizationId} AND hour > w.first_hour
        UNION ALL
        SELECT w.first_hour, count(*) FROM tracking_events, w
        WHERE organization_id = ${organizationId} AND received_at >= w.since AND received_at < w.first_hour + interval '1 hour'
        GROUP BY 1
      ) AS h GROUP BY hour HAVING sum(n) > 0 ORDER BY hour`.execute(db),
  ]);
  const statusRows = groups.rows.filter((g) => g.status !== null && Number(g.n) !== 0);
  const byStatus = statusRows.map((g) => ({ status: g.status!, count: Number(g.n) }));
  const promised = statusRows.reduce((sum, g) => sum + Number(g.promised), 0);
  const onTime = statusRows.reduce((sum, g) => sum + Number(g.on_time), 0);
  const histogram = new Map(
    groups.rows
      .filter((g) => g.bucket !== null && g.bucket >= 0 && Number(g.n) > 0)
      .map((g) => [Number(g.bucket), { count: Number(g.n), totalHours: Number(g.us) / 3_600_000_000 }] as const),
  );
  return {
    total: byStatus.reduce((sum, s) => sum + s.count, 0),
    byStatus,
    byCarrier: groups.rows.filter((g) => g.carrier !== null && Number(g.n) !== 0).map((g) => ({ carrier: g.carrier!, count: Number(g.n) })),
    onTimeRate: promised > 0 ? onTime / promised : null,
    medianTransitHours: percentileFromHistogram(histogram, 0.5),
    p90TransitHours: percentileFromHistogram(histogram, 0.9),
    exceptions: byStatus.find((s) => s.status === 'EXCEPTION')?.count ?? 0,
    eventsPerHour: hours.rows.map((h) => ({ hour: new Date(h.hour), count: Number(h.n) })),
    byReason: reasons.rows.map((r) => ({ reason: r.reason, packages: Number(r.packages), events: Number(r.events) })),
  };
}

/** Folds pending deltas into the rollups; false when another compaction was running. */
export async function compactRollups(db: DbOrTx): Promise<boolean> {
  const { rows } = await sql<{ done: boolean }>`SELECT compact_package_rollups() AS done`.execute(db);
  return rows[0]?.done ?? false;
}

const COMPACT_EVERY_MS = 2_000;
const lastCompaction = new WeakMap<Db, number>();

/**
 * Writers call this after committing: at most one compaction per process every 2 s, in the background, so
 * pending deltas (which every read adds up) stay a few hundred rows. A failure only leaves them for the
 * next one; answers do not depend on it.
 */
export function scheduleRollupCompaction(db: Db): void {
  const now = Date.now();
  if (now - (lastCompaction.get(db) ?? 0) < COMPACT_EVERY_MS) return;
  lastCompaction.set(db, now);
  compactRollups(db).catch(() => lastCompaction.delete(db));
}
