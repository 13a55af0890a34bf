import { isUuid, type DbOrTx, type InvestigationRow } from '@clearpath/core';

export async function findInvestigationsByIds(db: DbOrTx, organizationId: string, ids: readonly string[]): Promise<InvestigationRow[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return db.selectFrom('investigations').selectAll().where('organization_id', '=', organizationId).where('id', 'in', valid).execute();
}

export async function listInvestigationsForPackages(
  db: DbOrTx,
  organizationId: string,
  packageIds: readonly string[],
): Promise<InvestigationRow[]> {
  const valid = packageIds.filter(isUuid);
  if (valid.length === 0) return [];
  return db
    .selectFrom('investigations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('package_id', 'in', valid)
    .orderBy('created_at', 'desc')
    .execute();
}

export interface InvestigationListFilter {
  state?: readonly string[] | null | undefined;
  kind?: readonly string[] | null | undefined;
}

/** The organization's newest investigations, optionally of some states or kinds (the agents' activity). */
export async function listRecentInvestigations(db: DbOrTx, organizationId: string, filter: InvestigationListFilter, first: number): Promise<InvestigationRow[]> {
  let query = db.selectFrom('investigations').selectAll().where('organization_id', '=', organizationId);
  if (filter.state?.length) query = query.where('state', 'in', [...filter.state]);
  if (filter.kind?.length) query = query.where('kind', 'in', [...filter.kind]);
  // id breaks ties so a page is stable when several were created in the same millisecond.
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(first).execute();
}
