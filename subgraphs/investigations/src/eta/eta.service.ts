import type { Db } from '@clearpath/core';
import { predictEta, type EtaPrediction } from '@clearpath/analysis/eta';
import type { PackageHistory } from '@clearpath/analysis';
import { loadHistories } from '../history/history.repository.js';
import type { NetworkModel, NetworkModelCache } from '../network/network-model.cache.js';
import { memoizedEta } from './eta.memo.js';

/** A package with no scan and no destination coordinates has nothing to predict from. */
export function canPredict(pkg: PackageHistory): boolean {
  return pkg.events.length > 0 || pkg.destination !== null;
}

/** The package's ETA; null when there is nothing to predict from. A failing model throws: callers report it. */
export function etaForHistory(model: NetworkModel, pkg: PackageHistory, now: Date): EtaPrediction | null {
  if (!canPredict(pkg)) return null;
  return memoizedEta(model, pkg, now, () => predictEta(model.eta, pkg, now, model.facilities, model.conditions));
}

/** The ETA, or the error that prevented it (for callers that go on without one but must say why). */
export function tryEtaForHistory(model: NetworkModel, pkg: PackageHistory, now: Date): { eta: EtaPrediction | null; error?: unknown } {
  try {
    return { eta: etaForHistory(model, pkg, now) };
  } catch (error) {
    return { eta: null, error };
  }
}

/**
 * ETAs for many packages with one history load and one model lookup (used by the Package.eta loader). A
 * package whose prediction fails gets its error: the field fails visibly (and is logged), the others resolve.
 */
export async function etasForPackages(
  db: Db,
  models: NetworkModelCache,
  organizationId: string,
  packageIds: readonly string[],
  now = new Date(),
): Promise<Map<string, EtaPrediction | null | Error>> {
  const [histories, model] = await Promise.all([loadHistories(db, organizationId, packageIds), models.get(organizationId, now)]);
  return new Map(
    histories.map((h) => {
      const { eta, error } = tryEtaForHistory(model, h, now);
      return [h.id, error === undefined ? eta : new Error(`ETA of package ${h.id} failed`, { cause: error })];
    }),
  );
}
