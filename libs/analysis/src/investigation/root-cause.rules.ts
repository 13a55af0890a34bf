import type { AnomalyFinding, AnomalyType } from '../detection/index.js';
import { formatDuration, formatPercent } from './duration-format.js';
import type { FiredRule, InvestigationEvidence, TimelineStep } from './investigation.types.js';

/**
 * One explainable piece of the root-cause scoring: when it applies it votes for one cause with a fixed
 * weight (roughly: how often this signal alone is the real cause). Weights are combined per cause.
 */
export interface RootCauseRule {
  id: string;
  rootCause: FiredRule['rootCause'];
  weight: number;
  /** Detail and evidence event ids when the rule applies, else null. */
  test(evidence: InvestigationEvidence): { detail: string; eventIds: string[] } | null;
}

/** Silence this long with no scan at all is treated as a probable loss, whatever the lane says. */
export const PROBABLE_LOSS_HOURS = 7 * 24;

const ofType = (e: InvestigationEvidence, type: AnomalyType): AnomalyFinding[] => e.findings.filter((f) => f.type === type);
const stallFindings = (e: InvestigationEvidence): AnomalyFinding[] =>
  e.findings.filter((f) => f.type === 'NO_SCAN' || f.type === 'EXCESSIVE_DWELL');
const ids = (findings: readonly AnomalyFinding[]): string[] => [...new Set(findings.flatMap((f) => f.evidence.eventIds))];
const exceptionFindings = (e: InvestigationEvidence, subtypes: readonly string[]): AnomalyFinding[] =>
  ofType(e, 'CARRIER_EXCEPTION').filter((f) => subtypes.includes(f.evidence.subtype ?? ''));
const failedAttemptSteps = (e: InvestigationEvidence): TimelineStep[] => e.timeline.steps.filter((s) => s.status === 'FAILED_ATTEMPT');
const ADDRESS_REASONS: ReadonlySet<string> = new Set(['ADDRESS', 'NO_ACCESS']);
const RECIPIENT_REASONS: ReadonlySet<string> = new Set(['RECIPIENT_UNAVAILABLE', 'BUSINESS_CLOSED']);
/** The package waits for a reason the carrier stated (an open exception, a failed attempt): not a lost sort. */
const heldForStatedReason = (e: InvestigationEvidence): boolean =>
  ofType(e, 'CARRIER_EXCEPTION').length > 0 || ofType(e, 'REPEATED_FAILED_ATTEMPTS').length > 0 || e.timeline.steps.at(-1)?.status === 'FAILED_ATTEMPT';
/** The package has a reason of its own: a specific exception, failed attempts, or data that cannot be trusted. */
const statedReason = (e: InvestigationEvidence): boolean =>
  ofType(e, 'CARRIER_EXCEPTION').some((f) => (f.evidence.subtype ?? 'OTHER') !== 'OTHER') ||
  ofType(e, 'REPEATED_FAILED_ATTEMPTS').length > 0 ||
  ofType(e, 'IMPOSSIBLE_TRAVEL').length > 0 ||
  e.dataQuality.futureEventIds.length > 0;
/** Silent for days, twice as long as the facility's jam is old: this package went quiet before the jam began. */
const outlastsJam = (e: InvestigationEvidence, jam: AnomalyFinding): boolean =>
  (e.silenceHours ?? 0) >= 72 && num(jam.evidence.statistics['medianHeldHours']) < 0.5 * (e.silenceHours ?? 0);
/** The current stay is explained by an exception reported during it (a customs hold since released, say). */
const stayExplained = (e: InvestigationEvidence): boolean => {
  const f = e.currentFacility;
  if (!f) return false;
  const since = Date.parse(e.generatedAt) - f.stayHours * 3_600_000;
  return e.exceptions.some((x) => x.facilityCode === f.code && Date.parse(x.occurredAt) >= since - 60_000);
};
const num = (value: number | string | null | undefined): number => (typeof value === 'number' ? value : 0);

const fired = (detail: string, eventIds: string[]) => ({ detail, eventIds });

export const ROOT_CAUSE_RULES: readonly RootCauseRule[] = [
  {
    id: 'congestion.systemic-finding',
    rootCause: 'FACILITY_CONGESTION',
    weight: 0.85,
    test: (e) => {
      const [finding] = e.congestion;
      if (!finding || statedReason(e) || outlastsJam(e, finding)) return null;
      return fired(`${finding.summary} (${finding.key})`, finding.evidence.eventIds.slice(0, 10));
    },
  },
  {
    // The package's own stated reason (a customs hold, a storm) is primary; the congestion around it is context.
    id: 'congestion.context',
    rootCause: 'FACILITY_CONGESTION',
    weight: 0.3,
    test: (e) => {
      const [finding] = e.congestion;
      if (!finding || !statedReason(e)) return null;
      return fired(`${finding.summary} (${finding.key}), beside the package's own reason`, finding.evidence.eventIds.slice(0, 10));
    },
  },
  {
    id: 'congestion.facility-overloaded',
    rootCause: 'FACILITY_CONGESTION',
    weight: 0.5,
    test: (e) => {
      const f = e.currentFacility;
      const stalls = stallFindings(e);
      if (!f || stalls.length === 0 || f.heldNow < 5) return null;
      if (f.typicalHeld !== null && f.heldNow < 3 * Math.max(1, f.typicalHeld)) return null;
      return fired(`${f.code} holds ${f.heldNow} packages now (typically ${f.typicalHeld ?? 'unknown'})`, ids(stalls));
    },
  },
  {
    id: 'misroute.finding',
    rootCause: 'MISSORT_MISROUTE',
    weight: 0.85,
    test: (e) => {
      const misroutes = ofType(e, 'MISROUTE');
      return misroutes.length > 0 ? fired(misroutes.map((f) => f.summary).join(' '), ids(misroutes)) : null;
    },
  },
  {
    // The facility moves everyone else normally, so this package is stuck for its own reasons (missorted, mislaid).
    id: 'stall.isolated',
    rootCause: 'MISSORT_MISROUTE',
    weight: 0.35,
    test: (e) => {
      const dwell = ofType(e, 'EXCESSIVE_DWELL');
      const f = e.currentFacility;
      if (dwell.length === 0 || !f || e.congestion.length > 0 || f.type === 'CUSTOMS' || heldForStatedReason(e) || stayExplained(e)) return null;
      if (f.typicalHeld === null || f.heldNow > 2 * Math.max(1, f.typicalHeld)) return null;
      return fired(`stalled at ${f.code} while it holds a normal ${f.heldNow} packages (typically ${f.typicalHeld})`, ids(dwell));
    },
  },
  {
    id: 'exception.customs',
    rootCause: 'CUSTOMS',
    weight: 0.85,
    test: (e) => {
      const customs = exceptionFindings(e, ['CUSTOMS']);
      return customs.length > 0 ? fired(customs.map((f) => f.summary).join(' '), ids(customs)) : null;
    },
  },
  {
    id: 'facility.customs-stall',
    rootCause: 'CUSTOMS',
    weight: 0.55,
    test: (e) => {
      const stalls = stallFindings(e);
      if (e.currentFacility?.type !== 'CUSTOMS' || stalls.length === 0) return null;
      return fired(`stalled at customs facility ${e.currentFacility.code} for ${formatDuration(e.currentFacility.stayHours)}`, ids(stalls));
    },
  },
  {
    id: 'timeline.longest-gap-at-customs',
    rootCause: 'CUSTOMS',
    weight: 0.4,
    test: (e) => {
      const gap = e.timeline.longestGap;
      if (!gap || gap.hours < 24 || !gap.facilityCode || e.facilityTypes[gap.facilityCode] !== 'CUSTOMS') return null;
      return fired(`the longest gap (${formatDuration(gap.hours)}) started at customs facility ${gap.facilityCode}`, [gap.fromEventId]);
    },
  },
  {
    id: 'exception.address',
    rootCause: 'ADDRESS_PROBLEM',
    weight: 0.85,
    test: (e) => {
      const address = exceptionFindings(e, ['ADDRESS']);
      return address.length > 0 ? fired(address.map((f) => f.summary).join(' '), ids(address)) : null;
    },
  },
  {
    // Failed attempts for an address reason: the address is the problem (the exception rule usually fires too).
    id: 'attempts.address',
    rootCause: 'ADDRESS_PROBLEM',
    weight: 0.6,
    test: (e) => {
      const steps = failedAttemptSteps(e).filter((s) => ADDRESS_REASONS.has(s.reason));
      return steps.length > 0 ? fired(`failed attempt(s) for ${steps.map((s) => s.reason.toLowerCase()).join(', ')}`, steps.map((s) => s.eventId)) : null;
    },
  },
  {
    // Nobody home, again: the address works, the recipient does not meet the van (suggests a pickup point).
    id: 'attempts.recipient-unavailable',
    rootCause: 'RECIPIENT_UNAVAILABLE',
    weight: 0.85,
    test: (e) => {
      const attempts = ofType(e, 'REPEATED_FAILED_ATTEMPTS').filter((f) => RECIPIENT_REASONS.has(f.evidence.subtype ?? ''));
      if (attempts.length === 0 || failedAttemptSteps(e).some((s) => ADDRESS_REASONS.has(s.reason))) return null;
      return fired(attempts.map((f) => f.summary).join(' '), ids(attempts));
    },
  },
  {
    // Repeated attempts without a stated reason: most often nobody was in, sometimes the address.
    id: 'attempts.repeated-unexplained',
    rootCause: 'RECIPIENT_UNAVAILABLE',
    weight: 0.45,
    test: (e) => {
      const attempts = ofType(e, 'REPEATED_FAILED_ATTEMPTS').filter((f) => (f.evidence.subtype ?? 'OTHER') === 'OTHER');
      return attempts.length > 0 ? fired(attempts.map((f) => f.summary).join(' '), ids(attempts)) : null;
    },
  },
  {
    id: 'exception.recipient',
    rootCause: 'RECIPIENT_UNAVAILABLE',
    weight: 0.7,
    test: (e) => {
      const recipient = exceptionFindings(e, ['RECIPIENT']);
      return recipient.length > 0 ? fired(recipient.map((f) => f.summary).join(' '), ids(recipient)) : null;
    },
  },
  {
    id: 'exception.weather',
    rootCause: 'WEATHER',
    weight: 0.85,
    test: (e) => {
      const weather = exceptionFindings(e, ['WEATHER']);
      return weather.length > 0 ? fired(weather.map((f) => f.summary).join(' '), ids(weather)) : null;
    },
  },
  {
    id: 'exception.carrier',
    rootCause: 'CARRIER_EXCEPTION',
    weight: 0.8,
    test: (e) => {
      const other = exceptionFindings(e, ['DAMAGED', 'REFUSED', 'CAPACITY', 'OTHER']);
      return other.length > 0 ? fired(other.map((f) => f.summary).join(' '), ids(other)) : null;
    },
  },
  {
    // Only supporting: a poor carrier makes a carrier-side cause likelier but proves nothing alone.
    id: 'carrier.poor-performance',
    rootCause: 'CARRIER_EXCEPTION',
    weight: 0.2,
    test: (e) => {
      const c = e.carrierPerformance;
      if (!c || e.findings.length === 0) return null;
      const manyExceptions =
        c.exceptionRate !== null && c.networkExceptionRate !== null && c.exceptionRate >= Math.max(0.05, 2 * c.networkExceptionRate);
      const oftenLate = c.onTimeRate !== null && c.networkOnTimeRate !== null && c.onTimeRate <= c.networkOnTimeRate - 0.15;
      if (!manyExceptions && !oftenLate) return null;
      return fired(
        `${c.carrier}: on-time ${formatPercent(c.onTimeRate)} (network ${formatPercent(c.networkOnTimeRate)}), ` +
          `exceptions ${formatPercent(c.exceptionRate)} (network ${formatPercent(c.networkExceptionRate)})`,
        [],
      );
    },
  },
  {
    id: 'exception.lost',
    rootCause: 'PROBABLE_LOSS',
    weight: 0.9,
    test: (e) => {
      const lost = exceptionFindings(e, ['LOST']);
      return lost.length > 0 ? fired(lost.map((f) => f.summary).join(' '), ids(lost)) : null;
    },
  },
  {
    id: 'silence.very-long',
    rootCause: 'PROBABLE_LOSS',
    weight: 0.8,
    test: (e) => {
      const noScan = ofType(e, 'NO_SCAN');
      const ratio = Math.max(0, ...noScan.map((f) => num(f.evidence.statistics['ratio'])));
      const silence = e.silenceHours;
      // A package held for a stated reason (address being fixed, customs) is silent for that reason, not lost, until a week has passed.
      // Likewise one stalled among many at a congested facility: the jam explains the silence.
      const explained = heldForStatedReason(e) || e.congestion.length > 0;
      // The ratio is to the gap expected to the next scan; the silence must also outlast the facility's usual long stay.
      const usualStay = 2 * (e.currentFacility?.turnaroundP95Hours ?? 0);
      if (silence === null || (silence < PROBABLE_LOSS_HOURS && (ratio < 4 || explained || silence < usualStay))) return null;
      return fired(`no scan for ${formatDuration(silence)}${ratio > 0 ? ` (${ratio}× the expected gap)` : ''}`, ids(noScan));
    },
  },
  {
    id: 'silence.long',
    rootCause: 'PROBABLE_LOSS',
    weight: 0.35,
    test: (e) => {
      const long = ofType(e, 'NO_SCAN').filter((f) => num(f.evidence.statistics['ratio']) >= 2);
      // Within the facility's usual long stay a silence is a slow package, not a missing one.
      const withinUsualStay = (e.silenceHours ?? 0) <= (e.currentFacility?.turnaroundP95Hours ?? 0);
      if (heldForStatedReason(e) || e.congestion.length > 0 || withinUsualStay) return null;
      return long.length > 0 ? fired(long.map((f) => f.summary).join(' '), ids(long)) : null;
    },
  },
  {
    id: 'data.impossible-travel',
    rootCause: 'DATA_QUALITY',
    weight: 0.8,
    test: (e) => {
      const travel = ofType(e, 'IMPOSSIBLE_TRAVEL');
      return travel.length > 0 ? fired(travel.map((f) => f.summary).join(' '), ids(travel)) : null;
    },
  },
  {
    // A "misroute" whose scan is also an impossible jump is more likely a wrong scan location than a wrong truck.
    id: 'data.misroute-from-bad-scan',
    rootCause: 'DATA_QUALITY',
    weight: 0.6,
    test: (e) => {
      const travelIds = new Set(ids(ofType(e, 'IMPOSSIBLE_TRAVEL')));
      const suspect = ofType(e, 'MISROUTE').filter((f) => f.evidence.eventIds.some((id) => travelIds.has(id)));
      return suspect.length > 0 ? fired(`misroute scan ${ids(suspect).join(', ')} is also an impossible jump`, ids(suspect)) : null;
    },
  },
  {
    id: 'data.future-events',
    rootCause: 'DATA_QUALITY',
    weight: 0.7,
    test: (e) => {
      const future = e.dataQuality.futureEventIds;
      return future.length > 0 ? fired(`${future.length} event(s) dated in the future`, future) : null;
    },
  },
];
