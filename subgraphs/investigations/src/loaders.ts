import { groupedLoader, keyedLoader, type Db, type Session } from '@clearpath/core';
import { findAnomaliesByIds, listAnomaliesForPackages } from './anomalies/anomaly.repository.js';
import type { InvestigationsLoaders } from './context.js';
import { findInvestigationsByIds, listInvestigationsForPackages } from './investigations/investigation.repository.js';

export function createInvestigationsLoaders(db: Db, session: Session): InvestigationsLoaders {
  const org = session.organizationId;
  return {
    anomalyById: keyedLoader((ids) => findAnomaliesByIds(db, org, ids), (row) => row.id),
    anomaliesByPackageId: groupedLoader((ids) => listAnomaliesForPackages(db, org, ids), (row) => row.package_id ?? ''),
    investigationById: keyedLoader((ids) => findInvestigationsByIds(db, org, ids), (row) => row.id),
    investigationsByPackageId: groupedLoader((ids) => listInvestigationsForPackages(db, org, ids), (row) => row.package_id),
  };
}
