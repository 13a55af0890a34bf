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
