import type { AnomalyRow, Db, InvestigationRow, PackageRow } from '@clearpath/core';
import { REPLAY_WINDOW } from './log-position.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';
const ids = (values: readonly string[]) => (values.length ? [...values] : [NO_ID]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from clients or the bus that are not uuids can match nothing (and must not reach a uuid cast). */
export const onlyUuids = (values: readonly string[]) => values.filter((v) => UUID.test(v));

/** The organization's packages by id, deleted ones included (a DELETED change still names its package). */
export async function findPackages(db: Db, organizationId: string, packageIds: readonly string[]): Promise<PackageRow[]> {
  return db.selectFrom('packages').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids(onlyUuids(packageIds))).execute();
}

export async function findAnomalies(db: Db, organizationId: string, anomalyIds: readonly string[]): Promise<AnomalyRow[]> {
  return db.selectFrom('anomalies').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids(onlyUuids(anomalyIds))).execute();
}

export async function findAnomaliesChangedSince(db: Db, organizationId: string, since: Date): Promise<AnomalyRow[]> {
  return db
    .selectFrom('anomalies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('updated_at', '>', since)
    .orderBy('updated_at')
    .limit(REPLAY_WINDOW + 1)
    .execute();
}

export async function findInvestigations(db: Db, organizationId: string, investigationIds: readonly string[]): Promise<InvestigationRow[]> {
  return db.selectFrom('investigations').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids(onlyUuids(investigationIds))).execute();
}

export async function findInvestigationsChangedSince(db: Db, organizationId: string, since: Date): Promise<InvestigationRow[]> {
  return db
    .selectFrom('investigations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('created_at', '>', since), eb('started_at', '>', since), eb('completed_at', '>', since)]))
    .orderBy('created_at')
    .limit(REPLAY_WINDOW + 1)
    .execute();
}
