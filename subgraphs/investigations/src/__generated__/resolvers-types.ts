import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AnomalyRow, InvestigationRow, WebhookEndpointRow, WebhookAttemptRow, NotificationSettingsRow } from '@clearpath/core';
import type { PackageRef, SubgraphContext } from '../context.js';
import type { DeliveryWithEvent } from '../webhooks/webhook.repository.js';
import type { AtRiskEntry } from '../predictive/at-risk.service.js';
import type { WhatIfAnswer, WhatIfImpactModel, WhatIfRerouteModel } from '../whatif/what-if.service.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date | string; output: Date | string; }
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Something wrong with a package (or, for FACILITY_CONGESTION, a facility). */
export type Anomaly = {
  __typename?: 'Anomaly';
  /** 0..1: how sure detection is. */
  confidence: Scalars['Float']['output'];
  detectedAt: Scalars['DateTime']['output'];
  /** The events and statistics that triggered it. */
  evidence: Scalars['JSON']['output'];
  facilityCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  package?: Maybe<Package>;
  /** The systemic finding this anomaly is part of. */
  parent?: Maybe<Anomaly>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  severity: Severity;
  state: AnomalyState;
  summary: Scalars['String']['output'];
  type: AnomalyType;
};

export type AnomalyConnection = {
  __typename?: 'AnomalyConnection';
  edges: Array<AnomalyEdge>;
  pageInfo: AnomalyPageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How many anomalies of one type have one severity. */
export type AnomalyCount = {
  __typename?: 'AnomalyCount';
  count: Scalars['Int']['output'];
  severity: Severity;
  type: AnomalyType;
};

export type AnomalyEdge = {
  __typename?: 'AnomalyEdge';
  cursor: Scalars['String']['output'];
  node: Anomaly;
};

export type AnomalyFilter = {
  packageId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<Array<AnomalyState>>;
  type?: InputMaybe<Array<AnomalyType>>;
};

export type AnomalyPageInfo = {
  __typename?: 'AnomalyPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type AnomalyState =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

export type AnomalyType =
  | 'CARRIER_EXCEPTION'
  | 'EXCESSIVE_DWELL'
  /** Systemic: many packages stalled at one facility at once. */
  | 'FACILITY_CONGESTION'
  | 'IMPOSSIBLE_TRAVEL'
  | 'LATE_RISK'
  | 'MISROUTE'
  | 'NO_SCAN'
  | 'REPEATED_FAILED_ATTEMPTS';

/** The answer to a question asked in plain words, with the query that produced it. */
export type AskAnswer = {
  __typename?: 'AskAnswer';
  /** How many queries the model wrote until one passed the checks (1 to 3). */
  attempts: Scalars['Int']['output'];
  /** The query's result data, exactly as /graphql returned it to the caller. */
  data?: Maybe<Scalars['JSON']['output']>;
  /** Errors the run reported (for example a field the caller's role may not read); empty when none. */
  errors: Array<AskQueryError>;
  /** Path of GraphiQL with the query filled in, relative to the gateway (/graphiql?query=...). */
  graphiqlPath: Scalars['String']['output'];
  /** The query that was run: open it in GraphiQL (graphiqlPath) to check or refine it. */
  query: Scalars['String']['output'];
  question: Scalars['String']['output'];
};

export type AskQueryError = {
  __typename?: 'AskQueryError';
  code?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type AtRiskConnection = {
  __typename?: 'AtRiskConnection';
  edges: Array<AtRiskEdge>;
  pageInfo: AtRiskPageInfo;
  /** More packages matched than one request assesses (5,000, soonest promises first): narrow the filter or the horizon. */
  partial: Scalars['Boolean']['output'];
  /** Packages in the whole ranking (every page). */
  totalCount: Scalars['Int']['output'];
};

export type AtRiskEdge = {
  __typename?: 'AtRiskEdge';
  cursor: Scalars['String']['output'];
  node: AtRiskPackage;
};

/** Which packages the at-risk list ranks; every value list is an OR, the fields an AND. */
export type AtRiskFilter = {
  /** Carriers, exactly as on the package. */
  carrier?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Facility codes where the package is now (its last located scan). */
  facilityCode?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Also packages whose promise has already passed (risk 1); default false. */
  includeOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only packages at least this likely to miss their promise, 0–1; default 0.2. */
  minRisk?: InputMaybe<Scalars['Float']['input']>;
  serviceLevel?: InputMaybe<Array<ServiceLevel>>;
};

/** A package likely to miss its promise, judged by the same ETA distribution as Package.eta. */
export type AtRiskPackage = {
  __typename?: 'AtRiskPackage';
  /** The ETA band (p50–p90), how it was computed and the stages ahead. */
  eta: Eta;
  package: Package;
  promisedDeliveryAt: Scalars['DateTime']['output'];
  /** One sentence naming the slow stage and why it is slow. */
  reason: Scalars['String']['output'];
  /** Probability of missing the promise: 1 − eta.onTimeProbability. */
  risk: Scalars['Float']['output'];
  /** The stage that makes the package late: the one running longest past its usual time, else the longest ahead. */
  slowStage?: Maybe<EtaStage>;
};

export type AtRiskPageInfo = {
  __typename?: 'AtRiskPageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type CreateWebhookEndpointInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events: Array<Scalars['String']['input']>;
  /** Absolute http(s) URL of a public host (or one CLEARPATH_WEBHOOK_ALLOWED_HOSTS permits). */
  url: Scalars['String']['input'];
};

export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  endpoint: WebhookEndpoint;
  /** The signing secret. It is shown only here: store it now. */
  secret: Scalars['String']['output'];
};

/** Feasible routes (capacity and time windows respected), minimizing the requested objective. */
export type DeliveryPlan = {
  __typename?: 'DeliveryPlan';
  /** distanceKm + vehicleCostKm per vehicle. */
  costKm: Scalars['Float']['output'];
  distanceKm: Scalars['Float']['output'];
  objective: RoutingObjective;
  routes: Array<VehicleRoute>;
  vehicles: Scalars['Int']['output'];
};

export type DeliveryRoutesInput = {
  depot: DepotInput;
  /** End of the working day (vehicles must be back); defaults to startAt + 10 hours. */
  endAt?: InputMaybe<Scalars['DateTime']['input']>;
  fleet: FleetInput;
  objective?: RoutingObjective;
  /** Time the vehicles leave the depot. */
  startAt: Scalars['DateTime']['input'];
  stops: Array<DeliveryStopInput>;
  /** Search time budget, 0.1–30 seconds. */
  timeLimitSeconds?: Scalars['Float']['input'];
  /** Fixed cost of using a vehicle, in kilometres of driving (>= 0); added to the distance when comparing plans. */
  vehicleCostKm?: Scalars['Float']['input'];
};

export type DeliveryStopInput = {
  demand?: Scalars['Int']['input'];
  /** The caller's id for the stop (echoed in the routes). */
  id: Scalars['ID']['input'];
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  serviceMinutes?: Scalars['Float']['input'];
  /** Latest arrival; defaults to the end of the working day. */
  windowEnd?: InputMaybe<Scalars['DateTime']['input']>;
  /** Earliest arrival; defaults to the plan start. */
  windowStart?: InputMaybe<Scalars['DateTime']['input']>;
};

export type DepotInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

/** A predicted delivery time distribution. */
export type Eta = {
  __typename?: 'Eta';
  /** How the ETA was computed; an operator can tell a confident ETA from a guess. */
  basis: EtaBasis;
  /** Why this basis: which remaining stages lack history, or why there is no facility path. */
  basisReason: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  /** Probability of delivery by promisedDeliveryAt; null without a promise. */
  onTimeProbability?: Maybe<Scalars['Float']['output']>;
  /** Median predicted delivery time. */
  p50: Scalars['DateTime']['output'];
  /** 90% of deliveries are expected before this time. */
  p90: Scalars['DateTime']['output'];
  /** Facility codes the package is expected to pass, from its current facility. */
  remainingPath: Array<Scalars['String']['output']>;
  /** The stages still ahead (the one under way first) as the prediction charged them; empty once finished. */
  stages: Array<EtaStage>;
};

/** How an ETA was computed. */
export type EtaBasis =
  /** The package was returned or cancelled; no delivery is expected. */
  | 'CLOSED'
  /** The package was delivered; the time is the delivery scan. */
  | 'DELIVERED'
  /** No facility path or no history for any stage: from distance still to go and time already spent. */
  | 'FALLBACK'
  /** Every remaining stage (path, dwell, lanes, last mile) learned from delivered history. */
  | 'LEARNED_PATH'
  /** A facility path, but some stages come from priors (unseen lane or facility, or a path guessed from geography). */
  | 'PARTIAL';

/** One stage of the remaining journey: its usual duration against what the ETA now expects. */
export type EtaStage = {
  __typename?: 'EtaStage';
  /** Hours already spent in it (only the stage under way has any). */
  elapsedHours: Scalars['Float']['output'];
  /** elapsed + remaining − typical: how much longer than usual it is expected to take. */
  excessHours: Scalars['Float']['output'];
  /** What the stage is: "dwell at HUB-FRA", "HUB-FRA → DEP-MUC", "last mile from DEP-MUC (STANDARD)". */
  label: Scalars['String']['output'];
  /** Learned from history (false: from distance and service-level priors). */
  learned: Scalars['Boolean']['output'];
  /** Median hours it still needs, given the time already spent. */
  remainingHours: Scalars['Float']['output'];
  /** Running past its usual time by at least half an hour and a fifth of that time: a reason, not noise. */
  slow: Scalars['Boolean']['output'];
  /** How much slower the facility runs now than normally (congestion); 1 when normal. */
  slowdown: Scalars['Float']['output'];
  /** Median hours it takes normally (learned from delivered packages, or a prior). */
  typicalHours: Scalars['Float']['output'];
};

export type FleetInput = {
  capacity: Scalars['Int']['input'];
  count: Scalars['Int']['input'];
  /** Average road speed used for travel times. */
  speedKmh?: Scalars['Float']['input'];
};

/** An analysis of one package, run in the background. */
export type Investigation = {
  __typename?: 'Investigation';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The full investigation document (evidence, findings, root cause, actions, narrative, trace). */
  document: Scalars['JSON']['output'];
  /** Why it failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  eta?: Maybe<Eta>;
  id: Scalars['ID']['output'];
  kind: InvestigationKind;
  /** What could not be done, and why (e.g. no coordinates for the destination). */
  limitations: Array<Scalars['String']['output']>;
  package: Package;
  recommendedActions: Array<RecommendedAction>;
  rootCause?: Maybe<RootCauseFinding>;
  routes: Array<RouteAlternative>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: InvestigationState;
  /** The narrative, citing the evidence. */
  summary?: Maybe<Scalars['String']['output']>;
  trace: Array<TraceStep>;
};

/** Which investigations to list; all given conditions must hold. */
export type InvestigationFilter = {
  kind?: InputMaybe<Array<InvestigationKind>>;
  state?: InputMaybe<Array<InvestigationState>>;
};

export type InvestigationKind =
  | 'ANOMALY'
  | 'DELAY'
  | 'PREDICTION'
  | 'ROUTE';

export type InvestigationState =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeAnomaly: Anomaly;
  /** Registers a webhook endpoint (admins only); the response is the only place its signing secret appears. */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** Removes an endpoint and its delivery log (admins only). */
  deleteWebhookEndpoint: WebhookEndpoint;
  /** Starts an investigation of the package's anomalies; returns at once with a queued investigation. */
  investigateAnomaly: Investigation;
  /**
   * Starts a PREDICTION investigation for each of the first (1–50) packages of an at-risk cohort (the
   * atRiskPackages filter and horizon), in ranking order. A package with one already queued or running keeps it.
   */
  investigateAtRisk: Array<Investigation>;
  /** Starts an investigation of why the package is (or will be) late. */
  investigateDelay: Investigation;
  /**
   * Starts a PREDICTION investigation of a moving package: how likely it is to miss its promise (the ETA
   * distribution), which stage is slow, and what to do. A delivered, returned or cancelled package is refused (CONFLICT).
   */
  investigatePrediction: Investigation;
  /** Proposes better paths over the facility network for the package. */
  optimizeRoute: Investigation;
  /** Plans delivery routes for many stops (vehicle routing with capacities and time windows). */
  planDeliveryRoutes: DeliveryPlan;
  /** Sends a delivery again, whatever its state, with a fresh retry window (admins only). */
  redeliverWebhook: WebhookDelivery;
  resolveAnomaly: Anomaly;
  /** Replaces the signing secret (admins only); the new one is returned once, the old one stops signing at once. */
  rotateWebhookSecret: CreatedWebhookEndpoint;
  /** Queues a webhook.test event to this endpoint only (admins only). */
  sendTestWebhook: WebhookDelivery;
  /** Who is told about what by e-mail and on the legacy WebSocket channels (admins only). */
  updateNotificationSettings: NotificationSettings;
  /** Changes an endpoint's URL, events or enabled flag (admins only); enabling clears the failure count and reason. */
  updateWebhookEndpoint: WebhookEndpoint;
};


export type MutationAcknowledgeAnomalyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInvestigateAnomalyArgs = {
  packageId: Scalars['ID']['input'];
};


export type MutationInvestigateAtRiskArgs = {
  filter?: InputMaybe<AtRiskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  horizonHours?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationInvestigateDelayArgs = {
  packageId: Scalars['ID']['input'];
};


export type MutationInvestigatePredictionArgs = {
  packageId: Scalars['ID']['input'];
};


export type MutationOptimizeRouteArgs = {
  packageId: Scalars['ID']['input'];
};


export type MutationPlanDeliveryRoutesArgs = {
  input: DeliveryRoutesInput;
};


export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


export type MutationResolveAnomalyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendTestWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateNotificationSettingsArgs = {
  input: NotificationSettingsInput;
};


export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};

/** Notifications for people: anomalies at or above a severity and completed investigations, by e-mail and on /ws/*. */
export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** E-mail at most once per this many minutes, as a digest; null: one message per event. */
  digestMinutes?: Maybe<Scalars['Int']['output']>;
  emailTo: Array<Scalars['String']['output']>;
  investigations: Scalars['Boolean']['output'];
  minSeverity: Severity;
};

export type NotificationSettingsInput = {
  /** 1–1440; null: no digest. */
  digestMinutes?: InputMaybe<Scalars['Int']['input']>;
  emailTo?: InputMaybe<Array<Scalars['String']['input']>>;
  investigations?: InputMaybe<Scalars['Boolean']['input']>;
  minSeverity?: InputMaybe<Severity>;
};

export type Package = {
  __typename?: 'Package';
  /** Anomalies of this package, newest first. */
  anomalies: Array<Anomaly>;
  /**
   * Predicted delivery: learned per-lane transit and per-facility dwell combined over the remaining path
   * (cold start from distance and service level). Null for a package without events or destination.
   */
  eta?: Maybe<Eta>;
  id: Scalars['ID']['output'];
  /** Investigations of this package, newest first. */
  investigations: Array<Investigation>;
};


export type PackageAnomaliesArgs = {
  state?: InputMaybe<AnomalyState>;
};

export type PlannedStop = {
  __typename?: 'PlannedStop';
  arrivalAt: Scalars['DateTime']['output'];
  departAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  anomalies: AnomalyConnection;
  /** Anomalies counted by type and severity (only combinations present), most first; default the open ones. */
  anomalyCounts: Array<AnomalyCount>;
  /**
   * Answers a question in plain words ("which carriers had the most customs holds last week?", "packages stuck at
   * Memphis for more than a day"): the configured LLM writes one GraphQL query on this API, the query is checked
   * against the schema and the operation limits every client has (a rejected one is never run; the model gets the
   * reasons and up to 3 attempts), and the gateway runs it as the caller, so the answer holds only what the caller
   * may read. Errors: LLM_NOT_CONFIGURED when no LLM is set (OPENAI_API_KEY or OLLAMA_BASE_URL), ASK_QUERY_REJECTED
   * when no attempt passed (details.rejected lists each query and why), BAD_USER_INPUT for an empty or over-long
   * (500 characters) question.
   */
  ask: AskAnswer;
  /**
   * Moving packages whose promise falls within the next horizonHours (0–720), most likely to miss it first
   * (then the promise due soonest), with the ETA band and the stage that makes each late. first: 0–200.
   */
  atRiskPackages: AtRiskConnection;
  investigation?: Maybe<Investigation>;
  investigations: Array<Investigation>;
  notificationSettings: NotificationSettings;
  /** The organization's investigations, newest first (1–200): the agents' activity, history and failures. */
  recentInvestigations: Array<Investigation>;
  /** An endpoint's deliveries, newest first, each with its attempts (admins only). */
  webhookDeliveries: Array<WebhookDelivery>;
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** The organization's webhook endpoints, oldest first (admins only). */
  webhookEndpoints: Array<WebhookEndpoint>;
  /**
   * What if the facility closes (slowHours null) or holds every package slowHours longer, from now to the
   * given time (at most 30 days ahead)? Runs the network model's ETAs of the moving packages (up to 20,000, most
   * recently scanned first): who reaches it meanwhile, their new ETA band, who misses the promise, and the
   * re-routes that save the most. slowHours: above 0, at most 336; first: 0–200.
   */
  whatIf: WhatIfResult;
};


export type QueryAnomaliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnomalyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAnomalyCountsArgs = {
  state?: InputMaybe<Array<AnomalyState>>;
};


export type QueryAskArgs = {
  question: Scalars['String']['input'];
};


export type QueryAtRiskPackagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AtRiskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  horizonHours?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryInvestigationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestigationsArgs = {
  packageId: Scalars['ID']['input'];
};


export type QueryRecentInvestigationsArgs = {
  filter?: InputMaybe<InvestigationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  endpointId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWhatIfArgs = {
  facilityCode: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  slowHours?: InputMaybe<Scalars['Float']['input']>;
  until: Scalars['DateTime']['input'];
};

/** A recommended next step, most important first. */
export type RecommendedAction = {
  __typename?: 'RecommendedAction';
  details: Scalars['JSON']['output'];
  priority: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** REROUTE, CONTACT_CARRIER, NOTIFY_RECIPIENT, FILE_CLAIM, VERIFY_ADDRESS, OFFER_PICKUP_POINT or WAIT. */
  type: Scalars['String']['output'];
};

/** The classified cause of a problem, with the rule that decided it. */
export type RootCauseFinding = {
  __typename?: 'RootCauseFinding';
  /** FACILITY_CONGESTION, MISSORT_MISROUTE, CARRIER_EXCEPTION, CUSTOMS, ADDRESS_PROBLEM, RECIPIENT_UNAVAILABLE, WEATHER, PROBABLE_LOSS, DATA_QUALITY or NONE_FOUND. */
  cause: Scalars['String']['output'];
  confidence: Scalars['Float']['output'];
  explanation: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

/** An alternative path over the facility network, ranked by expected arrival. */
export type RouteAlternative = {
  __typename?: 'RouteAlternative';
  /** Congested facilities this route avoids. */
  avoids: Array<Scalars['String']['output']>;
  /** The route the package is on now; its p50, p90 and on-time probability are the package's own ETA. */
  current: Scalars['Boolean']['output'];
  expectedHours: Scalars['Float']['output'];
  onTimeProbability?: Maybe<Scalars['Float']['output']>;
  p50: Scalars['DateTime']['output'];
  p90: Scalars['DateTime']['output'];
  /** Facility codes from the current facility to the delivering one. */
  path: Array<Scalars['String']['output']>;
  rank: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

/** What a delivery plan minimizes. */
export type RoutingObjective =
  /** Shortest total distance plus vehicleCostKm per vehicle used; vehicles cost nothing else. */
  | 'DISTANCE'
  /** Fewest vehicles first, then shortest total distance. */
  | 'VEHICLES_THEN_DISTANCE';

export type ServiceLevel =
  | 'ECONOMY'
  | 'EXPRESS'
  | 'STANDARD';

export type Severity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** One step of the investigation agent: a tool call and what it returned. */
export type TraceStep = {
  __typename?: 'TraceStep';
  at: Scalars['DateTime']['output'];
  step: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  tool?: Maybe<Scalars['String']['output']>;
};

export type UpdateWebhookEndpointInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  events?: InputMaybe<Array<Scalars['String']['input']>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type VehicleRoute = {
  __typename?: 'VehicleRoute';
  distanceKm: Scalars['Float']['output'];
  load: Scalars['Int']['output'];
  returnAt: Scalars['DateTime']['output'];
  stops: Array<PlannedStop>;
  vehicle: Scalars['Int']['output'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  latencyMs: Scalars['Int']['output'];
  /** The first characters of the receiver's answer. */
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when it did not answer. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** One event for one endpoint; retried with exponential backoff until delivered or its retry window ends. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attemptCount: Scalars['Int']['output'];
  /** Every attempt, oldest first. */
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  endpointId: Scalars['ID']['output'];
  /** The event's id (the payload's id, ClearPath-Event-Id): the receiver's idempotency key. */
  eventId: Scalars['ID']['output'];
  eventType: Scalars['String']['output'];
  /** Sent as ClearPath-Delivery-Id; the same on every attempt. */
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the next attempt is due (PENDING). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  payload: Scalars['JSON']['output'];
  state: WebhookDeliveryState;
};

export type WebhookDeliveryState =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

/** A receiver of signed JSON POSTs (ClearPath-Signature: t=<unix>,v1=<hex HMAC-SHA256 of t.body>). */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** Failed attempts since the last success. */
  consecutiveFailures: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why ClearPath disabled it (repeated failures); null while enabled or disabled by hand. */
  disabledReason?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  /** Subscribed types: package.created, package.status_changed, package.delivered, anomaly.opened, anomaly.resolved, investigation.completed, eta.changed. */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

/** One moving package a facility disruption would hold up. */
export type WhatIfImpact = {
  __typename?: 'WhatIfImpact';
  delayHours: Scalars['Float']['output'];
  /** Its ETA under the disruption. */
  newP50: Scalars['DateTime']['output'];
  newP90: Scalars['DateTime']['output'];
  /** On time by its p50 now, late under the disruption. */
  newlyLate: Scalars['Boolean']['output'];
  /** Its ETA now. */
  p50: Scalars['DateTime']['output'];
  p90: Scalars['DateTime']['output'];
  package: Package;
  promisedDeliveryAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it reaches the facility by its ETA's stages (now when it is there). */
  reachesAt: Scalars['DateTime']['output'];
};

/** The best route around the disrupted facility for one of the most delayed packages. */
export type WhatIfReroute = {
  __typename?: 'WhatIfReroute';
  onTimeProbability?: Maybe<Scalars['Float']['output']>;
  p50: Scalars['DateTime']['output'];
  package: Package;
  /** Facility codes from where the package is to its delivering facility. */
  path: Array<Scalars['String']['output']>;
  /** Hours earlier than its delayed p50. */
  savesHours: Scalars['Float']['output'];
};

/** What closing (or slowing) a facility until a time would do to the moving packages. */
export type WhatIfResult = {
  __typename?: 'WhatIfResult';
  affected: Scalars['Int']['output'];
  /** Affected packages already late by their ETA before the disruption. */
  alreadyLate: Scalars['Int']['output'];
  /** Moving packages with an ETA that were assessed. */
  assessed: Scalars['Int']['output'];
  facilityCode: Scalars['String']['output'];
  /** The first affected packages, most delayed first. */
  impacts: Array<WhatIfImpact>;
  newlyLate: Scalars['Int']['output'];
  /** More moving packages than one request assesses (the most recently scanned were taken). */
  partial: Scalars['Boolean']['output'];
  /** Re-routes that save the most, for the most delayed packages that can leave another way. */
  reroutes: Array<WhatIfReroute>;
  /** Null: closed (nothing leaves before until). */
  slowHours?: Maybe<Scalars['Float']['output']>;
  until: Scalars['DateTime']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Anomaly: Anomaly;
  Investigation: Investigation;
  Package: Package;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Anomaly:
    ( { __typename: 'Anomaly' }
    & GraphQLRecursivePick<FederationTypes['Anomaly'], {"id":true}> );
  Investigation:
    ( { __typename: 'Investigation' }
    & GraphQLRecursivePick<FederationTypes['Investigation'], {"id":true}> );
  Package:
    ( { __typename: 'Package' }
    & GraphQLRecursivePick<FederationTypes['Package'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Anomaly: ResolverTypeWrapper<AnomalyRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnomalyConnection: ResolverTypeWrapper<Omit<AnomalyConnection, 'edges'> & { edges: Array<ResolversTypes['AnomalyEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnomalyCount: ResolverTypeWrapper<AnomalyCount>;
  AnomalyEdge: ResolverTypeWrapper<Omit<AnomalyEdge, 'node'> & { node: ResolversTypes['Anomaly'] }>;
  AnomalyFilter: AnomalyFilter;
  AnomalyPageInfo: ResolverTypeWrapper<AnomalyPageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AnomalyState: AnomalyState;
  AnomalyType: AnomalyType;
  AskAnswer: ResolverTypeWrapper<AskAnswer>;
  AskQueryError: ResolverTypeWrapper<AskQueryError>;
  AtRiskConnection: ResolverTypeWrapper<Omit<AtRiskConnection, 'edges'> & { edges: Array<ResolversTypes['AtRiskEdge']> }>;
  AtRiskEdge: ResolverTypeWrapper<Omit<AtRiskEdge, 'node'> & { node: ResolversTypes['AtRiskPackage'] }>;
  AtRiskFilter: AtRiskFilter;
  AtRiskPackage: ResolverTypeWrapper<AtRiskEntry>;
  AtRiskPageInfo: ResolverTypeWrapper<AtRiskPageInfo>;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreatedWebhookEndpoint: ResolverTypeWrapper<Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversTypes['WebhookEndpoint'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryPlan: ResolverTypeWrapper<DeliveryPlan>;
  DeliveryRoutesInput: DeliveryRoutesInput;
  DeliveryStopInput: DeliveryStopInput;
  DepotInput: DepotInput;
  Eta: ResolverTypeWrapper<Eta>;
  EtaBasis: EtaBasis;
  EtaStage: ResolverTypeWrapper<EtaStage>;
  FleetInput: FleetInput;
  Investigation: ResolverTypeWrapper<InvestigationRow>;
  InvestigationFilter: InvestigationFilter;
  InvestigationKind: InvestigationKind;
  InvestigationState: InvestigationState;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NotificationSettings: ResolverTypeWrapper<NotificationSettingsRow>;
  NotificationSettingsInput: NotificationSettingsInput;
  Package: ResolverTypeWrapper<PackageRef>;
  PlannedStop: ResolverTypeWrapper<PlannedStop>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendedAction: ResolverTypeWrapper<RecommendedAction>;
  RootCauseFinding: ResolverTypeWrapper<RootCauseFinding>;
  RouteAlternative: ResolverTypeWrapper<RouteAlternative>;
  RoutingObjective: RoutingObjective;
  ServiceLevel: ServiceLevel;
  Severity: Severity;
  TraceStep: ResolverTypeWrapper<TraceStep>;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  VehicleRoute: ResolverTypeWrapper<VehicleRoute>;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<DeliveryWithEvent>;
  WebhookDeliveryState: WebhookDeliveryState;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  WhatIfImpact: ResolverTypeWrapper<WhatIfImpactModel>;
  WhatIfReroute: ResolverTypeWrapper<WhatIfRerouteModel>;
  WhatIfResult: ResolverTypeWrapper<WhatIfAnswer>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Anomaly: AnomalyRow;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AnomalyConnection: Omit<AnomalyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnomalyEdge']> };
  Int: Scalars['Int']['output'];
  AnomalyCount: AnomalyCount;
  AnomalyEdge: Omit<AnomalyEdge, 'node'> & { node: ResolversParentTypes['Anomaly'] };
  AnomalyFilter: AnomalyFilter;
  AnomalyPageInfo: AnomalyPageInfo;
  Boolean: Scalars['Boolean']['output'];
  AskAnswer: AskAnswer;
  AskQueryError: AskQueryError;
  AtRiskConnection: Omit<AtRiskConnection, 'edges'> & { edges: Array<ResolversParentTypes['AtRiskEdge']> };
  AtRiskEdge: Omit<AtRiskEdge, 'node'> & { node: ResolversParentTypes['AtRiskPackage'] };
  AtRiskFilter: AtRiskFilter;
  AtRiskPackage: AtRiskEntry;
  AtRiskPageInfo: AtRiskPageInfo;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  CreatedWebhookEndpoint: Omit<CreatedWebhookEndpoint, 'endpoint'> & { endpoint: ResolversParentTypes['WebhookEndpoint'] };
  DateTime: Scalars['DateTime']['output'];
  DeliveryPlan: DeliveryPlan;
  DeliveryRoutesInput: DeliveryRoutesInput;
  DeliveryStopInput: DeliveryStopInput;
  DepotInput: DepotInput;
  Eta: Eta;
  EtaStage: EtaStage;
  FleetInput: FleetInput;
  Investigation: InvestigationRow;
  InvestigationFilter: InvestigationFilter;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  NotificationSettings: NotificationSettingsRow;
  NotificationSettingsInput: NotificationSettingsInput;
  Package: PackageRef;
  PlannedStop: PlannedStop;
  Query: Record<PropertyKey, never>;
  RecommendedAction: RecommendedAction;
  RootCauseFinding: RootCauseFinding;
  RouteAlternative: RouteAlternative;
  TraceStep: TraceStep;
  UpdateWebhookEndpointInput: UpdateWebhookEndpointInput;
  VehicleRoute: VehicleRoute;
  WebhookAttempt: WebhookAttemptRow;
  WebhookDelivery: DeliveryWithEvent;
  WebhookEndpoint: WebhookEndpointRow;
  WhatIfImpact: WhatIfImpactModel;
  WhatIfReroute: WhatIfRerouteModel;
  WhatIfResult: WhatIfAnswer;
}>;

export type AnomalyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Anomaly'] = ResolversParentTypes['Anomaly'], FederationReferenceType extends FederationReferenceTypes['Anomaly'] = FederationReferenceTypes['Anomaly']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Anomaly']> | FederationReferenceType, FederationReferenceType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  facilityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Anomaly']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['AnomalyState'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AnomalyType'], ParentType, ContextType>;
}>;

export type AnomalyConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyConnection'] = ResolversParentTypes['AnomalyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnomalyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['AnomalyPageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnomalyCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyCount'] = ResolversParentTypes['AnomalyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AnomalyType'], ParentType, ContextType>;
}>;

export type AnomalyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyEdge'] = ResolversParentTypes['AnomalyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Anomaly'], ParentType, ContextType>;
}>;

export type AnomalyPageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyPageInfo'] = ResolversParentTypes['AnomalyPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AskAnswerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AskAnswer'] = ResolversParentTypes['AskAnswer']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['AskQueryError']>, ParentType, ContextType>;
  graphiqlPath?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AskQueryErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AskQueryError'] = ResolversParentTypes['AskQueryError']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AtRiskConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AtRiskConnection'] = ResolversParentTypes['AtRiskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AtRiskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['AtRiskPageInfo'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AtRiskEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AtRiskEdge'] = ResolversParentTypes['AtRiskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AtRiskPackage'], ParentType, ContextType>;
}>;

export type AtRiskPackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AtRiskPackage'] = ResolversParentTypes['AtRiskPackage']> = ResolversObject<{
  eta?: Resolver<ResolversTypes['Eta'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  promisedDeliveryAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  risk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  slowStage?: Resolver<Maybe<ResolversTypes['EtaStage']>, ParentType, ContextType>;
}>;

export type AtRiskPageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AtRiskPageInfo'] = ResolversParentTypes['AtRiskPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CreatedWebhookEndpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreatedWebhookEndpoint'] = ResolversParentTypes['CreatedWebhookEndpoint']> = ResolversObject<{
  endpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryPlanResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeliveryPlan'] = ResolversParentTypes['DeliveryPlan']> = ResolversObject<{
  costKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['RoutingObjective'], ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['VehicleRoute']>, ParentType, ContextType>;
  vehicles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EtaResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Eta'] = ResolversParentTypes['Eta']> = ResolversObject<{
  basis?: Resolver<ResolversTypes['EtaBasis'], ParentType, ContextType>;
  basisReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTimeProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remainingPath?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['EtaStage']>, ParentType, ContextType>;
}>;

export type EtaStageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EtaStage'] = ResolversParentTypes['EtaStage']> = ResolversObject<{
  elapsedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  excessHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  learned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  slow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  slowdown?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  typicalHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InvestigationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation'], FederationReferenceType extends FederationReferenceTypes['Investigation'] = FederationReferenceTypes['Investigation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Investigation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['Eta']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvestigationKind'], ParentType, ContextType>;
  limitations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  recommendedActions?: Resolver<Array<ResolversTypes['RecommendedAction']>, ParentType, ContextType>;
  rootCause?: Resolver<Maybe<ResolversTypes['RootCauseFinding']>, ParentType, ContextType>;
  routes?: Resolver<Array<ResolversTypes['RouteAlternative']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvestigationState'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trace?: Resolver<Array<ResolversTypes['TraceStep']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAnomaly?: Resolver<ResolversTypes['Anomaly'], ParentType, ContextType, RequireFields<MutationAcknowledgeAnomalyArgs, 'id'>>;
  createWebhookEndpoint?: Resolver<ResolversTypes['CreatedWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>>;
  investigateAnomaly?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<MutationInvestigateAnomalyArgs, 'packageId'>>;
  investigateAtRisk?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<MutationInvestigateAtRiskArgs, 'first' | 'horizonHours'>>;
  investigateDelay?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<MutationInvestigateDelayArgs, 'packageId'>>;
  investigatePrediction?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<MutationInvestigatePredictionArgs, 'packageId'>>;
  optimizeRoute?: Resolver<ResolversTypes['Investigation'], ParentType, ContextType, RequireFields<MutationOptimizeRouteArgs, 'packageId'>>;
  planDeliveryRoutes?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType, RequireFields<MutationPlanDeliveryRoutesArgs, 'input'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId'>>;
  resolveAnomaly?: Resolver<ResolversTypes['Anomaly'], ParentType, ContextType, RequireFields<MutationResolveAnomalyArgs, 'id'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['CreatedWebhookEndpoint'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  sendTestWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationSendTestWebhookArgs, 'id'>>;
  updateNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType, RequireFields<MutationUpdateNotificationSettingsArgs, 'input'>>;
  updateWebhookEndpoint?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType, RequireFields<MutationUpdateWebhookEndpointArgs, 'id' | 'input'>>;
}>;

export type NotificationSettingsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = ResolversObject<{
  digestMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  emailTo?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  investigations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minSeverity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
}>;

export type PackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package'], FederationReferenceType extends FederationReferenceTypes['Package'] = FederationReferenceTypes['Package']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Package']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anomalies?: Resolver<Array<ResolversTypes['Anomaly']>, ParentType, ContextType, Partial<PackageAnomaliesArgs>>;
  eta?: Resolver<Maybe<ResolversTypes['Eta']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigations?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType>;
}>;

export type PlannedStopResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PlannedStop'] = ResolversParentTypes['PlannedStop']> = ResolversObject<{
  arrivalAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  anomalies?: Resolver<ResolversTypes['AnomalyConnection'], ParentType, ContextType, RequireFields<QueryAnomaliesArgs, 'first'>>;
  anomalyCounts?: Resolver<Array<ResolversTypes['AnomalyCount']>, ParentType, ContextType, RequireFields<QueryAnomalyCountsArgs, 'state'>>;
  ask?: Resolver<ResolversTypes['AskAnswer'], ParentType, ContextType, RequireFields<QueryAskArgs, 'question'>>;
  atRiskPackages?: Resolver<ResolversTypes['AtRiskConnection'], ParentType, ContextType, RequireFields<QueryAtRiskPackagesArgs, 'first' | 'horizonHours'>>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<QueryInvestigationArgs, 'id'>>;
  investigations?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<QueryInvestigationsArgs, 'packageId'>>;
  notificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  recentInvestigations?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<QueryRecentInvestigationsArgs, 'first'>>;
  webhookDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'endpointId' | 'first'>>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<Array<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIfResult'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'facilityCode' | 'first' | 'until'>>;
}>;

export type RecommendedActionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecommendedAction'] = ResolversParentTypes['RecommendedAction']> = ResolversObject<{
  details?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RootCauseFindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RootCauseFinding'] = ResolversParentTypes['RootCauseFinding']> = ResolversObject<{
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RouteAlternativeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RouteAlternative'] = ResolversParentTypes['RouteAlternative']> = ResolversObject<{
  avoids?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expectedHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  onTimeProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TraceStepResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TraceStep'] = ResolversParentTypes['TraceStep']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tool?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VehicleRouteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VehicleRoute'] = ResolversParentTypes['VehicleRoute']> = ResolversObject<{
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  load?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  returnAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stops?: Resolver<Array<ResolversTypes['PlannedStop']>, ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookAttemptResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latencyMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  responseExcerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attemptCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endpointId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['WebhookDeliveryState'], ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint']> = ResolversObject<{
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WhatIfImpactResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WhatIfImpact'] = ResolversParentTypes['WhatIfImpact']> = ResolversObject<{
  delayHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  newP50?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newP90?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  newlyLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  promisedDeliveryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reachesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type WhatIfRerouteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WhatIfReroute'] = ResolversParentTypes['WhatIfReroute']> = ResolversObject<{
  onTimeProbability?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  savesHours?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type WhatIfResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WhatIfResult'] = ResolversParentTypes['WhatIfResult']> = ResolversObject<{
  affected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assessed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  impacts?: Resolver<Array<ResolversTypes['WhatIfImpact']>, ParentType, ContextType>;
  newlyLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partial?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reroutes?: Resolver<Array<ResolversTypes['WhatIfReroute']>, ParentType, ContextType>;
  slowHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  until?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Anomaly?: AnomalyResolvers<ContextType>;
  AnomalyConnection?: AnomalyConnectionResolvers<ContextType>;
  AnomalyCount?: AnomalyCountResolvers<ContextType>;
  AnomalyEdge?: AnomalyEdgeResolvers<ContextType>;
  AnomalyPageInfo?: AnomalyPageInfoResolvers<ContextType>;
  AskAnswer?: AskAnswerResolvers<ContextType>;
  AskQueryError?: AskQueryErrorResolvers<ContextType>;
  AtRiskConnection?: AtRiskConnectionResolvers<ContextType>;
  AtRiskEdge?: AtRiskEdgeResolvers<ContextType>;
  AtRiskPackage?: AtRiskPackageResolvers<ContextType>;
  AtRiskPageInfo?: AtRiskPageInfoResolvers<ContextType>;
  CreatedWebhookEndpoint?: CreatedWebhookEndpointResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryPlan?: DeliveryPlanResolvers<ContextType>;
  Eta?: EtaResolvers<ContextType>;
  EtaStage?: EtaStageResolvers<ContextType>;
  Investigation?: InvestigationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  PlannedStop?: PlannedStopResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecommendedAction?: RecommendedActionResolvers<ContextType>;
  RootCauseFinding?: RootCauseFindingResolvers<ContextType>;
  RouteAlternative?: RouteAlternativeResolvers<ContextType>;
  TraceStep?: TraceStepResolvers<ContextType>;
  VehicleRoute?: VehicleRouteResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WhatIfImpact?: WhatIfImpactResolvers<ContextType>;
  WhatIfReroute?: WhatIfRerouteResolvers<ContextType>;
  WhatIfResult?: WhatIfResultResolvers<ContextType>;
}>;

