import type { EtaPrediction } from '@clearpath/analysis/eta';
import type { PackageHistory } from '@clearpath/analysis';
import type { NetworkModel } from '../network/network-model.cache.js';

/** An ETA conditions on the time already spent, so one is reused for at most this long. */
export const ETA_MAX_AGE_MS = 60_000;
/** Packages remembered per model (the least recently computed are forgotten first). */
const CAPACITY = 50_000;

interface Memo {
  version: string;
  at: number;
  eta: EtaPrediction | null;
}

// Keyed by the model object: a newly learned model starts with none, the old memo goes with the old model.
const memos = new WeakMap<NetworkModel, Map<string, Memo>>();

/** What a package's ETA depends on besides the model and the clock. */
function stateVersion(pkg: PackageHistory): string {
  const lastSeq = pkg.events.reduce((max, e) => Math.max(max, e.seq), 0);
  return JSON.stringify([pkg.events.length, lastSeq, pkg.status, pkg.serviceLevel, pkg.promisedDeliveryAt?.getTime() ?? null, pkg.destination]);
}

/**
 * A package's ETA is computed once per state version (its events, promise and destination) and model, and
 * reused for reads within ETA_MAX_AGE_MS: list pages, detection and investigations then agree and the Monte
 * Carlo runs once. A failed computation is not remembered.
 */
export function memoizedEta(model: NetworkModel, pkg: PackageHistory, now: Date, compute: () => EtaPrediction | null): EtaPrediction | null {
  let memo = memos.get(model);
  if (!memo) memos.set(model, (memo = new Map()));
  const version = stateVersion(pkg);
  const hit = memo.get(pkg.id);
  if (hit && hit.version === version && Math.abs(now.getTime() - hit.at) <= ETA_MAX_AGE_MS) return hit.eta;
  const eta = compute();
  memo.delete(pkg.id);
  memo.set(pkg.id, { version, at: now.getTime(), eta });
  if (memo.size > CAPACITY) memo.delete(memo.keys().next().value!);
  return eta;
}
