export type {
  ActionType,
  CarrierPerformanceEvidence,
  CurrentFacilityEvidence,
  ExceptionEvidence,
  FiredRule,
  InvestigationEvidence,
  RecommendedAction,
  RerouteAlternative,
  RootCause,
  RootCauseResult,
  Timeline,
  TimelineGap,
  TimelineStep,
} from './investigation.types.js';
export { buildTimeline } from './timeline.builder.js';
export { gatherEvidence, type EvidenceContext } from './evidence.gatherer.js';
export { classifyRootCause } from './root-cause.classifier.js';
export { PROBABLE_LOSS_HOURS, ROOT_CAUSE_RULES, type RootCauseRule } from './root-cause.rules.js';
export { recommendActions, type RecommendOptions } from './action.recommender.js';
export { writeNarrative } from './narrative.writer.js';
export { formatDuration, formatPercent } from './duration-format.js';
export { assessDeliveryRisk, predictionActions, predictionNarrative, ON_TRACK_RISK, LIKELY_LATE_RISK, type DeliveryRisk } from './prediction.analysis.js';
