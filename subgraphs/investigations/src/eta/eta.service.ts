import type { Db } from '@clearpath/core';
import { predictEta, type EtaPrediction } from '../analysis/eta/index.js';
import type { PackageHistory } from '../analysis/timeline.types.js';
import { loadHistories } from '../history/history.repository.js';
import type { NetworkModel, NetworkModelCache } from '../network/network-model.cache.js';

/** A package with no scan and no destination coordinates has nothing to predict from. */
export function canPredict(pkg: PackageHistory): boolean {
  return pkg.events.length > 0 || pkg.destination !== null;
}

export function etaForHistory(model: NetworkModel, pkg: PackageHistory, now: Date): EtaPrediction | null {
  if (!canPredict(pkg)) return null;
  try {
    return predictEta(model.eta, pkg, now, model.facilities, model.conditions);
  } catch {
    // A destination the network cannot reach has no ETA; investigations say why (see the agent toolkit).
    return null;
  }
}

/** ETAs for many packages with one history load and one model lookup (used by the Package.eta loader). */
export async function etasForPackages(
  db: Db,
  models: NetworkModelCache,
  organizationId: string,
  packageIds: readonly string[],
  now = new Date(),
): Promise<Map<string, EtaPrediction | null>> {
  const [histories, model] = await Promise.all([loadHistories(db, organizationId, packageIds), models.get(organizationId, now)]);
  return new Map(histories.map((h) => [h.id, etaForHistory(model, h, now)]));
}
