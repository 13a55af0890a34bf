export type {
  CarrierStatistics,
  DurationDistribution,
  FacilityStatistics,
  HeldAtFacility,
  HeldPackage,
  NetworkStatistics,
  NetworkSummary,
} from './statistics.types.js';
export { median, summarize } from './duration-summary.js';
export {
  TERMINAL_STATUSES,
  eventPosition,
  exceptionSubtype,
  isPositional,
  isTerminal,
  orderedEvents,
  type ExceptionSubtype,
} from './event-classification.js';
export { currentVisit, facilityVisits, type FacilityVisit } from './facility-visits.js';
export { computeFacilityStatistics } from './facility-statistics.js';
export { computeHeldAtFacility } from './held-at-facility.js';
export { computeCarrierStatistics, summarizeOutcomes } from './carrier-statistics.js';
export { packageOutcome, type PackageOutcome } from './package-outcome.js';
export { computeNetworkStatistics, type NetworkStatisticsOptions } from './network-statistics.js';
export {
  resolveThreshold,
  type ResolvedThreshold,
  type ThresholdCandidate,
  type ThresholdOptions,
} from './thresholds.js';
