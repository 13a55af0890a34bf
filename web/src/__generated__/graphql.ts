/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnomalyFilter = {
  packageId?: string | number | null | undefined;
  state?: Array<AnomalyState> | null | undefined;
  type?: Array<AnomalyType> | null | undefined;
};

export const AnomalyState = {
  Acknowledged: 'ACKNOWLEDGED',
  Open: 'OPEN',
  Resolved: 'RESOLVED'
} as const;

export type AnomalyState = typeof AnomalyState[keyof typeof AnomalyState];
export const AnomalyType = {
  CarrierException: 'CARRIER_EXCEPTION',
  ExcessiveDwell: 'EXCESSIVE_DWELL',
  /** Systemic: many packages stalled at one facility at once. */
  FacilityCongestion: 'FACILITY_CONGESTION',
  ImpossibleTravel: 'IMPOSSIBLE_TRAVEL',
  LateRisk: 'LATE_RISK',
  Misroute: 'MISROUTE',
  NoScan: 'NO_SCAN',
  RepeatedFailedAttempts: 'REPEATED_FAILED_ATTEMPTS'
} as const;

export type AnomalyType = typeof AnomalyType[keyof typeof AnomalyType];
/** Which packages the at-risk list ranks; every value list is an OR, the fields an AND. */
export type AtRiskFilter = {
  /** Carriers, exactly as on the package. */
  carrier?: Array<string> | null | undefined;
  /** Facility codes where the package is now (its last located scan). */
  facilityCode?: Array<string> | null | undefined;
  /** Also packages whose promise has already passed (risk 1); default false. */
  includeOverdue?: boolean | null | undefined;
  /** Only packages at least this likely to miss their promise, 0–1; default 0.2. */
  minRisk?: number | null | undefined;
  serviceLevel?: Array<ServiceLevel> | null | undefined;
};

/** A rectangle on the map, in degrees. minLon > maxLon crosses the antimeridian. */
export type BoundingBox = {
  maxLat: number;
  maxLon: number;
  minLat: number;
  minLon: number;
};

export type CreatePackageInput = {
  carrier: string;
  destination?: PlaceInput | null | undefined;
  metadata?: unknown;
  origin?: PlaceInput | null | undefined;
  promisedDeliveryAt?: string | null | undefined;
  recipient?: string | null | undefined;
  reference?: string | null | undefined;
  serviceLevel?: ServiceLevel | null | undefined;
  trackingNumber: string;
};

export type DeliveryRoutesInput = {
  depot: DepotInput;
  /** End of the working day (vehicles must be back); defaults to startAt + 10 hours. */
  endAt?: string | null | undefined;
  fleet: FleetInput;
  objective?: RoutingObjective;
  /** Time the vehicles leave the depot. */
  startAt: string;
  stops: Array<DeliveryStopInput>;
  /** Search time budget, 0.1–30 seconds. */
  timeLimitSeconds?: number;
  /** Fixed cost of using a vehicle, in kilometres of driving (>= 0); added to the distance when comparing plans. */
  vehicleCostKm?: number;
};

export type DeliveryStopInput = {
  demand?: number;
  /** The caller's id for the stop (echoed in the routes). */
  id: string | number;
  lat: number;
  lon: number;
  serviceMinutes?: number;
  /** Latest arrival; defaults to the end of the working day. */
  windowEnd?: string | null | undefined;
  /** Earliest arrival; defaults to the plan start. */
  windowStart?: string | null | undefined;
};

export type DepotInput = {
  lat: number;
  lon: number;
};

/** How an ETA was computed. */
export const EtaBasis = {
  /** The package was returned or cancelled; no delivery is expected. */
  Closed: 'CLOSED',
  /** The package was delivered; the time is the delivery scan. */
  Delivered: 'DELIVERED',
  /** No facility path or no history for any stage: from distance still to go and time already spent. */
  Fallback: 'FALLBACK',
  /** Every remaining stage (path, dwell, lanes, last mile) learned from delivered history. */
  LearnedPath: 'LEARNED_PATH',
  /** A facility path, but some stages come from priors (unseen lane or facility, or a path guessed from geography). */
  Partial: 'PARTIAL'
} as const;

export type EtaBasis = typeof EtaBasis[keyof typeof EtaBasis];
/**
 * Why an event happened, beside its status (what happened). OTHER: a normal scan, or nothing said why.
 * CAPACITY: no room on the planned leg or a missed connection.
 */
export const EventReason = {
  Address: 'ADDRESS',
  BusinessClosed: 'BUSINESS_CLOSED',
  Capacity: 'CAPACITY',
  Customs: 'CUSTOMS',
  Damaged: 'DAMAGED',
  HeldForPayment: 'HELD_FOR_PAYMENT',
  Lost: 'LOST',
  NoAccess: 'NO_ACCESS',
  Other: 'OTHER',
  RecipientUnavailable: 'RECIPIENT_UNAVAILABLE',
  Refused: 'REFUSED',
  ReturnToSender: 'RETURN_TO_SENDER',
  Weather: 'WEATHER'
} as const;

export type EventReason = typeof EventReason[keyof typeof EventReason];
export const FacilityType = {
  Customs: 'CUSTOMS',
  Depot: 'DEPOT',
  Hub: 'HUB',
  PickupPoint: 'PICKUP_POINT'
} as const;

export type FacilityType = typeof FacilityType[keyof typeof FacilityType];
export type FleetInput = {
  capacity: number;
  count: number;
  /** Average road speed used for travel times. */
  speedKmh?: number;
};

export const InvestigationKind = {
  Anomaly: 'ANOMALY',
  Delay: 'DELAY',
  Prediction: 'PREDICTION',
  Route: 'ROUTE'
} as const;

export type InvestigationKind = typeof InvestigationKind[keyof typeof InvestigationKind];
export const InvestigationState = {
  Completed: 'COMPLETED',
  Failed: 'FAILED',
  Queued: 'QUEUED',
  Running: 'RUNNING'
} as const;

export type InvestigationState = typeof InvestigationState[keyof typeof InvestigationState];
export type PackageFilter = {
  carrier?: Array<string> | null | undefined;
  createdFrom?: string | null | undefined;
  createdTo?: string | null | undefined;
  /**
   * Packages whose latest located scan was at one of these facilities (currentLocation.facilityCode), e.g. the
   * packages out for delivery from a depot. At most 100 codes.
   */
  facility?: Array<string> | null | undefined;
  /**
   * Free text, case and accents folded. A whole tracking number or reference finds exactly those packages.
   * Otherwise every word must begin a word of the tracking number, reference, recipient, origin or
   * destination (name, address, facility code, facility name): "hamb" and "Hamburg" find packages to or from
   * Hamburg, "de vri" finds "de Vries". A single word with a digit (4+ characters) also matches inside the
   * text, e.g. the last digits of a tracking number. Trimmed; blank means no filter; at most 200 characters.
   */
  q?: string | null | undefined;
  /** Packages with at least one event of one of these reasons. */
  reason?: Array<EventReason> | null | undefined;
  status?: Array<PackageStatus> | null | undefined;
};

export type PackageSort = {
  direction?: SortDirection;
  field?: PackageSortField;
};

/**
 * Orders of the package list. Every order ends in the package id, so equal values still page exactly.
 * DESC reverses the whole order.
 */
export const PackageSortField = {
  /** By carrier, newest first within a carrier (DESC: reverse name order, oldest first within). */
  Carrier: 'CARRIER',
  CreatedAt: 'CREATED_AT',
  /** By the facility code of the latest located scan (currentLocation.facilityCode); packages without one come last. */
  CurrentFacility: 'CURRENT_FACILITY',
  /** By the time of the latest event; packages without events come last in both directions. */
  LastEventAt: 'LAST_EVENT_AT',
  /** By promised delivery time; packages without a promise come last in both directions. */
  PromisedDeliveryAt: 'PROMISED_DELIVERY_AT',
  /** By status name, newest first within a status (DESC: reverse name order, oldest first within). */
  Status: 'STATUS',
  TrackingNumber: 'TRACKING_NUMBER',
  UpdatedAt: 'UPDATED_AT'
} as const;

export type PackageSortField = typeof PackageSortField[keyof typeof PackageSortField];
/** Normalized package status, derived from carrier codes. */
export const PackageStatus = {
  AvailableForPickup: 'AVAILABLE_FOR_PICKUP',
  Cancelled: 'CANCELLED',
  Delivered: 'DELIVERED',
  Exception: 'EXCEPTION',
  FailedAttempt: 'FAILED_ATTEMPT',
  InfoReceived: 'INFO_RECEIVED',
  InTransit: 'IN_TRANSIT',
  OutForDelivery: 'OUT_FOR_DELIVERY',
  Returned: 'RETURNED'
} as const;

export type PackageStatus = typeof PackageStatus[keyof typeof PackageStatus];
export type PlaceInput = {
  address?: string | null | undefined;
  facilityCode?: string | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
  name?: string | null | undefined;
};

/** What a delivery plan minimizes. */
export const RoutingObjective = {
  /** Shortest total distance plus vehicleCostKm per vehicle used; vehicles cost nothing else. */
  Distance: 'DISTANCE',
  /** Fewest vehicles first, then shortest total distance. */
  VehiclesThenDistance: 'VEHICLES_THEN_DISTANCE'
} as const;

export type RoutingObjective = typeof RoutingObjective[keyof typeof RoutingObjective];
export const ServiceLevel = {
  Economy: 'ECONOMY',
  Express: 'EXPRESS',
  Standard: 'STANDARD'
} as const;

export type ServiceLevel = typeof ServiceLevel[keyof typeof ServiceLevel];
export const Severity = {
  Critical: 'CRITICAL',
  High: 'HIGH',
  Low: 'LOW',
  Medium: 'MEDIUM'
} as const;

export type Severity = typeof Severity[keyof typeof Severity];
export const SortDirection = {
  Asc: 'ASC',
  Desc: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
export type UpdatePackageInput = {
  carrier?: string | null | undefined;
  destination?: PlaceInput | null | undefined;
  metadata?: unknown;
  origin?: PlaceInput | null | undefined;
  promisedDeliveryAt?: string | null | undefined;
  recipient?: string | null | undefined;
  reference?: string | null | undefined;
  serviceLevel?: ServiceLevel | null | undefined;
};

export type DashboardPlaceFragment = { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null };

export type DashboardFacilityFragment = { code: string, name: string, type: FacilityType, lat: number, lon: number };

export type DashboardEditablePackageFragment = { id: string, trackingNumber: string, carrier: string, serviceLevel: ServiceLevel, reference: string | null, recipient: string | null, promisedDeliveryAt: string | null, origin: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null, destination: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null };

export type DashboardAgentRunFragment = { id: string, kind: InvestigationKind, state: InvestigationState, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, rootCause: { cause: string, confidence: number } | null, trace: Array<{ at: string, step: string, tool: string | null, summary: string }>, package: { id: string, trackingNumber: string } };

export type DashboardAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAgentsQuery = { active: Array<{ id: string, kind: InvestigationKind, state: InvestigationState, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, rootCause: { cause: string, confidence: number } | null, trace: Array<{ at: string, step: string, tool: string | null, summary: string }>, package: { id: string, trackingNumber: string } }>, history: Array<{ id: string, kind: InvestigationKind, state: InvestigationState, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, rootCause: { cause: string, confidence: number } | null, trace: Array<{ at: string, step: string, tool: string | null, summary: string }>, package: { id: string, trackingNumber: string } }>, failures: Array<{ id: string, kind: InvestigationKind, state: InvestigationState, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, rootCause: { cause: string, confidence: number } | null, trace: Array<{ at: string, step: string, tool: string | null, summary: string }>, package: { id: string, trackingNumber: string } }> };

export type DashboardAgentActivitySubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardAgentActivitySubscription = { investigationProgress: { key: string, investigationId: string, state: string, step: string, at: string, package: { id: string, trackingNumber: string } | null } };

export type DashboardAnomaliesQueryVariables = Exact<{
  filter?: AnomalyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardAnomaliesQuery = { anomalies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: AnomalyType, severity: Severity, confidence: number, summary: string, state: AnomalyState, detectedAt: string, facilityCode: string | null, package: { id: string, trackingNumber: string } | null } }> } };

export type DashboardAcknowledgeAnomalyMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardAcknowledgeAnomalyMutation = { acknowledgeAnomaly: { id: string, state: AnomalyState } };

export type DashboardResolveAnomalyMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardResolveAnomalyMutation = { resolveAnomaly: { id: string, state: AnomalyState } };

export type DashboardInvestigateAnomalyMutationVariables = Exact<{
  packageId: string | number;
}>;


export type DashboardInvestigateAnomalyMutation = { investigateAnomaly: { id: string, kind: InvestigationKind, state: InvestigationState } };

export type DashboardAtRiskQueryVariables = Exact<{
  filter?: AtRiskFilter | null | undefined;
  horizonHours?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardAtRiskQuery = { atRiskPackages: { totalCount: number, partial: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { risk: number, promisedDeliveryAt: string, reason: string, package: { id: string, trackingNumber: string, carrier: string, serviceLevel: ServiceLevel, currentLocation: { facilityCode: string | null } | null }, eta: { p50: string, p90: string, basis: EtaBasis }, slowStage: { label: string, elapsedHours: number, typicalHours: number, excessHours: number, slowdown: number, slow: boolean } | null } }> } };

export type DashboardAtRiskOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAtRiskOptionsQuery = { packageStats: { byCarrier: Array<{ carrier: string }> }, facilities: Array<{ code: string, name: string }> };

export type DashboardInvestigatePredictionMutationVariables = Exact<{
  packageId: string | number;
}>;


export type DashboardInvestigatePredictionMutation = { investigatePrediction: { id: string, kind: InvestigationKind, state: InvestigationState } };

export type DashboardInvestigateAtRiskMutationVariables = Exact<{
  filter?: AtRiskFilter | null | undefined;
  horizonHours?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type DashboardInvestigateAtRiskMutation = { investigateAtRisk: Array<{ id: string, kind: InvestigationKind, state: InvestigationState }> };

export type DashboardImportPackageMutationVariables = Exact<{
  input: CreatePackageInput;
}>;


export type DashboardImportPackageMutation = { createPackage: { id: string } };

export type DashboardMapQueryVariables = Exact<{
  filter?: PackageFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DashboardMapQuery = { packages: { totalCount: number, totalCountEstimated: boolean, edges: Array<{ node: { id: string, trackingNumber: string, carrier: string, status: PackageStatus, currentLocation: { facilityCode: string | null, name: string | null, lat: number | null, lon: number | null } | null } }> }, facilities: Array<{ code: string, name: string, type: FacilityType, lat: number, lon: number }>, packageStats: { byCarrier: Array<{ carrier: string, count: number }> } };

export type DashboardMapRiskQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMapRiskQuery = { anomalies: { edges: Array<{ node: { id: string, type: AnomalyType, severity: Severity, package: { id: string } | null } }> } };

export type DashboardMapUpdatesSubscriptionVariables = Exact<{
  bbox: BoundingBox;
}>;


export type DashboardMapUpdatesSubscription = { mapUpdates: { seq: string, packageId: string, lat: number, lon: number, status: PackageStatus, facilityCode: string | null } };

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { packageStats: { total: number, onTimeRate: number | null, medianTransitHours: number | null, p90TransitHours: number | null, exceptions: number, byStatus: Array<{ status: PackageStatus, count: number }> }, eventHistogram: Array<{ start: string, count: number }>, openAnomalies: { totalCount: number }, anomalyCounts: Array<{ type: AnomalyType, severity: Severity, count: number }>, onTimeByDay: Array<{ day: string, delivered: number, promised: number, onTime: number, onTimeRate: number | null }>, busiestFacilities: Array<{ facilityCode: string, name: string | null, events: number, packages: number }> };

export type DashboardPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardPackageQuery = { package: { id: string, trackingNumber: string, carrier: string, serviceLevel: ServiceLevel, reference: string | null, recipient: string | null, status: PackageStatus, promisedDeliveryAt: string | null, lastEventAt: string | null, deliveredAt: string | null, createdAt: string, origin: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null, destination: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null, currentLocation: { facilityCode: string | null, name: string | null, lat: number | null, lon: number | null } | null, events: Array<{ id: string, status: PackageStatus, carrierCode: string | null, description: string | null, occurredAt: string, location: { facilityCode: string | null, name: string | null, lat: number | null, lon: number | null } | null }>, anomalies: Array<{ id: string, type: AnomalyType, severity: Severity, confidence: number, summary: string, state: AnomalyState, detectedAt: string }>, investigations: Array<{ id: string, kind: InvestigationKind, state: InvestigationState, error: string | null, summary: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, limitations: Array<string>, rootCause: { cause: string, confidence: number, explanation: string } | null, recommendedActions: Array<{ type: string, priority: number, reason: string }>, routes: Array<{ rank: number, path: Array<string>, expectedHours: number, p50: string, onTimeProbability: number | null, reason: string }>, trace: Array<{ at: string, step: string, tool: string | null, summary: string }> }>, eta: { p50: string, p90: string, onTimeProbability: number | null, explanation: string, remainingPath: Array<string> } | null } | null, facilities: Array<{ code: string, name: string, type: FacilityType, lat: number, lon: number }> };

export type DashboardInvestigationProgressSubscriptionVariables = Exact<{
  packageId: string | number;
}>;


export type DashboardInvestigationProgressSubscription = { investigationProgress: { seq: string, investigationId: string, state: string, step: string, at: string } };

export type DashboardInvestigatePackageMutationVariables = Exact<{
  packageId: string | number;
}>;


export type DashboardInvestigatePackageMutation = { investigateAnomaly: { id: string, state: InvestigationState } };

export type DashboardInvestigateDelayMutationVariables = Exact<{
  packageId: string | number;
}>;


export type DashboardInvestigateDelayMutation = { investigateDelay: { id: string, state: InvestigationState } };

export type DashboardOptimizeRouteMutationVariables = Exact<{
  packageId: string | number;
}>;


export type DashboardOptimizeRouteMutation = { optimizeRoute: { id: string, state: InvestigationState } };

export type DashboardCreatePackageMutationVariables = Exact<{
  input: CreatePackageInput;
}>;


export type DashboardCreatePackageMutation = { createPackage: { id: string, trackingNumber: string } };

export type DashboardUpdatePackageMutationVariables = Exact<{
  id: string | number;
  input: UpdatePackageInput;
}>;


export type DashboardUpdatePackageMutation = { updatePackage: { id: string, trackingNumber: string, carrier: string, serviceLevel: ServiceLevel, reference: string | null, recipient: string | null, promisedDeliveryAt: string | null, origin: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null, destination: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null } };

export type DashboardEditablePackageQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardEditablePackageQuery = { package: { id: string, trackingNumber: string, carrier: string, serviceLevel: ServiceLevel, reference: string | null, recipient: string | null, promisedDeliveryAt: string | null, origin: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null, destination: { name: string | null, address: string | null, facilityCode: string | null, lat: number | null, lon: number | null } | null } | null };

export type DashboardPackagesQueryVariables = Exact<{
  filter?: PackageFilter | null | undefined;
  sort?: PackageSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DashboardPackagesQuery = { packages: { totalCount: number, totalCountEstimated: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, trackingNumber: string, carrier: string, status: PackageStatus, lastEventAt: string | null, promisedDeliveryAt: string | null, createdAt: string, currentLocation: { facilityCode: string | null, name: string | null } | null } }> } };

export type DashboardCarriersQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardCarriersQuery = { packageStats: { byCarrier: Array<{ carrier: string, count: number }> } };

export type DashboardRoutePlannerFacilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRoutePlannerFacilitiesQuery = { facilities: Array<{ code: string, name: string, type: FacilityType, lat: number, lon: number }>, packageCountsByFacility: Array<{ facilityCode: string, packages: number }> };

export type DashboardDepotStopsQueryVariables = Exact<{
  filter: PackageFilter;
  first?: number | null | undefined;
}>;


export type DashboardDepotStopsQuery = { packages: { totalCount: number, edges: Array<{ node: { id: string, trackingNumber: string, recipient: string | null, promisedDeliveryAt: string | null, destination: { name: string | null, address: string | null, lat: number | null, lon: number | null } | null } }> } };

export type DashboardPlanRoutesMutationVariables = Exact<{
  input: DeliveryRoutesInput;
}>;


export type DashboardPlanRoutesMutation = { planDeliveryRoutes: { objective: RoutingObjective, vehicles: number, distanceKm: number, costKm: number, routes: Array<{ vehicle: number, distanceKm: number, load: number, returnAt: string, stops: Array<{ id: string, arrivalAt: string, departAt: string }> }> } };

export type DashboardWhatIfQueryVariables = Exact<{
  facilityCode: string;
  until: string;
  slowHours?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type DashboardWhatIfQuery = { whatIf: { facilityCode: string, until: string, slowHours: number | null, assessed: number, partial: boolean, affected: number, newlyLate: number, alreadyLate: number, impacts: Array<{ reachesAt: string, delayHours: number, p50: string, p90: string, newP50: string, newP90: string, promisedDeliveryAt: string | null, newlyLate: boolean, package: { id: string, trackingNumber: string } }>, reroutes: Array<{ path: Array<string>, p50: string, savesHours: number, onTimeProbability: number | null, package: { id: string, trackingNumber: string } }> } };

export type DashboardPackageUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardPackageUpdatesSubscription = { packageUpdated: { seq: string } };

export type DashboardAnomaliesFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardAnomaliesFeedSubscription = { anomalyDetected: { seq: string } };

export type DashboardMetricsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardMetricsFeedSubscription = { dashboardMetrics: { seq: string, at: string, activeTotal: number, openAnomalies: number, eventsPerMinute: number } };

export const DashboardFacilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFacility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]} as unknown as DocumentNode<DashboardFacilityFragment, unknown>;
export const DashboardPlaceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPlace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]} as unknown as DocumentNode<DashboardPlaceFragment, unknown>;
export const DashboardEditablePackageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardEditablePackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPlace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]} as unknown as DocumentNode<DashboardEditablePackageFragment, unknown>;
export const DashboardAgentRunFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardAgentRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<DashboardAgentRunFragment, unknown>;
export const DashboardAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"recentInvestigations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"QUEUED"},{"kind":"EnumValue","value":"RUNNING"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardAgentRun"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"history"},"name":{"kind":"Name","value":"recentInvestigations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardAgentRun"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"failures"},"name":{"kind":"Name","value":"recentInvestigations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"FAILED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardAgentRun"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardAgentRun"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Investigation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<DashboardAgentsQuery, DashboardAgentsQueryVariables>;
export const DashboardAgentActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardAgentActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigationProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"investigationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAgentActivitySubscription, DashboardAgentActivitySubscriptionVariables>;
export const DashboardAnomaliesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAnomalies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnomalyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAnomaliesQuery, DashboardAnomaliesQueryVariables>;
export const DashboardAcknowledgeAnomalyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAcknowledgeAnomaly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAnomaly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardAcknowledgeAnomalyMutation, DashboardAcknowledgeAnomalyMutationVariables>;
export const DashboardResolveAnomalyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardResolveAnomaly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveAnomaly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardResolveAnomalyMutation, DashboardResolveAnomalyMutationVariables>;
export const DashboardInvestigateAnomalyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardInvestigateAnomaly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigateAnomaly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardInvestigateAnomalyMutation, DashboardInvestigateAnomalyMutationVariables>;
export const DashboardAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAtRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AtRiskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizonHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atRiskPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"risk"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slowStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedHours"}},{"kind":"Field","name":{"kind":"Name","value":"typicalHours"}},{"kind":"Field","name":{"kind":"Name","value":"excessHours"}},{"kind":"Field","name":{"kind":"Name","value":"slowdown"}},{"kind":"Field","name":{"kind":"Name","value":"slow"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardAtRiskQuery, DashboardAtRiskQueryVariables>;
export const DashboardAtRiskOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAtRiskOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCarrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardAtRiskOptionsQuery, DashboardAtRiskOptionsQueryVariables>;
export const DashboardInvestigatePredictionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardInvestigatePrediction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigatePrediction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardInvestigatePredictionMutation, DashboardInvestigatePredictionMutationVariables>;
export const DashboardInvestigateAtRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardInvestigateAtRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AtRiskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizonHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigateAtRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"horizonHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardInvestigateAtRiskMutation, DashboardInvestigateAtRiskMutationVariables>;
export const DashboardImportPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardImportPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DashboardImportPackageMutation, DashboardImportPackageMutationVariables>;
export const DashboardMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFacility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCarrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFacility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]} as unknown as DocumentNode<DashboardMapQuery, DashboardMapQueryVariables>;
export const DashboardMapRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMapRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"},{"kind":"EnumValue","value":"ACKNOWLEDGED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardMapRiskQuery, DashboardMapRiskQueryVariables>;
export const DashboardMapUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardMapUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bbox"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoundingBox"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bbox"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bbox"}}},{"kind":"Argument","name":{"kind":"Name","value":"throttleMs"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"packageId"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}}]}}]}}]} as unknown as DocumentNode<DashboardMapUpdatesSubscription, DashboardMapUpdatesSubscriptionVariables>;
export const DashboardOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianTransitHours"}},{"kind":"Field","name":{"kind":"Name","value":"p90TransitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exceptions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eventHistogram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"24"}},{"kind":"Argument","name":{"kind":"Name","value":"bucketMinutes"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openAnomalies"},"name":{"kind":"Name","value":"anomalies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalyCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onTimeByDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"14"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"promised"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"busiestFacilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"24"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"packages"}}]}}]}}]} as unknown as DocumentNode<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"anomalies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"limitations"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendedActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"expectedHours"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeProbability"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"tool"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eta"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeProbability"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"remainingPath"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardFacility"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPlace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardFacility"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Facility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]} as unknown as DocumentNode<DashboardPackageQuery, DashboardPackageQueryVariables>;
export const DashboardInvestigationProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardInvestigationProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigationProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"investigationId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<DashboardInvestigationProgressSubscription, DashboardInvestigationProgressSubscriptionVariables>;
export const DashboardInvestigatePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardInvestigatePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigateAnomaly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardInvestigatePackageMutation, DashboardInvestigatePackageMutationVariables>;
export const DashboardInvestigateDelayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardInvestigateDelay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"investigateDelay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardInvestigateDelayMutation, DashboardInvestigateDelayMutationVariables>;
export const DashboardOptimizeRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardOptimizeRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optimizeRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"packageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"packageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DashboardOptimizeRouteMutation, DashboardOptimizeRouteMutationVariables>;
export const DashboardCreatePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreatePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}}]}}]} as unknown as DocumentNode<DashboardCreatePackageMutation, DashboardCreatePackageMutationVariables>;
export const DashboardUpdatePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardUpdatePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardEditablePackage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPlace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardEditablePackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}}]}}]} as unknown as DocumentNode<DashboardUpdatePackageMutation, DashboardUpdatePackageMutationVariables>;
export const DashboardEditablePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardEditablePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardEditablePackage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPlace"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Place"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardEditablePackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"origin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPlace"}}]}}]}}]} as unknown as DocumentNode<DashboardEditablePackageQuery, DashboardEditablePackageQueryVariables>;
export const DashboardPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountEstimated"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPackagesQuery, DashboardPackagesQueryVariables>;
export const DashboardCarriersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCarriers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byCarrier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardCarriersQuery, DashboardCarriersQueryVariables>;
export const DashboardRoutePlannerFacilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRoutePlannerFacilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packageCountsByFacility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OUT_FOR_DELIVERY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"packages"}}]}}]}}]} as unknown as DocumentNode<DashboardRoutePlannerFacilitiesQuery, DashboardRoutePlannerFacilitiesQueryVariables>;
export const DashboardDepotStopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDepotStops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PackageFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"recipient"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"destination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDepotStopsQuery, DashboardDepotStopsQueryVariables>;
export const DashboardPlanRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardPlanRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryRoutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDeliveryRoutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"costKm"}},{"kind":"Field","name":{"kind":"Name","value":"routes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"returnAt"}},{"kind":"Field","name":{"kind":"Name","value":"stops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrivalAt"}},{"kind":"Field","name":{"kind":"Name","value":"departAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPlanRoutesMutation, DashboardPlanRoutesMutationVariables>;
export const DashboardWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facilityCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slowHours"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"facilityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facilityCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"slowHours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slowHours"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilityCode"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"slowHours"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"newlyLate"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyLate"}},{"kind":"Field","name":{"kind":"Name","value":"impacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reachesAt"}},{"kind":"Field","name":{"kind":"Name","value":"delayHours"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p90"}},{"kind":"Field","name":{"kind":"Name","value":"newP50"}},{"kind":"Field","name":{"kind":"Name","value":"newP90"}},{"kind":"Field","name":{"kind":"Name","value":"promisedDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"newlyLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reroutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"savesHours"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeProbability"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardWhatIfQuery, DashboardWhatIfQueryVariables>;
export const DashboardPackageUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardPackageUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packageUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<DashboardPackageUpdatesSubscription, DashboardPackageUpdatesSubscriptionVariables>;
export const DashboardAnomaliesFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardAnomaliesFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anomalyDetected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]} as unknown as DocumentNode<DashboardAnomaliesFeedSubscription, DashboardAnomaliesFeedSubscriptionVariables>;
export const DashboardMetricsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardMetricsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"intervalSeconds"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"activeTotal"}},{"kind":"Field","name":{"kind":"Name","value":"openAnomalies"}},{"kind":"Field","name":{"kind":"Name","value":"eventsPerMinute"}}]}}]}}]} as unknown as DocumentNode<DashboardMetricsFeedSubscription, DashboardMetricsFeedSubscriptionVariables>;