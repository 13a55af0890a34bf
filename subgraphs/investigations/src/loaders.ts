import { groupedLoader, keyedLoader, type Session } from '@clearpath/core';
import { findAnomaliesByIds, listAnomaliesForPackages } from './anomalies/anomaly.repository.js';
import DataLoader from 'dataloader';
import type { InvestigationsDeps, InvestigationsLoaders } from './context.js';
import { etasForPackages } from './eta/eta.service.js';
import { findInvestigationsByIds, listInvestigationsForPackages } from './investigations/investigation.repository.js';

export function createInvestigationsLoaders(deps: InvestigationsDeps, session: Session): InvestigationsLoaders {
  const { db } = deps;
  const org = session.organizationId;
  return {
    anomalyById: keyedLoader((ids) => findAnomaliesByIds(db, org, ids), (row) => row.id),
    anomaliesByPackageId: groupedLoader((ids) => listAnomaliesForPackages(db, org, ids), (row) => row.package_id ?? ''),
    investigationById: keyedLoader((ids) => findInvestigationsByIds(db, org, ids), (row) => row.id),
    investigationsByPackageId: groupedLoader((ids) => listInvestigationsForPackages(db, org, ids), (row) => row.package_id),
    etaByPackageId: new DataLoader(async (ids) => {
      const etas = await etasForPackages(db, deps.models, org, ids);
      return ids.map((id) => etas.get(id) ?? null);
    }),
  };
}
