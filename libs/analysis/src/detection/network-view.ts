import { predictEta } from '../eta/eta.predictor.js';
import { modelLookup } from '../eta/model-lookup.js';
import { packagePosition } from '../eta/package-position.js';
import { resolveDestinationFacility } from '../eta/path-inference.js';
import { quantile, type QuantileDistribution } from '../eta/quantile-distribution.js';
import { planRemaining } from '../eta/remaining-plan.js';
import { isTerminal } from '../statistics/index.js';
import type { PackageHistory } from '../timeline.types.js';
import type { DetectionContext, EtaEstimate, NetworkView } from './detection.types.js';

/** The package's ETA: the caller's (Package.eta), else the network model's own prediction. */
export function etaOf(pkg: PackageHistory, ctx: Pick<DetectionContext, 'eta' | 'network' | 'now'>): EtaEstimate | null {
  if (ctx.eta !== undefined) return ctx.eta;
  if (isTerminal(pkg.status)) return null;
  const { model, facilities, conditions } = ctx.network;
  return predictEta(model, pkg, ctx.now, facilities, conditions);
}

/** A stage of the journey as detection reads it: its name and the model's distribution of its length. */
export interface NormalStage {
  label: string;
  dist: QuantileDistribution;
}

/**
 * The stage the package is in now (waiting at a facility, on a lane, in the last mile...) as the ETA
 * plans it, with the network model's distribution of how long that stage normally takes. Null when the
 * package is not in the facility network (finished, or never scanned).
 */
export function currentStage(pkg: PackageHistory, ctx: Pick<DetectionContext, 'network' | 'now'>): NormalStage | null {
  const position = packagePosition(pkg, ctx.now);
  if (position.kind === 'delivered' || position.kind === 'terminal') return null;
  const lookup = modelLookup(ctx.network.model, ctx.network.facilities);
  const first = planRemaining(lookup, pkg, position, ctx.now, ctx.network.conditions).components[0];
  return first ? { label: first.label, dist: first.dist } : null;
}

/** The few numbers a threshold needs from a model distribution (see resolveThreshold). */
export function thresholdDistribution(dist: QuantileDistribution | null | undefined): { count: number; p90: number; p95: number } | null {
  return dist ? { count: dist.n, p90: quantile(dist, 0.9), p95: quantile(dist, 0.95) } : null;
}

/** The facility the model expects to deliver to this destination (stated, else learned from deliveries). */
export function deliveringFacility(network: NetworkView, destination: PackageHistory['destination']): string | null {
  return resolveDestinationFacility(modelLookup(network.model, network.facilities), destination)?.code ?? null;
}

/** Delivered packages that moved `from` → `to` on their way to `delivering` (the model's observed routing). */
export function hopsToward(network: NetworkView, from: string, to: string, delivering: string | null): number {
  return delivering === null ? 0 : (network.model.hopCounts?.[`${from}>${delivering}`]?.[to] ?? 0);
}

/** Delivered packages that left `from`: toward `to` and in all. */
export function outboundHops(network: NetworkView, from: string, to: string): { lane: number; total: number } {
  let lane = 0;
  let total = 0;
  for (const [key, counts] of Object.entries(network.model.hopCounts ?? {})) {
    if (!key.startsWith(`${from}>`)) continue;
    for (const [next, count] of Object.entries(counts)) {
      total += count;
      if (next === to) lane += count;
    }
  }
  return { lane, total };
}
