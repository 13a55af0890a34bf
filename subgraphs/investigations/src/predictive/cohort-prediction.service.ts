import { assertCanWrite, badInput, type Bus, type Db, type InvestigationRow, type Session } from '@clearpath/core';
import { publishState } from '../investigations/investigation.events.js';
import { insertInvestigation } from '../investigations/investigation.store.js';
import type { NetworkModelCache } from '../network/network-model.cache.js';
import { listAtRiskPackages, type AtRiskFilterInput } from './at-risk.service.js';

export const MAX_COHORT = 50;

export interface CohortDeps {
  db: Db;
  bus: Bus;
  models: NetworkModelCache;
  notifyWorker?: () => void;
}

/**
 * A cohort prediction: the `first` packages most at risk under an atRiskPackages filter each get a PREDICTION
 * investigation, in ranking order. The cohort is read from the same ranking (same model, same ETAs) the
 * list shows. A package that already has one queued or running keeps it (a second click adds no work).
 */
export async function requestCohortPredictions(
  deps: CohortDeps,
  session: Session,
  args: { filter?: AtRiskFilterInput | null; horizonHours?: number | null; first?: number | null },
): Promise<InvestigationRow[]> {
  assertCanWrite(session);
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_COHORT) throw badInput(`first must be between 1 and ${MAX_COHORT}`, { field: 'first' });
  const org = session.organizationId;
  const page = await listAtRiskPackages(deps, org, { filter: args.filter ?? null, horizonHours: args.horizonHours ?? null, first });
  const ids = page.entries.map(({ entry }) => entry.pkg.id);
  if (ids.length === 0) return [];
  const { rows, created } = await deps.db.transaction().execute(async (tx) => {
    const open = await tx
      .selectFrom('investigations')
      .selectAll()
      .where('organization_id', '=', org)
      .where('kind', '=', 'PREDICTION')
      .where('state', 'in', ['QUEUED', 'RUNNING'])
      .where('package_id', 'in', ids)
      .execute();
    const byPackage = new Map(open.map((row) => [row.package_id, row]));
    const fresh: InvestigationRow[] = [];
    for (const id of ids) {
      if (byPackage.has(id)) continue;
      const row = await insertInvestigation(tx, org, id, 'PREDICTION');
      byPackage.set(id, row);
      fresh.push(row);
    }
    return { rows: ids.map((id) => byPackage.get(id)!), created: fresh };
  });
  for (const row of created) await publishState(deps.bus, row, 'Investigation queued');
  if (created.length > 0) deps.notifyWorker?.();
  return rows;
}
