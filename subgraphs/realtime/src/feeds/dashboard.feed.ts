import type { Db, Session } from '@clearpath/core';
import { sql } from 'kysely';
import type { DashboardMetrics } from '../__generated__/resolvers-types.js';
import { logHead } from './log-position.js';

const TERMINAL = ['DELIVERED', 'RETURNED', 'CANCELLED'];

/** One dashboard snapshot of the caller's organization, computed in SQL. */
export async function dashboardSnapshot(db: Db, session: Session, now = new Date()): Promise<DashboardMetrics> {
  const org = session.organizationId;
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const fiveMinutesAgo = new Date(now.getTime() - 5 * 60_000);
  const [byStatus, onTime, anomalies, recent, head] = await Promise.all([
    db
      .selectFrom('packages')
      .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
      .where('organization_id', '=', org)
      .where('deleted_at', 'is', null)
      .where('status', 'not in', TERMINAL)
      .groupBy('status')
      .orderBy('status')
      .execute(),
    db
      .selectFrom('packages')
      .select([
        sql<number>`count(*) filter (where delivered_at <= promised_delivery_at)`.as('onTime'),
        sql<number>`count(*)`.as('total'),
      ])
      .where('organization_id', '=', org)
      .where('deleted_at', 'is', null)
      .where('delivered_at', '>', weekAgo)
      .where('promised_delivery_at', 'is not', null)
      .executeTakeFirst(),
    db.selectFrom('anomalies').select((eb) => eb.fn.countAll<number>().as('count')).where('organization_id', '=', org).where('state', '=', 'OPEN').executeTakeFirst(),
    db
      .selectFrom('tracking_events')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('organization_id', '=', org)
      // By occurrence, as the overview's chart: a backfill (the demo's seeded history, a carrier's late batch) is not a rate.
      .where('occurred_at', '>', fiveMinutesAgo)
      .where('occurred_at', '<=', now)
      .executeTakeFirst(),
    logHead(db),
  ]);
  const activeByStatus = byStatus.map((r) => ({ status: r.status as DashboardMetrics['activeByStatus'][number]['status'], count: Number(r.count) }));
  return {
    seq: String(head),
    key: `dashboard:${now.getTime()}`,
    at: now,
    activeByStatus,
    activeTotal: activeByStatus.reduce((sum, s) => sum + s.count, 0),
    onTimeRate: onTime && Number(onTime.total) > 0 ? Number(onTime.onTime) / Number(onTime.total) : null,
    openAnomalies: Number(anomalies?.count ?? 0),
    eventsPerMinute: Number(recent?.count ?? 0) / 5,
  };
}
