import type { PackageHistory } from '../timeline.types.js';
import { detectCarrierException } from './carrier-exception.detector.js';
import type { AnomalyFinding, AnomalyType, DetectionContext } from './detection.types.js';
import { detectExcessiveDwell } from './excessive-dwell.detector.js';
import { detectImpossibleTravel } from './impossible-travel.detector.js';
import { detectLateRisk } from './late-risk.detector.js';
import { detectMisroute } from './misroute.detector.js';
import { detectNoScan } from './no-scan.detector.js';
import { detectRepeatedFailedAttempts } from './repeated-failed-attempts.detector.js';

type PackageDetector = (pkg: PackageHistory, ctx: DetectionContext) => AnomalyFinding[];

const DETECTORS: readonly PackageDetector[] = [
  detectNoScan,
  detectExcessiveDwell,
  detectMisroute,
  detectImpossibleTravel,
  detectLateRisk,
  detectRepeatedFailedAttempts,
  detectCarrierException,
];

const TYPE_ORDER: readonly AnomalyType[] = [
  'NO_SCAN',
  'EXCESSIVE_DWELL',
  'MISROUTE',
  'IMPOSSIBLE_TRAVEL',
  'LATE_RISK',
  'REPEATED_FAILED_ATTEMPTS',
  'CARRIER_EXCEPTION',
  'FACILITY_CONGESTION',
];

/**
 * All anomalies that hold for the package now, in a fixed order.
 *
 * Contract with the caller (detection is stateless; this is how anomalies open, update and resolve):
 * - `key` identifies a finding within the package. Re-running on the same events (and a later `now`)
 *   yields the same keys, so the caller upserts by (packageId, key) and never duplicates an open anomaly;
 *   severity, confidence, summary and evidence may change between runs (a silence grows, an ETA moves) and
 *   should be updated in place.
 * - The result is the complete set of anomalies that still hold. An open anomaly of this package whose key
 *   is absent from a fresh run has recovered (a new scan arrived, the package left the facility, customs
 *   released it, it was delivered) and the caller may resolve it automatically.
 * - Keys embed the event that started the condition, so a recurrence later in the journey is a new anomaly.
 * Terminal packages only keep facts that do not go away (IMPOSSIBLE_TRAVEL, CARRIER_EXCEPTION of DAMAGED).
 */
export function detectAnomalies(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  const findings = DETECTORS.flatMap((detect) => detect(pkg, ctx));
  return findings.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.key.localeCompare(b.key));
}

/** Does the finding still hold? (Re-runs detection; prefer one detectAnomalies call per package in bulk.) */
export function stillHolds(finding: Pick<AnomalyFinding, 'key'>, pkg: PackageHistory, ctx: DetectionContext): boolean {
  return detectAnomalies(pkg, ctx).some((f) => f.key === finding.key);
}

/** Keys of open anomalies that a fresh detection run no longer reports: the caller resolves these. */
export function resolvedKeys(openKeys: Iterable<string>, current: readonly Pick<AnomalyFinding, 'key'>[]): string[] {
  const holding = new Set(current.map((f) => f.key));
  return [...new Set(openKeys)].filter((key) => !holding.has(key)).sort();
}
