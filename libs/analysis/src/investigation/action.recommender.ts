import type { EtaEstimate } from '../detection/index.js';
import { formatDuration } from './duration-format.js';
import type {
  ActionType,
  InvestigationEvidence,
  RecommendedAction,
  RerouteAlternative,
  RootCause,
  RootCauseResult,
} from './investigation.types.js';
import { PROBABLE_LOSS_HOURS } from './root-cause.rules.js';
import { isTerminal } from '../statistics/index.js';

export interface RecommendOptions {
  eta?: EtaEstimate;
  alternatives?: readonly RerouteAlternative[];
}

type Candidate = Omit<RecommendedAction, 'priority'>;

/** Tie-break when two actions score the same: the one that changes the outcome sooner first. */
const ACTION_ORDER: readonly ActionType[] = ['REROUTE', 'VERIFY_ADDRESS', 'OFFER_PICKUP_POINT', 'CONTACT_CARRIER', 'FILE_CLAIM', 'NOTIFY_RECIPIENT', 'WAIT'];

/** How useful each action is for each cause (0..1); absent = not recommended for that cause. */
const BASE: Readonly<Record<RootCause, Partial<Record<ActionType, number>>>> = {
  FACILITY_CONGESTION: { REROUTE: 0.9, CONTACT_CARRIER: 0.5, NOTIFY_RECIPIENT: 0.3, WAIT: 0.4 },
  MISSORT_MISROUTE: { CONTACT_CARRIER: 0.9, REROUTE: 0.7, NOTIFY_RECIPIENT: 0.3 },
  CARRIER_EXCEPTION: { CONTACT_CARRIER: 0.9, NOTIFY_RECIPIENT: 0.3, WAIT: 0.2 },
  CUSTOMS: { CONTACT_CARRIER: 0.85, NOTIFY_RECIPIENT: 0.5, WAIT: 0.45 },
  ADDRESS_PROBLEM: { VERIFY_ADDRESS: 0.95, NOTIFY_RECIPIENT: 0.55, CONTACT_CARRIER: 0.6 },
  RECIPIENT_UNAVAILABLE: { OFFER_PICKUP_POINT: 0.95, NOTIFY_RECIPIENT: 0.5, CONTACT_CARRIER: 0.3 },
  WEATHER: { WAIT: 0.6, NOTIFY_RECIPIENT: 0.55, CONTACT_CARRIER: 0.3 },
  PROBABLE_LOSS: { CONTACT_CARRIER: 0.95, NOTIFY_RECIPIENT: 0.45, FILE_CLAIM: 0.4 },
  DATA_QUALITY: { WAIT: 0.7, CONTACT_CARRIER: 0.6 },
  NONE_FOUND: { WAIT: 0.8, NOTIFY_RECIPIENT: 0.2 },
};

/**
 * Actions that change what happens to the package. WAIT says "nothing indicates intervening would help",
 * so it never stands next to one of these: the better-scored side wins. Telling the recipient agrees with both.
 */
const INTERVENTIONS: ReadonlySet<ActionType> = new Set(['REROUTE', 'VERIFY_ADDRESS', 'OFFER_PICKUP_POINT', 'CONTACT_CARRIER', 'FILE_CLAIM']);

interface Situation {
  rootCause: RootCause;
  evidence: InvestigationEvidence;
  eta: { p50: string; p90: string; onTimeProbability: number | null; basis: string } | null;
  late: boolean;
  damaged: boolean;
  lost: boolean;
}

/** A time an action may name: one still ahead of the evidence's moment (an ETA already past is no news). */
function ahead(iso: string | null | undefined, nowIso: string): boolean {
  return iso != null && Date.parse(iso) > Date.parse(nowIso);
}

/** Drops WAIT or the interventions, whichever scores lower, so the plan never argues with itself. */
function withoutContradictions(scores: Partial<Record<ActionType, number>>, cause: RootCause): void {
  const wait = scores.WAIT;
  // On bad data WAIT means "wait for corrected scans", which reporting them to the carrier does not contradict.
  if (wait === undefined || cause === 'DATA_QUALITY') return;
  const interventions = (Object.keys(scores) as ActionType[]).filter((type) => INTERVENTIONS.has(type));
  const strongest = Math.max(0, ...interventions.map((type) => scores[type] ?? 0));
  if (interventions.length === 0) return;
  if (strongest >= wait) delete scores.WAIT;
  else for (const type of interventions) delete scores[type];
}

function bestAlternative(s: Situation, alternatives: readonly RerouteAlternative[]): RerouteAlternative | null {
  // A detour through the facility that is the problem is no alternative.
  const avoid = s.evidence.currentFacility?.code;
  const usable = alternatives.filter((a) => a.via !== avoid && !(a.path ?? []).slice(1).includes(avoid ?? ''));
  const time = (a: RerouteAlternative) => a.etaP50?.getTime() ?? Number.POSITIVE_INFINITY;
  return [...usable].sort((a, b) => time(a) - time(b) || a.via.localeCompare(b.via))[0] ?? null;
}

function reason(type: ActionType, s: Situation, alternative: RerouteAlternative | null): Candidate['reason'] {
  const e = s.evidence;
  const at = e.currentFacility ? ` at ${e.currentFacility.code}` : '';
  const exceptionIds = e.exceptions.map((x) => x.eventId).join(', ');
  switch (type) {
    case 'REROUTE': {
      const arrival = alternative?.etaP50?.toISOString();
      const eta = arrival && ahead(arrival, e.generatedAt) ? ` (ETA ${arrival})` : '';
      const from = s.rootCause === 'FACILITY_CONGESTION' ? 'the congested facility' : 'its wrong path';
      return `Re-route via ${alternative?.via ?? '?'}${eta} to get the package out of ${from}${at}.`;
    }
    case 'VERIFY_ADDRESS':
      return `Confirm the delivery address with the recipient: delivery failed${exceptionIds ? ` (events ${exceptionIds})` : ''}.`;
    case 'OFFER_PICKUP_POINT':
      return (
        `Offer the recipient a pickup point or a redelivery slot of their choice: ` +
        `${e.timeline.steps.filter((step) => step.status === 'FAILED_ATTEMPT').length} attempt(s) found nobody to take the package.`
      );
    case 'CONTACT_CARRIER':
      switch (s.rootCause) {
        case 'RECIPIENT_UNAVAILABLE':
          return `Ask ${e.carrier} to hold the package at a pickup point instead of another attempt.`;
        case 'WEATHER':
          return `Ask ${e.carrier} when the weather-affected leg is expected to run again.`;
        case 'CUSTOMS':
          return `Ask ${e.carrier} which documents customs needs to release the package${exceptionIds ? ` (events ${exceptionIds})` : ''}.`;
        case 'PROBABLE_LOSS':
          return (
            `Open a trace with ${e.carrier}: no scan for ${formatDuration(e.silenceHours ?? 0)} ` +
            `since ${e.timeline.steps.at(-1)?.eventId ?? 'the last event'}.`
          );
        case 'MISSORT_MISROUTE':
          return `Ask ${e.carrier} to re-sort the package${at} back onto its path to the destination.`;
        case 'FACILITY_CONGESTION':
          return `Ask ${e.carrier} to prioritise the package${at}; the facility is congested.`;
        case 'DATA_QUALITY':
          return `Report the inconsistent scans to ${e.carrier} so the tracking feed is corrected.`;
        default:
          return `Ask ${e.carrier} to resolve the reported exception${exceptionIds ? ` (events ${exceptionIds})` : ''}.`;
      }
    case 'FILE_CLAIM':
      return s.damaged
        ? 'File a damage claim with the carrier.'
        : `File a loss claim: ${s.lost ? 'the carrier reported the package lost' : `no scan for ${formatDuration(e.silenceHours ?? 0)}`}.`;
    case 'NOTIFY_RECIPIENT':
      // An ETA for a package nobody can find would be a promise we cannot keep.
      if (s.rootCause === 'PROBABLE_LOSS') return 'Tell the recipient the package is delayed and being traced with the carrier.';
      return s.eta
        ? `Tell the recipient the new expected delivery: ${s.eta.p50} (p90 ${s.eta.p90}).`
        : 'Tell the recipient the delivery is delayed; no reliable new ETA yet.';
    case 'WAIT':
      if (s.rootCause === 'WEATHER') return 'Wait for the weather disruption to clear; re-check at the next scan.';
      return s.rootCause === 'DATA_QUALITY'
        ? 'Wait for corrected or further scans before acting on this data.'
        : 'Nothing indicates that intervening would speed delivery up; re-check at the next scan.';
  }
}

function details(type: ActionType, s: Situation, alternative: RerouteAlternative | null): Candidate['details'] {
  switch (type) {
    case 'REROUTE':
      return {
        via: alternative?.via ?? null,
        path: alternative?.path?.join(' > ') ?? null,
        etaP50: ahead(alternative?.etaP50?.toISOString(), s.evidence.generatedAt) ? (alternative?.etaP50?.toISOString() ?? null) : null,
        etaP90: ahead(alternative?.etaP90?.toISOString(), s.evidence.generatedAt) ? (alternative?.etaP90?.toISOString() ?? null) : null,
        onTimeProbability: alternative?.onTimeProbability ?? null,
        avoids: s.evidence.currentFacility?.code ?? null,
      };
    case 'NOTIFY_RECIPIENT':
      return {
        newEtaP50: s.eta?.p50 ?? null,
        newEtaP90: s.eta?.p90 ?? null,
        etaBasis: s.eta?.basis ?? null,
        promisedDeliveryAt: s.evidence.promisedDeliveryAt,
      };
    case 'CONTACT_CARRIER':
      return { carrier: s.evidence.carrier, trackingNumber: s.evidence.trackingNumber };
    default:
      return {};
  }
}

/**
 * Ranked next steps for a root cause. Each cause has a fixed usefulness per action, adjusted by the
 * situation: REROUTE only with an alternative that avoids the current facility; NOTIFY_RECIPIENT rises when
 * the package will be late and carries the new ETA; FILE_CLAIM rises for damage or a very long silence.
 * A finished package (delivered, returned, cancelled) gets none: there is nothing left to act on. Actions
 * never contradict each other (WAIT or interventions, not both) and never name a time already past.
 */
export function recommendActions(
  rootCause: RootCause | RootCauseResult,
  evidence: InvestigationEvidence,
  options: RecommendOptions = {},
): RecommendedAction[] {
  if (isTerminal(evidence.status)) return [];
  const cause = typeof rootCause === 'string' ? rootCause : rootCause.rootCause;
  const given = options.eta
    ? {
        p50: options.eta.p50.toISOString(),
        p90: options.eta.p90.toISOString(),
        onTimeProbability: options.eta.onTimeProbability,
        basis: options.eta.basis,
      }
    : evidence.eta;
  // An expected delivery already past is no new expected delivery: the recipient hears "delayed" instead.
  const eta = given && ahead(given.p50, evidence.generatedAt) ? given : null;
  const promise = evidence.promisedDeliveryAt;
  const s: Situation = {
    rootCause: cause,
    evidence,
    eta,
    late:
      evidence.findings.some((f) => f.type === 'LATE_RISK') ||
      (eta !== null && promise !== null && Date.parse(eta.p50) > Date.parse(promise)),
    damaged: evidence.exceptions.some((x) => x.subtype === 'DAMAGED'),
    lost: evidence.exceptions.some((x) => x.subtype === 'LOST'),
  };

  const scores: Partial<Record<ActionType, number>> = { ...BASE[cause] };
  const alternative = bestAlternative(s, options.alternatives ?? []);
  if (!alternative) delete scores.REROUTE;
  if (s.late && scores.NOTIFY_RECIPIENT !== undefined) scores.NOTIFY_RECIPIENT += 0.35;
  if (s.damaged) scores.FILE_CLAIM = Math.max(scores.FILE_CLAIM ?? 0, 0.75);
  if (cause === 'PROBABLE_LOSS' && (s.lost || (evidence.silenceHours ?? 0) >= PROBABLE_LOSS_HOURS)) {
    scores.FILE_CLAIM = Math.max(scores.FILE_CLAIM ?? 0, 0.85);
  }
  // A low-confidence verdict argues for patience over action.
  if (typeof rootCause !== 'string' && rootCause.confidence < 0.4 && cause !== 'NONE_FOUND') {
    scores.WAIT = Math.max(scores.WAIT ?? 0, 0.5);
  }
  withoutContradictions(scores, cause);

  const candidates: Candidate[] = (Object.entries(scores) as Array<[ActionType, number]>).map(([type, score]) => ({
    type,
    score: Math.round(Math.min(1, score) * 100) / 100,
    reason: reason(type, s, alternative),
    details: details(type, s, alternative),
  }));
  candidates.sort((a, b) => b.score - a.score || ACTION_ORDER.indexOf(a.type) - ACTION_ORDER.indexOf(b.type));
  return candidates.map((c, index) => ({ ...c, priority: index + 1 }));
}
