import type { NetworkStatistics } from '../statistics/index.js';
import type { EtaModel, NetworkConditions } from '../eta/eta.types.js';
import type { FacilityNode } from '../timeline.types.js';

export type PackageAnomalyType =
  | 'NO_SCAN'
  | 'EXCESSIVE_DWELL'
  | 'MISROUTE'
  | 'IMPOSSIBLE_TRAVEL'
  | 'LATE_RISK'
  | 'REPEATED_FAILED_ATTEMPTS'
  | 'CARRIER_EXCEPTION';

export type SystemicAnomalyType = 'FACILITY_CONGESTION';

export type AnomalyType = PackageAnomalyType | SystemicAnomalyType;

export type Severity = 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };

export interface FindingEvidence {
  /** Events the finding rests on, oldest first. */
  eventIds: string[];
  /** Numbers and labels behind the decision (observed values, thresholds, sample sizes, basis). */
  statistics: Record<string, number | string | null>;
  /** Facility the finding is about, when there is one (lets congestion group stalled packages). */
  facilityCode?: string | null;
  /** e.g. CARRIER_EXCEPTION: CUSTOMS | DAMAGED | ADDRESS | ...; LATE_RISK: MODEL | FALLBACK_LANE | ... */
  subtype?: string;
  /** FACILITY_CONGESTION: the packages stalled at the facility. */
  packageIds?: string[];
}

export interface AnomalyFinding {
  type: AnomalyType;
  severity: Severity;
  /** 0..1 */
  confidence: number;
  /** Stable dedup key; see detectAnomalies for the contract. */
  key: string;
  summary: string;
  evidence: FindingEvidence;
}

/** ETA input; the ETA model's estimate is structurally compatible. */
export interface EtaEstimate {
  p50: Date;
  p90: Date;
  onTimeProbability: number | null;
  basis: string;
}

export interface DetectionThresholds {
  /** Below this many samples a lane/facility history is thin and floors apply. */
  minSamples: number;
  /** NO_SCAN: the silence threshold when history is thin is at least this. */
  noScanFloorHours: number;
  /** NO_SCAN: never alarm on less silence than this, however tight the lane. */
  noScanMinimumHours: number;
  /** NO_SCAN: label created but never physically scanned. */
  inductionFloorHours: number;
  /** EXCESSIVE_DWELL: thin-history floor and always-on minimum. */
  dwellFloorHours: number;
  dwellMinimumHours: number;
  /** MISROUTE: distance to destination must grow by more than max(km, ratio × previous distance). */
  misrouteToleranceKm: number;
  misrouteToleranceRatio: number;
  /** MISROUTE: delivered packages to this destination that must have used a lane for it to count as a known path. */
  misrouteKnownLanePackages: number;
  /** IMPOSSIBLE_TRAVEL */
  maxSpeedKmh: number;
  minTravelKm: number;
  /** LATE_RISK: on-time probability below this is a risk. */
  lateRiskProbability: number;
  /** REPEATED_FAILED_ATTEMPTS */
  failedAttemptsMin: number;
}

export const DEFAULT_DETECTION_THRESHOLDS: Readonly<DetectionThresholds> = Object.freeze({
  minSamples: 20,
  noScanFloorHours: 24,
  noScanMinimumHours: 2,
  inductionFloorHours: 48,
  dwellFloorHours: 24,
  dwellMinimumHours: 2,
  misrouteToleranceKm: 50,
  misrouteToleranceRatio: 0.1,
  misrouteKnownLanePackages: 2,
  maxSpeedKmh: 1000,
  minTravelKm: 50,
  lateRiskProbability: 0.5,
  failedAttemptsMin: 2,
});

/**
 * The one learned model of the network (lanes, dwell, stages, observed routing, last mile) that ETA,
 * re-routing and investigations use too, over the organization's facility list, with today's conditions.
 */
export interface NetworkView {
  model: EtaModel;
  facilities: readonly FacilityNode[];
  conditions?: NetworkConditions;
}

export interface DetectionContext {
  network: NetworkView;
  /** What the network holds now and how carriers perform (facility load, held packages, outcomes). */
  stats: NetworkStatistics;
  facilities: ReadonlyMap<string, FacilityNode>;
  /**
   * The package's ETA when the caller has it (the memoized Package.eta); null when the caller has none
   * (e.g. the model failed for this package); absent: detection asks the network model itself.
   */
  eta?: EtaEstimate | null;
  now: Date;
  thresholds?: Partial<DetectionThresholds>;
}
