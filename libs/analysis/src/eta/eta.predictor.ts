import type { FacilityNode, PackageHistory } from '../timeline.types.js';
import { explainPrediction } from './eta-explanation.js';
import type { EtaModel, EtaPrediction, NetworkConditions, PredictOptions } from './eta.types.js';
import { modelLookup } from './model-lookup.js';
import { packagePosition } from './package-position.js';
import { planRemaining } from './remaining-plan.js';
import { sampleRemainingHours, shareAtMost } from './remaining-time.js';
import { hashSeed, SeededRandom } from '../common/seeded-random.js';
import { HOUR_MS } from '../common/time.js';
import { quantile } from '../common/quantile.js';

const DEFAULT_SAMPLES = 1000;

function closed(pkg: PackageHistory, at: Date, delivered: boolean, explanation: string): EtaPrediction {
  const promise = pkg.promisedDeliveryAt;
  const onTime = promise === null ? null : delivered && at.getTime() <= promise.getTime() ? 1 : 0;
  return { p50: at, p90: at, onTimeProbability: onTime, basis: 'delivered', remainingPath: [], explanation };
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
  // Seeded by package and time so the same question always gets the same answer.
  const random = new SeededRandom(hashSeed(pkg.id, now.getTime()));
  const draws = sampleRemainingHours(plan.components, options.samples ?? DEFAULT_SAMPLES, random, now.getTime());
  const p50Hours = quantile(draws, 0.5);
  const p90Hours = quantile(draws, 0.9);
  const promise = pkg.promisedDeliveryAt;
  const onTimeProbability = promise === null ? null : shareAtMost(draws, (promise.getTime() - now.getTime()) / HOUR_MS);
  const learned = model.packageCount > 0 && plan.learnedPath && plan.fallbackReason === null && plan.components.some((c) => c.learned);
  return {
    p50: new Date(now.getTime() + p50Hours * HOUR_MS),
    p90: new Date(now.getTime() + p90Hours * HOUR_MS),
    onTimeProbability,
    basis: learned ? 'learned' : 'cold-start',
    remainingPath: plan.remainingPath,
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
