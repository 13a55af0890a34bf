import { sql } from 'kysely';
import { badInput, type DbOrTx } from '@clearpath/core';
import { packageWhere } from '../package/package.filter.js';

const DAY_MS = 86_400_000;

export interface DayOnTime {
  day: Date;
  delivered: number;
  promised: number;
  onTime: number;
  onTimeRate: number | null;
}

export interface FacilityActivity {
  facilityCode: string;
  name: string | null;
  events: number;
  packages: number;
}

function integerIn(value: number, min: number, max: number, field: string): void {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${field} must be an integer from ${min} to ${max}`, { field });
}

/**
 * Punctuality by the day packages were delivered (not created: a package created yesterday is not delivered
 * yet, so a created-day trend would sag at its recent end). On-time means delivered by the promise, as in
 * packageStats. One range scan of packages_delivered_idx.
 */
export async function onTimeByDay(db: DbOrTx, organizationId: string, days: number, now = new Date()): Promise<DayOnTime[]> {
  integerIn(days, 1, 90, 'days');
  const from = Math.floor(now.getTime() / DAY_MS) * DAY_MS - (days - 1) * DAY_MS;
  const rows = await db
    .selectFrom('packages')
    .select([
      sql<string>`floor((extract(epoch FROM delivered_at) * 1000 - ${from}) / ${DAY_MS})::int`.as('i'),
      sql<string>`count(*)`.as('delivered'),
      sql<string>`count(*) FILTER (WHERE promised_delivery_at IS NOT NULL)`.as('promised'),
      sql<string>`count(*) FILTER (WHERE delivered_at <= promised_delivery_at)`.as('on_time'),
    ])
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .where('delivered_at', '>=', new Date(from))
    .where('delivered_at', '<', new Date(from + days * DAY_MS))
    .groupBy(sql`1`)
    .execute();
  const byDay = new Map(rows.map((r) => [Number(r.i), r]));
  return Array.from({ length: days }, (_, i) => {
    const row = byDay.get(i);
    const promised = Number(row?.promised ?? 0);
    const onTime = Number(row?.on_time ?? 0);
    return { day: new Date(from + i * DAY_MS), delivered: Number(row?.delivered ?? 0), promised, onTime, onTimeRate: promised ? onTime / promised : null };
  });
}

/** Facilities by the events that occurred there in the window (future-dated events left out), busiest first. */
export async function busiestFacilities(db: DbOrTx, organizationId: string, hours: number, first: number, now = new Date()): Promise<FacilityActivity[]> {
  integerIn(hours, 1, 168, 'hours');
  integerIn(first, 1, 50, 'first');
  const rows = await db
    .selectFrom('tracking_events as e')
    .leftJoin('facilities as f', (join) => join.onRef('f.code', '=', 'e.facility_code').on('f.organization_id', '=', organizationId))
    .select(['e.facility_code as code', 'f.name', sql<string>`count(*)`.as('events'), sql<string>`count(DISTINCT e.package_id)`.as('packages')])
    .where('e.organization_id', '=', organizationId)
    .where('e.occurred_at', '>=', new Date(now.getTime() - hours * 3_600_000))
    .where('e.occurred_at', '<=', now)
    .where('e.facility_code', 'is not', null)
    .groupBy(['e.facility_code', 'f.name'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('e.facility_code')
    .limit(first)
    .execute();
  return rows.map((r) => ({ facilityCode: r.code!, name: r.name, events: Number(r.events), packages: Number(r.packages) }));
}

/** Packages of these statuses by the facility of their latest located scan, most first (ties by code). */
export async function packageCountsByFacility(db: DbOrTx, organizationId: string, status: readonly string[]): Promise<{ facilityCode: string; packages: number }[]> {
  if (status.length === 0) throw badInput('status must name at least one status');
  // The expression packages_current_facility_idx covers (migration 2026-12-03T1100).
  const facility = sql<string>`packages.current_location->>'facilityCode'`;
  const rows = await db
    .selectFrom('packages')
    .select([facility.as('code'), sql<string>`count(*)`.as('packages')])
    .where(packageWhere(organizationId, { status: [...new Set(status)] }))
    .where(facility, 'is not', null)
    .groupBy(facility)
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(facility)
    .execute();
  return rows.map((r) => ({ facilityCode: r.code, packages: Number(r.packages) }));
}
