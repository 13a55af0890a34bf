/**
 * The ETA accuracy check on every network shape, shared by `bench/eta.bench.ts` (large) and the shape
 * tests (small, seeded): at each cut-off, learn from what was delivered by then, predict every package in
 * flight, and score p50 and p90 against the true delivery time beside two naive predictors.
 */
import type { FacilityNode, PackageHistory } from '../timeline.types.js';
import { estimateNetworkConditions, learnEtaModel, predictEta, scoreCases, type EtaMetrics, type ScoredCase } from '../eta/index.js';
import { historyAsOf, simulateNetwork } from '../simulation/index.js';
import { generateShape, type ShapeName } from './network-shapes.js';

export type EtaShape = ShapeName | 'hub-and-spoke';
export const ETA_SHAPES: readonly EtaShape[] = ['hubs-only', 'hub-and-spoke', 'long-haul', 'disruption'];

export const SHAPE_DESCRIPTIONS: Record<EtaShape, string> = {
  'hubs-only': '9 hubs, arrival scans only, destinations near a hub, no destination facility',
  'hub-and-spoke': 'the simulator: depots feeding hubs, departure and arrival scans, exceptions, congestion',
  'long-haul': '24 far-apart facilities, few packages per lane (cold start), departure scans',
  disruption: '9 hubs with departure scans; one hub 4x slower from mid-history on',
};

interface Network {
  facilities: FacilityNode[];
  packages: PackageHistory[];
  deliveredAt: Map<string, Date>;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const START = new Date('2025-03-03T00:00:00Z');

function network(shape: EtaShape, seed: number, packageCount: number, spanDays: number): Network {
  if (shape !== 'hub-and-spoke') return generateShape(shape, { seed, packageCount, spanDays, start: START });
  const sim = simulateNetwork({ seed, packageCount, start: START, spanDays, now: new Date(START.getTime() + (spanDays + 20) * DAY_MS) });
  const deliveredAt = new Map<string, Date>();
  for (const journey of sim.journeys) if (journey.truth.deliveredAt) deliveredAt.set(journey.package.id, journey.truth.deliveredAt);
  return { facilities: sim.facilities, packages: sim.journeys.map((j) => j.package), deliveredAt };
}

export interface ShapeResult {
  shape: EtaShape;
  cases: number;
  model: EtaMetrics;
  promised: EtaMetrics;
  medianDoorToDoor: EtaMetrics;
  /** 1 - model MAE / best naive MAE (target at least 0.3). */
  improvement: number;
}

export interface ShapeRunOptions {
  seed: number;
  packageCount: number;
  spanDays: number;
  /** Cut-offs in days from the start (default: 60%, 70%, 80% and 90% of the span). */
  cutoffDays?: number[];
  samples?: number;
}

const quantileOf = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export function evaluateShape(shape: EtaShape, options: ShapeRunOptions): ShapeResult {
  const { facilities, packages, deliveredAt } = network(shape, options.seed, options.packageCount, options.spanDays);
  const cutoffs = options.cutoffDays ?? [0.6, 0.7, 0.8, 0.9].map((share) => Math.round(share * options.spanDays));
  const cases = { model: [] as ScoredCase[], promised: [] as ScoredCase[], median: [] as ScoredCase[] };
  for (const day of cutoffs) {
    const now = new Date(START.getTime() + day * DAY_MS);
    const snapshot = packages.flatMap((p) => historyAsOf(p, now) ?? []);
    const delivered = snapshot.filter((p) => p.status === 'DELIVERED');
    const model = learnEtaModel(delivered, facilities, { trainedAt: now });
    // As Package.eta does: the learned model plus current conditions from recent scans.
    const conditions = estimateNetworkConditions(model, snapshot, facilities, now);
    const doorToDoor = delivered
      .map((p) => (p.events.findLast((e) => e.status === 'DELIVERED')!.occurredAt.getTime() - p.createdAt.getTime()) / HOUR_MS)
      .sort((a, b) => a - b);
    const median = quantileOf(doorToDoor, 0.5);
    const p90 = quantileOf(doorToDoor, 0.9);
    const atLeastNow = (ms: number): Date => new Date(Math.max(ms, now.getTime()));
    for (const pkg of snapshot) {
      if (pkg.status === 'DELIVERED' || pkg.status === 'RETURNED' || pkg.status === 'CANCELLED') continue;
      const base = { pkg, now, actualDeliveredAt: deliveredAt.get(pkg.id) ?? null, onTimeProbability: null };
      const eta = predictEta(model, pkg, now, facilities, conditions, { samples: options.samples ?? 400 });
      cases.model.push({ ...base, p50: eta.p50, p90: eta.p90, onTimeProbability: eta.onTimeProbability });
      const promise = atLeastNow((pkg.promisedDeliveryAt ?? now).getTime());
      cases.promised.push({ ...base, p50: promise, p90: promise });
      cases.median.push({ ...base, p50: atLeastNow(pkg.createdAt.getTime() + median * HOUR_MS), p90: atLeastNow(pkg.createdAt.getTime() + p90 * HOUR_MS) });
    }
  }
  const model = scoreCases(cases.model);
  const promised = scoreCases(cases.promised);
  const medianDoorToDoor = scoreCases(cases.median);
  const bestNaive = Math.min(promised.maeP50Hours, medianDoorToDoor.maeP50Hours);
  return { shape, cases: cases.model.length, model, promised, medianDoorToDoor, improvement: 1 - model.maeP50Hours / bestNaive };
}
