import type { FacilityNode, PackageHistory } from '../timeline.types.js';
import { explainPrediction } from './eta-explanation.js';
import type { EtaBasis, EtaModel, EtaPrediction, NetworkConditions, PredictOptions } from './eta.types.js';
import { modelLookup } from './model-lookup.js';
import { packagePosition } from './package-position.js';
import { planRemaining, type RemainingPlan } from './remaining-plan.js';
import { sampleRemainingHours, shareAtMost } from './remaining-time.js';
import { stageBreakdown } from './stage-breakdown.js';
import { hashSeed, SeededRandom } from '../common/seeded-random.js';
import { HOUR_MS } from '../common/time.js';
import { quantile } from '../common/quantile.js';

const DEFAULT_SAMPLES = 1000;

function closed(pkg: PackageHistory, at: Date, delivered: boolean, explanation: string): EtaPrediction {
  const promise = pkg.promisedDeliveryAt;
  const onTime = promise === null ? null : delivered && at.getTime() <= promise.getTime() ? 1 : 0;
  const basis = delivered ? 'DELIVERED' : 'CLOSED';
  return { p50: at, p90: at, onTimeProbability: onTime, basis, basisReason: explanation, remainingPath: [], stages: [], explanation };
}

/** How much of the plan comes from history, and why not all of it. */
function basisOf(model: EtaModel, plan: RemainingPlan): { basis: EtaBasis; basisReason: string } {
  if (plan.fallbackReason !== null) return { basis: 'FALLBACK', basisReason: `No facility path: ${plan.fallbackReason}.` };
  const unlearned = plan.components.filter((c) => !c.learned).map((c) => c.label);
  if (unlearned.length === plan.components.length) {
    return { basis: 'FALLBACK', basisReason: `No delivered history for any remaining stage (${model.packageCount} packages learned); priors only.` };
  }
  const reasons: string[] = [];
  if (!plan.learnedPath) reasons.push('no learned lanes connect this path; it is guessed from geography');
  if (unlearned.length > 0) reasons.push(`no history yet for ${unlearned.join(', ')}`);
  if (reasons.length > 0) return { basis: 'PARTIAL', basisReason: `Partly from priors: ${reasons.join('; ')}.` };
  return { basis: 'LEARNED_PATH', basisReason: `Every remaining stage learned from ${model.packageCount} delivered packages.` };
}

/**
 * The Monte Carlo seed: package, model and evidence (its scans), not the clock, so the same package gives
 * the same answer everywhere until a scan arrives or the model is retrained.
 */
export function etaSeed(model: EtaModel, pkg: PackageHistory, now: Date): number {
  const seen = pkg.events.filter((event) => event.occurredAt.getTime() <= now.getTime());
  const last = seen.at(-1);
  return hashSeed(pkg.id, model.trainedAt, model.packageCount, seen.length, last?.eventId ?? '', last?.occurredAt.getTime() ?? 0);
}

export function predictEta(
  model: EtaModel,
  pkg: PackageHistory,
  now: Date,
  facilities: readonly FacilityNode[],
  network?: NetworkConditions,
  options: PredictOptions = {},
): EtaPrediction {
  const position = packagePosition(pkg, now);
  if (position.kind === 'delivered') return closed(pkg, position.at, true, `Delivered at ${position.at.toISOString()}.`);
  if (position.kind === 'terminal') {
    return closed(pkg, position.at, false, `Closed as ${position.status} at ${position.at.toISOString()}; no delivery is expected.`);
  }
  const lookup = modelLookup(model, facilities);
  const plan = planRemaining(lookup, pkg, position, now, network);
  const random = new SeededRandom(etaSeed(model, pkg, now));
  const draws = sampleRemainingHours(plan.components, options.samples ?? DEFAULT_SAMPLES, random, now.getTime());
  const p50Hours = quantile(draws, 0.5);
  const p90Hours = quantile(draws, 0.9);
  const promise = pkg.promisedDeliveryAt;
  const onTimeProbability = promise === null ? null : shareAtMost(draws, (promise.getTime() - now.getTime()) / HOUR_MS);
  return {
    p50: new Date(now.getTime() + p50Hours * HOUR_MS),
    p90: new Date(now.getTime() + p90Hours * HOUR_MS),
    onTimeProbability,
    ...basisOf(model, plan),
    remainingPath: plan.remainingPath,
    stages: stageBreakdown(plan.components, now.getTime()),
    explanation: explainPrediction({
      position,
      elapsedHours: Math.max(0, (now.getTime() - position.since.getTime()) / HOUR_MS),
      plan,
      p50Hours,
      p90Hours,
      onTimeProbability,
    }),
  };
}
