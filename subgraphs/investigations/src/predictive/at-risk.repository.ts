import { sql } from 'kysely';
import { TERMINAL_STATUSES, type DbOrTx } from '@clearpath/core';
import type { PackageHistory } from '@clearpath/analysis';
import { withEvents } from '../history/history.repository.js';

export interface AtRiskCandidateFilter {
  carrier?: readonly string[] | null;
  /** Where the package is now (the facility of its last located scan). */
  facilityCode?: readonly string[] | null;
  serviceLevel?: readonly string[] | null;
  /** Promises due at or before this instant... */
  promisedBefore: Date;
  /** ...and not before this one (null: overdue promises too). */
  promisedAfter: Date | null;
}

/**
 * Packages still moving whose promise is due within the horizon, soonest promise first, with their events:
 * everything else (finished, no promise, promise far off) cannot miss a promise within the horizon and
 * never reaches the ETA model. Served by packages_open_promise_idx.
 */
export async function loadAtRiskCandidates(db: DbOrTx, organizationId: string, filter: AtRiskCandidateFilter, limit: number): Promise<PackageHistory[]> {
  let query = db
    .selectFrom('packages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .where('promised_delivery_at', 'is not', null)
    .where('status', 'not in', [...TERMINAL_STATUSES])
    .where('promised_delivery_at', '<=', filter.promisedBefore);
  if (filter.promisedAfter) query = query.where('promised_delivery_at', '>=', filter.promisedAfter);
  if (filter.carrier?.length) query = query.where('carrier', 'in', [...filter.carrier]);
  if (filter.serviceLevel?.length) query = query.where('service_level', 'in', [...filter.serviceLevel]);
  if (filter.facilityCode?.length) {
    const codes = [...filter.facilityCode];
    query = query.where((eb) => eb(sql<string>`current_location->>'facilityCode'`, 'in', codes));
  }
  const packages = await query.orderBy('promised_delivery_at').orderBy('id').limit(limit).execute();
  return withEvents(db, organizationId, packages);
}
