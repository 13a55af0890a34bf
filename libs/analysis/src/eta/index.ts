export type {
  ByServiceLevel,
  DeliveryArea,
  EtaBasis,
  EtaModel,
  EtaPrediction,
  FacilityDwellStatistics,
  LaneStatistics,
  NetworkConditions,
  PredictOptions,
  QuantileDistribution,
  TransitPrior,
} from './eta.types.js';
export { learnEtaModel, parseEtaModel, EtaModelFormatError, type LearnOptions } from './eta.model.js';
export { predictEta, etaSeed } from './eta.predictor.js';
export { estimateNetworkConditions, congestedFacilities, type ConditionsOptions } from './network-conditions.js';
export { packagePosition, type PackagePosition } from './package-position.js';
export { inferPath, resolveDestinationFacility, type DestinationRef, type InferredPath } from './path-inference.js';
export { modelLookup, type ModelLookup } from './model-lookup.js';
export { pathComponents, type PathStart } from './remaining-plan.js';
export { sampleRemainingHours, shareAtMost, type TimeComponent } from './remaining-time.js';
export { journeySegments, facilityVisits, type JourneySegments, type FacilityVisit } from './journey-segments.js';
export { QUANTILE_LEVELS, quantile, cdf, expectedRemaining } from './quantile-distribution.js';
export { shortestPath, edgeKey, type WeightedGraph, type PathResult, type PathBans } from './shortest-path.js';
export { scoreCases, type EtaMetrics, type ScoredCase } from './eta.evaluation.js';
export { stageBreakdown, slowestStage, describeSlowStage, isSlowStage, type EtaStage } from './stage-breakdown.js';
