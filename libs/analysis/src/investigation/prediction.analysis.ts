import { describeSlowStage, slowestStage, type EtaPrediction, type EtaStage } from '../eta/index.js';
import type { PackageHistory } from '../timeline.types.js';
import { formatPercent } from './duration-format.js';
import type { RecommendedAction } from './investigation.types.js';

/** Below this chance of missing the promise a package is on track: watching is the whole advice. */
export const ON_TRACK_RISK = 0.2;
/** From here on the package is more likely late than not: the recipient should hear the new time. */
export const LIKELY_LATE_RISK = 0.5;

/** What a PREDICTION investigation finds: the same ETA every view shows, read against the promise. */
export interface DeliveryRisk {
  /** FINISHED: delivered, returned or cancelled; nothing is left to predict or act on. */
  state: 'MOVING' | 'FINISHED';
  /** 1 − on-time probability; null without a promise or an ETA. */
  risk: number | null;
  promisedDeliveryAt: string | null;
  etaP50: string | null;
  etaP90: string | null;
  etaBasis: string | null;
  slowStage: EtaStage | null;
  /** Why, in one or two sentences. */
  reason: string;
}

const iso = (d: Date | null | undefined): string | null => d?.toISOString() ?? null;

export function assessDeliveryRisk(pkg: PackageHistory, eta: EtaPrediction | null, now: Date): DeliveryRisk {
  const promise = pkg.promisedDeliveryAt;
  const base = { promisedDeliveryAt: iso(promise), etaP50: iso(eta?.p50), etaP90: iso(eta?.p90), etaBasis: eta?.basis ?? null };
  if (eta?.basis === 'DELIVERED' || eta?.basis === 'CLOSED' || ['DELIVERED', 'RETURNED', 'CANCELLED'].includes(pkg.status)) {
    const what = eta?.basis === 'DELIVERED' || pkg.status === 'DELIVERED' ? `delivered${eta ? ` at ${eta.p50.toISOString()}` : ''}` : `closed as ${pkg.status}`;
    return { ...base, state: 'FINISHED', risk: null, slowStage: null, reason: `The package was ${what}; there is nothing left to predict.` };
  }
  if (!eta) return { ...base, state: 'MOVING', risk: null, slowStage: null, reason: 'No ETA could be predicted (no scans and no destination coordinates).' };
  const slowStage = slowestStage(eta.stages);
  const stageText = describeSlowStage(slowStage);
  if (!promise || eta.onTimeProbability === null) {
    return { ...base, state: 'MOVING', risk: null, slowStage, reason: `No promised delivery to keep. ${stageText}` };
  }
  const risk = Math.round((1 - eta.onTimeProbability) * 10_000) / 10_000;
  const passed = promise.getTime() < now.getTime() ? `The promise passed ${promise.toISOString()}. ` : '';
  return { ...base, state: 'MOVING', risk, slowStage, reason: `${passed}${formatPercent(risk)} likely to miss the promise. ${stageText}` };
}

const slowNow = (stage: EtaStage | null): stage is EtaStage =>
  stage !== null && stage.slow && (stage.elapsedHours > 0 || stage.slowdown > 1);

/**
 * Actions from the prediction alone, consistent with the package's state: none for a finished package;
 * WAIT only when it is the whole advice (never beside an action); a new delivery time only when it is
 * still ahead; asking the carrier only about a stage that is actually running slow.
 */
export function predictionActions(pkg: PackageHistory, risk: DeliveryRisk, now: Date): RecommendedAction[] {
  if (risk.state === 'FINISHED') return [];
  const actions: Omit<RecommendedAction, 'priority'>[] = [];
  const r = risk.risk;
  if (r !== null && r >= ON_TRACK_RISK && slowNow(risk.slowStage)) {
    const s = risk.slowStage;
    const why = s.slowdown > 1 ? `it runs ${s.slowdown.toFixed(1)}× slower than normal now` : `${s.elapsedHours.toFixed(1)} h spent against ${s.typicalHours.toFixed(1)} h usually`;
    actions.push({
      type: 'CONTACT_CARRIER',
      score: Math.round((0.6 + 0.4 * r) * 100) / 100,
      reason: `Ask ${pkg.carrier} to prioritise the package through ${s.label}: ${why}.`,
      details: { carrier: pkg.carrier, trackingNumber: pkg.trackingNumber, stage: s.label, excessHours: s.excessHours },
    });
  }
  const p50 = risk.etaP50 ? Date.parse(risk.etaP50) : Number.NaN;
  if (r !== null && r >= LIKELY_LATE_RISK && p50 > now.getTime()) {
    actions.push({
      type: 'NOTIFY_RECIPIENT',
      score: Math.round((0.5 + 0.4 * r) * 100) / 100,
      reason: `Tell the recipient the expected delivery is ${risk.etaP50} (90% by ${risk.etaP90}), not the promised ${risk.promisedDeliveryAt}.`,
      details: { newEtaP50: risk.etaP50, newEtaP90: risk.etaP90, etaBasis: risk.etaBasis, promisedDeliveryAt: risk.promisedDeliveryAt },
    });
  }
  if (actions.length === 0) {
    const why =
      r === null
        ? 'there is no promise to miss'
        : r < ON_TRACK_RISK
          ? `the package is on track (${formatPercent(1 - r)} likely on time)`
          : `the risk (${formatPercent(r)}) comes from no stage running slow, only a tight promise`;
    actions.push({ type: 'WAIT', score: 0.5, reason: `${why[0]!.toUpperCase()}${why.slice(1)}; re-check at the next scan.`, details: { risk: r } });
  }
  return actions.sort((a, b) => b.score - a.score).map((a, i) => ({ ...a, priority: i + 1 }));
}

/** The template narrative of a PREDICTION investigation (an LLM, when configured, writes its own). */
export function predictionNarrative(pkg: PackageHistory, risk: DeliveryRisk, actions: readonly RecommendedAction[]): string {
  const lines = [`## Delivery prediction for ${pkg.trackingNumber} (${pkg.carrier}, ${pkg.serviceLevel})`, '', risk.reason];
  if (risk.state === 'MOVING' && risk.etaP50) lines.push('', `ETA ${risk.etaP50} (p90 ${risk.etaP90}, ${risk.etaBasis}); promised ${risk.promisedDeliveryAt ?? 'nothing'}.`);
  if (actions.length > 0) lines.push('', '### Actions', ...actions.map((a) => `${a.priority}. **${a.type}**: ${a.reason}`));
  return lines.join('\n');
}
