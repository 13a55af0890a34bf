import { sql } from 'kysely';
import { badInput, type DbOrTx } from '@clearpath/core';

export interface TimeBucket {
  start: Date;
  count: number;
}

const MAX_BUCKETS = 2016;

/** Rejects windows the chart cannot draw sensibly, before any query runs. */
export function histogramWindow(hours: number, bucketMinutes: number, now = new Date()): { from: Date; buckets: number; stepMs: number } {
  if (!Number.isInteger(hours) || hours < 1 || hours > 168) throw badInput('hours must be an integer from 1 to 168', { field: 'hours' });
  if (!Number.isInteger(bucketMinutes) || bucketMinutes < 1 || bucketMinutes > 1440) {
    throw badInput('bucketMinutes must be an integer from 1 to 1440', { field: 'bucketMinutes' });
  }
  if ((hours * 60) % bucketMinutes !== 0) throw badInput('bucketMinutes must divide the window (hours × 60)', { field: 'bucketMinutes' });
  const buckets = (hours * 60) / bucketMinutes;
  if (buckets > MAX_BUCKETS) throw badInput(`at most ${MAX_BUCKETS} buckets (hours × 60 / bucketMinutes)`, { field: 'bucketMinutes' });
  const stepMs = bucketMinutes * 60_000;
  // Buckets align to the epoch so consecutive polls agree; the last one holds now.
  const current = Math.floor(now.getTime() / stepMs) * stepMs;
  return { from: new Date(current - (buckets - 1) * stepMs), buckets, stepMs };
}

/** Events by occurrence time, every bucket present (zeros included), oldest first; one grouped scan of the org's index. */
export async function eventHistogram(db: DbOrTx, organizationId: string, hours: number, bucketMinutes: number): Promise<TimeBucket[]> {
  const { from, buckets, stepMs } = histogramWindow(hours, bucketMinutes);
  const to = new Date(from.getTime() + buckets * stepMs);
  const rows = await db
    .selectFrom('tracking_events')
    .select([sql<string>`floor((extract(epoch FROM occurred_at) * 1000 - ${from.getTime()}) / ${stepMs})::int`.as('i'), sql<string>`count(*)`.as('n')])
    .where('organization_id', '=', organizationId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .groupBy(sql`1`)
    .execute();
  const counts = new Map(rows.map((r) => [Number(r.i), Number(r.n)]));
  return Array.from({ length: buckets }, (_, i) => ({ start: new Date(from.getTime() + i * stepMs), count: counts.get(i) ?? 0 }));
}
