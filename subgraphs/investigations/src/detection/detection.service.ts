import type { Bus, Db, DbOrTx, Logger, Tx } from '@clearpath/core';
import { detectAnomalies, detectFacilityCongestion, type AnomalyFinding } from '@clearpath/analysis/detection';
import type { PackageHistory } from '@clearpath/analysis';
import type { EtaPrediction } from '@clearpath/analysis/eta';
import { tryEtaForHistory } from '../eta/eta.service.js';
import { listActivePackageIds, loadHistories } from '../history/history.repository.js';
import { networkView, type NetworkModel, type NetworkModelCache } from '../network/network-model.cache.js';
import { insertInvestigation } from '../investigations/investigation.store.js';
import { publishState } from '../investigations/investigation.events.js';
import { etaChangedEvents } from '../webhooks/eta.events.js';
import { anomalyEvents, organizationsListening, type Outbox } from '../webhooks/outbox.js';
import { dedupKey, resolveMissing, syncCongestion, upsertFindings, type StoredChange } from './anomaly.store.js';

export interface DetectionDeps {
  db: Db;
  bus: Bus;
  models: NetworkModelCache;
  /** Wakes the investigation worker after detection queued an investigation. */
  notifyWorker?: () => void;
  /** Where a failed ETA is reported (detection goes on without late-risk for that package). */
  logger?: Logger;
  /** anomaly.opened / anomaly.resolved go out with the transaction that changed them (webhooks, e-mail). */
  outbox?: Outbox;
}

const SEVERE = new Set(['HIGH', 'CRITICAL']);
/** A package gets at most one automatic investigation in this window. */
const AUTO_INVESTIGATION_WINDOW_MS = 24 * 3600_000;

/** How many moving packages one sweep re-checks per organization (newest activity first). */
export const SWEEP_LIMIT = 5000;

/** Detection on one package; `etas` (when given) collects the ETA it computed, for eta.changed. */
export function findingsFor(model: NetworkModel, pkg: PackageHistory, now: Date, logger?: Logger, etas?: Map<string, EtaPrediction>): AnomalyFinding[] {
  const { eta, error } = tryEtaForHistory(model, pkg, now);
  if (eta) etas?.set(pkg.id, eta);
  if (error !== undefined) logger?.warn({ err: error, packageId: pkg.id }, 'ETA failed: late-risk not checked for this package');
  return detectAnomalies(pkg, {
    network: networkView(model),
    stats: model.stats,
    facilities: model.facilityMap,
    now,
    // The package's memoized ETA, or none when the model failed for it (detection does not ask again).
    eta: eta && eta.basis !== 'DELIVERED' && eta.basis !== 'CLOSED' ? eta : null,
  });
}

/** Joins the caller's transaction when there is one (PGlite has a single connection: never open a second). */
function inTransaction<T>(db: DbOrTx, work: (tx: Tx | DbOrTx) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : (db as Db).transaction().execute(work);
}

/** Announces committed anomaly changes, and starts an investigation for each package with a new severe one. */
export async function publishChanges(deps: DetectionDeps, organizationId: string, changes: StoredChange[]): Promise<void> {
  if (changes.length > 0) deps.outbox?.wake();
  for (const change of changes) {
    await deps.bus.publish('anomaly.detected', { organizationId, anomalyId: change.id, packageId: change.packageId, type: change.type, state: change.state });
  }
  const severe = new Set(changes.flatMap((c) => (c.state === 'OPEN' && c.packageId && SEVERE.has(c.severity) ? [c.packageId] : [])));
  for (const packageId of severe) await investigateAutomatically(deps, organizationId, packageId);
}

async function investigateAutomatically(deps: DetectionDeps, organizationId: string, packageId: string): Promise<void> {
  const recent = await deps.db
    .selectFrom('investigations')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('package_id', '=', packageId)
    .where('created_at', '>', new Date(Date.now() - AUTO_INVESTIGATION_WINDOW_MS))
    .executeTakeFirst();
  if (recent) return;
  const row = await insertInvestigation(deps.db, organizationId, packageId, 'ANOMALY');
  await publishState(deps.bus, row, 'Investigation queued automatically for a high-severity anomaly');
  deps.notifyWorker?.();
}

/**
 * Runs detection on packages and stores the result: new findings open anomalies, findings that no longer
 * hold resolve theirs. Idempotent: the same events give the same anomalies.
 */
export async function detectForPackages(
  deps: DetectionDeps,
  organizationId: string,
  packageIds: readonly string[],
  options: { now?: Date; db?: DbOrTx; model?: NetworkModel } = {},
) {
  const now = options.now ?? new Date();
  const db = options.db ?? deps.db;
  const model = options.model ?? (await deps.models.get(organizationId, now));
  const histories = await loadHistories(db, organizationId, packageIds);
  const etas = new Map<string, EtaPrediction>();
  const findingsByPackage = new Map(histories.map((h) => [h.id, findingsFor(model, h, now, deps.logger, etas)]));
  const changes = await inTransaction(db, async (tx) => {
    const all: StoredChange[] = [];
    const present = new Set<string>();
    for (const [packageId, findings] of findingsByPackage) {
      findings.forEach((f) => present.add(dedupKey(packageId, f)));
      all.push(...(await upsertFindings(tx, organizationId, packageId, findings)));
    }
    all.push(...(await resolveMissing(tx, organizationId, [...findingsByPackage.keys()], present)));
    await deps.outbox?.add(tx, organizationId, anomalyEvents(all));
    if (deps.outbox && (await organizationsListening(tx, ['eta.changed'])).has(organizationId)) {
      await deps.outbox.add(tx, organizationId, await etaChangedEvents(tx, organizationId, etas, deps.outbox.etaThresholdMinutes));
    }
    return all;
  });
  // Inside a caller's transaction the caller publishes after its commit: consumers must find the rows.
  if (!db.isTransaction) await publishChanges(deps, organizationId, changes);
  return { model, findingsByPackage, changes };
}

/**
 * The clock-driven pass: "nothing happened" anomalies (no scan, dwell) appear without any event, and
 * many stalled packages at one facility become one systemic FACILITY_CONGESTION finding.
 */
export async function sweepOrganization(deps: DetectionDeps, organizationId: string, now = new Date()) {
  deps.models.invalidate(organizationId);
  const active = await listActivePackageIds(deps.db, organizationId, SWEEP_LIMIT);
  const { model, findingsByPackage, changes } = await detectForPackages(deps, organizationId, active, { now });
  const congestion = detectFacilityCongestion(model.stats, findingsByPackage, { now, facilities: model.facilityMap });
  const systemic = await deps.db.transaction().execute(async (tx) => {
    const changed = await syncCongestion(tx, organizationId, congestion);
    await deps.outbox?.add(tx, organizationId, anomalyEvents(changed));
    return changed;
  });
  deps.outbox?.wake();
  await publishChanges(deps, organizationId, systemic);
  return { checked: active.length, changes: changes.length + systemic.length, congestion: congestion.length };
}
