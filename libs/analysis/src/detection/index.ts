export type {
  AnomalyFinding,
  AnomalyType,
  DetectionContext,
  DetectionThresholds,
  EtaEstimate,
  FindingEvidence,
  NetworkView,
  PackageAnomalyType,
  Severity,
  SystemicAnomalyType,
} from './detection.types.js';
export { DEFAULT_DETECTION_THRESHOLDS, SEVERITY_RANK } from './detection.types.js';
export { detectAnomalies, resolvedKeys, stillHolds } from './detect-anomalies.js';
export { detectNoScan } from './no-scan.detector.js';
export { detectExcessiveDwell } from './excessive-dwell.detector.js';
export { detectMisroute } from './misroute.detector.js';
export { detectImpossibleTravel } from './impossible-travel.detector.js';
export { detectLateRisk } from './late-risk.detector.js';
export { detectRepeatedFailedAttempts } from './repeated-failed-attempts.detector.js';
export { detectCarrierException } from './carrier-exception.detector.js';
export {
  DEFAULT_CONGESTION_THRESHOLDS,
  detectFacilityCongestion,
  type CongestionContext,
  type CongestionThresholds,
} from './facility-congestion.detector.js';
export { currentStage, etaOf, type NormalStage } from './network-view.js';
