import { sql } from 'kysely';
import type { DbOrTx } from '@clearpath/core';
import { preparePackageWhere, type PackageFilterInput } from '../package/package.filter.js';

export interface PackageStats {
  total: number;
  byStatus: { status: string; count: number }[];
  byCarrier: { carrier: string; count: number }[];
  onTimeRate: number | null;
  medianTransitHours: number | null;
  p90TransitHours: number | null;
  exceptions: number;
  eventsPerHour: { hour: Date; count: number }[];
  byReason: { reason: string; packages: number; events: number }[];
}

/**
 * All aggregates from the packages and events themselves, in four statements (GROUPING SETS keeps status
 * and carrier counts in one scan). For filters the rollups cannot answer (free text, reasons, part days),
 * and the reference the rollups are tested against.
 */
export async function computePackageStats(db: DbOrTx, organizationId: string, filter?: PackageFilterInput | null): Promise<PackageStats> {
  const where = await preparePackageWhere(db, organizationId, filter);
  const [groups, delivery, hours, reasons] = await Promise.all([
    db
      .selectFrom('packages')
      .select([
        'status',
        'carrier',
        sql<number>`count(*)`.as('n'),
        sql<number>`grouping(status)`.as('gs'),
        sql<number>`grouping(carrier)`.as('gc'),
      ])
      .where(where)
      .groupBy(sql`GROUPING SETS ((status), (carrier), ())`)
      .execute(),
    db
      .selectFrom('packages')
      .select([
        sql<number | null>`avg(CASE WHEN delivered_at <= promised_delivery_at THEN 1.0 ELSE 0.0 END)
          FILTER (WHERE delivered_at IS NOT NULL AND promised_delivery_at IS NOT NULL)`.as('on_time'),
        sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - first_event_at) / 3600.0)
          FILTER (WHERE delivered_at IS NOT NULL)`.as('p50'),
        sql<number | null>`percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM delivered_at - first_event_at) / 3600.0)
          FILTER (WHERE delivered_at IS NOT NULL)`.as('p90'),
      ])
      .where(where)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('tracking_events')
      .select([sql<Date>`date_trunc('hour', received_at)`.as('hour'), sql<number>`count(*)`.as('n')])
      .where('organization_id', '=', organizationId)
      .where('received_at', '>=', sql<Date>`now() - interval '24 hours'`)
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute(),
    // OTHER (normal scans) is most events; leaving it out keeps this on the partial reason index.
    db
      .selectFrom('tracking_events as e')
      .innerJoin('packages', 'packages.id', 'e.package_id')
      .select(['e.reason', sql<number>`count(DISTINCT e.package_id)`.as('packages'), sql<number>`count(*)`.as('events')])
      .where('e.organization_id', '=', organizationId)
      .where('e.reason', '<>', 'OTHER')
      .where(where)
      .groupBy('e.reason')
      .orderBy('packages', 'desc')
      .orderBy('e.reason')
      .execute(),
  ]);
  const byStatus = groups.filter((g) => g.gs === 0).map((g) => ({ status: g.status, count: Number(g.n) }));
  const total = Number(groups.find((g) => g.gs === 1 && g.gc === 1)?.n ?? 0);
  return {
    total,
    byStatus,
    byCarrier: groups.filter((g) => g.gc === 0).map((g) => ({ carrier: g.carrier, count: Number(g.n) })),
    onTimeRate: delivery.on_time == null ? null : Number(delivery.on_time),
    medianTransitHours: delivery.p50 == null ? null : Number(delivery.p50),
    p90TransitHours: delivery.p90 == null ? null : Number(delivery.p90),
    exceptions: byStatus.find((s) => s.status === 'EXCEPTION')?.count ?? 0,
    eventsPerHour: hours.map((h) => ({ hour: new Date(h.hour), count: Number(h.n) })),
    byReason: reasons.map((r) => ({ reason: r.reason, packages: Number(r.packages), events: Number(r.events) })),
  };
}
