import type { EventReason } from '@clearpath/core';
import type { AnomalyFinding } from '../detection/index.js';
import type { ExceptionSubtype } from '../statistics/index.js';
import type { FacilityType, PackageStatus, ServiceLevel } from '../timeline.types.js';

/** One event of the timeline, with the durations an investigator reads off it. */
export interface TimelineStep {
  index: number;
  eventId: string;
  occurredAt: string;
  status: PackageStatus;
  facilityCode: string | null;
  carrierCode: string | null;
  description: string | null;
  /** Why (stored at ingest, else read from the code and description as ingest does): ADDRESS, CUSTOMS, ... or OTHER. */
  reason: EventReason;
  /** Since the previous event; null for the first. */
  gapHours: number | null;
  sinceStartHours: number;
  /** On the first scan of a facility stay: first scan → next scan elsewhere (→ now when still there). */
  stayHours: number | null;
  label: string;
}

export interface TimelineGap {
  hours: number;
  fromEventId: string;
  toEventId: string | null;
  /** Facility of the event the gap starts at. */
  facilityCode: string | null;
  /** True for the silence since the last event (toEventId null). */
  ongoing: boolean;
}

export interface Timeline {
  packageId: string;
  steps: TimelineStep[];
  /** First to last event (or to now). */
  spanHours: number;
  longestGap: TimelineGap | null;
}

export interface CurrentFacilityEvidence {
  code: string;
  name: string | null;
  type: FacilityType | null;
  stayHours: number;
  heldNow: number;
  typicalHeld: number | null;
  turnaroundP95Hours: number | null;
  turnaroundSamples: number;
}

export interface CarrierPerformanceEvidence {
  carrier: string;
  packages: number;
  onTimeRate: number | null;
  exceptionRate: number | null;
  medianTransitHours: number | null;
  networkOnTimeRate: number | null;
  networkExceptionRate: number | null;
}

export interface ExceptionEvidence {
  eventId: string;
  subtype: ExceptionSubtype;
  carrierCode: string | null;
  occurredAt: string;
  facilityCode: string | null;
}

/** Everything an investigation reasons over; plain JSON so an agent tool can return it as is. */
export interface InvestigationEvidence {
  packageId: string;
  trackingNumber: string;
  carrier: string;
  serviceLevel: ServiceLevel;
  status: PackageStatus;
  promisedDeliveryAt: string | null;
  generatedAt: string;
  timeline: Timeline;
  /** Package anomalies that hold now. */
  findings: AnomalyFinding[];
  /** Systemic findings that involve this package or the facility it is at. */
  congestion: AnomalyFinding[];
  currentFacility: CurrentFacilityEvidence | null;
  carrierPerformance: CarrierPerformanceEvidence | null;
  exceptions: ExceptionEvidence[];
  /** Since the last event; null for terminal packages. */
  silenceHours: number | null;
  /** Types of the facilities on the timeline. */
  facilityTypes: Record<string, FacilityType>;
  dataQuality: { futureEventIds: string[] };
  eta: { p50: string; p90: string; onTimeProbability: number | null; basis: string } | null;
}

export type RootCause =
  | 'FACILITY_CONGESTION'
  | 'MISSORT_MISROUTE'
  | 'CARRIER_EXCEPTION'
  | 'CUSTOMS'
  | 'ADDRESS_PROBLEM'
  | 'RECIPIENT_UNAVAILABLE'
  | 'WEATHER'
  | 'PROBABLE_LOSS'
  | 'DATA_QUALITY'
  | 'NONE_FOUND';

export interface FiredRule {
  rule: string;
  rootCause: Exclude<RootCause, 'NONE_FOUND'>;
  weight: number;
  detail: string;
  eventIds: string[];
}

export interface RootCauseResult {
  rootCause: RootCause;
  /** Calibrated: about this share of verdicts like this one is right (bench/rootcause.bench.ts). */
  confidence: number;
  /** Before calibration: top score minus half the runner-up's (0.9 minus the top score for NONE_FOUND). */
  margin: number;
  /** Strongest rule behind the verdict ("none.no-signal" for NONE_FOUND). */
  rule: string;
  explanation: string;
  firedRules: FiredRule[];
  /** Combined score per cause (noisy-OR of its fired rules' weights). */
  scores: Record<Exclude<RootCause, 'NONE_FOUND'>, number>;
}

export type ActionType =
  | 'REROUTE'
  | 'CONTACT_CARRIER'
  | 'NOTIFY_RECIPIENT'
  | 'FILE_CLAIM'
  | 'VERIFY_ADDRESS'
  /** Offer delivery to a pickup point (or a chosen redelivery slot) when attempts keep finding nobody in. */
  | 'OFFER_PICKUP_POINT'
  | 'WAIT';

export interface RecommendedAction {
  type: ActionType;
  /** 1 = do first. */
  priority: number;
  score: number;
  reason: string;
  details: Record<string, string | number | null>;
}

/** A re-routing option (the re-routing analysis produces these; the caller adapts them). */
export interface RerouteAlternative {
  /** Facility the new route goes through. */
  via: string;
  path?: string[];
  etaP50?: Date | null;
  etaP90?: Date | null;
  onTimeProbability?: number | null;
}
