import { round2 } from './duration-format.js';
import type { FiredRule, InvestigationEvidence, RootCause, RootCauseResult } from './investigation.types.js';
import { calibratedConfidence } from './root-cause.calibration.js';
import { ROOT_CAUSE_RULES, type RootCauseRule } from './root-cause.rules.js';

type Cause = FiredRule['rootCause'];

/** Tie-break order: the more specific, more actionable cause first. */
const CAUSE_ORDER: readonly Cause[] = [
  'CUSTOMS',
  'ADDRESS_PROBLEM',
  'RECIPIENT_UNAVAILABLE',
  'WEATHER',
  'MISSORT_MISROUTE',
  'FACILITY_CONGESTION',
  'CARRIER_EXCEPTION',
  'PROBABLE_LOSS',
  'DATA_QUALITY',
];

/** Below this combined score no cause is claimed. */
const MIN_SCORE = 0.3;

const EXPLANATIONS: Readonly<Record<RootCause, string>> = {
  FACILITY_CONGESTION: 'the facility holding the package is congested; many packages are stalled there, not just this one',
  MISSORT_MISROUTE: 'the package was sorted or routed away from its path',
  CARRIER_EXCEPTION: 'the carrier reported an exception that stops normal handling',
  CUSTOMS: 'the package is held in customs clearance',
  ADDRESS_PROBLEM: 'delivery fails at the address (wrong, incomplete or unknown address, or no access to it)',
  RECIPIENT_UNAVAILABLE: 'the address is right but nobody could take the package (recipient out, business closed)',
  WEATHER: 'weather or a natural disaster stops the carrier from moving the package',
  PROBABLE_LOSS: 'the package has been silent far beyond normal and is probably lost',
  DATA_QUALITY: 'the tracking data itself is inconsistent, so the apparent problem may not be real',
  NONE_FOUND: 'no rule points to a cause; the evidence is consistent with a normal journey',
};

/**
 * Deterministic, explainable root cause: every rule that applies votes for its cause with a fixed weight;
 * votes for one cause combine as a noisy-OR (1 − Π(1 − w)), so independent signals strengthen each other
 * without exceeding 1. The top cause wins (ties by CAUSE_ORDER); its margin is its score minus half the
 * runner-up's, so a close call is uncertain, and the confidence is that margin calibrated on the labeled
 * suite (root-cause.calibration.ts): of the verdicts at 0.8, about 80% should be right. `rules` is injectable for tests and tuning.
 */
export function classifyRootCause(
  evidence: InvestigationEvidence,
  rules: readonly RootCauseRule[] = ROOT_CAUSE_RULES,
): RootCauseResult {
  const firedRules: FiredRule[] = [];
  for (const rule of rules) {
    const result = rule.test(evidence);
    if (result) firedRules.push({ rule: rule.id, rootCause: rule.rootCause, weight: rule.weight, ...result });
  }

  const scores = Object.fromEntries(CAUSE_ORDER.map((cause) => [cause, 0])) as Record<Cause, number>;
  for (const cause of CAUSE_ORDER) {
    const misses = firedRules.filter((r) => r.rootCause === cause).reduce((acc, r) => acc * (1 - r.weight), 1);
    scores[cause] = round2(1 - misses);
  }
  const ranked = [...CAUSE_ORDER].sort((a, b) => scores[b] - scores[a] || CAUSE_ORDER.indexOf(a) - CAUSE_ORDER.indexOf(b));
  const [top, runnerUp] = ranked as [Cause, Cause];
  const topScore = scores[top];

  if (topScore < MIN_SCORE) {
    return {
      rootCause: 'NONE_FOUND',
      confidence: calibratedConfidence(0.9 - topScore),
      margin: round2(0.9 - topScore),
      rule: 'none.no-signal',
      explanation: EXPLANATIONS.NONE_FOUND,
      firedRules,
      scores,
    };
  }
  const strongest = firedRules
    .filter((r) => r.rootCause === top)
    .reduce((best, r) => (r.weight > best.weight ? r : best));
  return {
    rootCause: top,
    confidence: calibratedConfidence(topScore - 0.5 * scores[runnerUp]),
    margin: round2(topScore - 0.5 * scores[runnerUp]),
    rule: strongest.rule,
    explanation: `${EXPLANATIONS[top]}: ${strongest.detail.replace(/\.$/, '')}`,
    firedRules,
    scores,
  };
}
