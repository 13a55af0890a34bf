import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SubgraphContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time with offset, e.g. 2026-11-25T17:00:00Z. */
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An anomaly, referenced by key (owned by the investigations subgraph). */
export type Anomaly = {
  __typename?: 'Anomaly';
  id: Scalars['ID']['output'];
};

/** An anomaly that was opened or changed state. */
export type AnomalyDetected = {
  __typename?: 'AnomalyDetected';
  anomaly: Anomaly;
  anomalyId: Scalars['ID']['output'];
  /** Identity of this notification: anomaly id and state. */
  key: Scalars['String']['output'];
  /** The affected package; null for systemic findings. */
  package?: Maybe<Package>;
  packageId?: Maybe<Scalars['ID']['output']>;
  /** The log head when the anomaly was announced (anomalies are not in the event log). */
  seq: Scalars['String']['output'];
  /** OPEN, ACKNOWLEDGED or RESOLVED. */
  state: Scalars['String']['output'];
  /** Anomaly type name (NO_SCAN, MISROUTE, …). */
  type: Scalars['String']['output'];
};

/** Filters on anomaly notifications. */
export type AnomalyEventFilter = {
  packageId?: InputMaybe<Scalars['ID']['input']>;
  /** OPEN, ACKNOWLEDGED, RESOLVED. */
  states?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Anomaly type names (NO_SCAN, MISROUTE, …). */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A rectangle on the map, in degrees. minLon > maxLon crosses the antimeridian. */
export type BoundingBox = {
  maxLat: Scalars['Float']['input'];
  maxLon: Scalars['Float']['input'];
  minLat: Scalars['Float']['input'];
  minLon: Scalars['Float']['input'];
};

/** A periodic snapshot for operations dashboards. */
export type DashboardMetrics = {
  __typename?: 'DashboardMetrics';
  /** Packages not yet in a terminal status, by status. */
  activeByStatus: Array<StatusTotal>;
  activeTotal: Scalars['Int']['output'];
  at: Scalars['DateTime']['output'];
  /** Tracking events per minute by occurredAt, averaged over the last 5 minutes (late-arriving backfills of older events do not count). */
  eventsPerMinute: Scalars['Float']['output'];
  /** Identity of this snapshot (its time). */
  key: Scalars['String']['output'];
  /** Share of packages delivered in the last 7 days (with a promise) that arrived by it; null when none. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  openAnomalies: Scalars['Int']['output'];
  /** The log head the snapshot was taken at. */
  seq: Scalars['String']['output'];
};

/** An investigation, referenced by key (owned by the investigations subgraph). */
export type Investigation = {
  __typename?: 'Investigation';
  id: Scalars['ID']['output'];
};

/** One step of an investigation's progress (the agent channel). */
export type InvestigationProgress = {
  __typename?: 'InvestigationProgress';
  at: Scalars['DateTime']['output'];
  investigation?: Maybe<Investigation>;
  investigationId: Scalars['ID']['output'];
  /** Identity of this notification: investigation, state and step. */
  key: Scalars['String']['output'];
  package?: Maybe<Package>;
  packageId: Scalars['ID']['output'];
  /** The log head when the step was announced. */
  seq: Scalars['String']['output'];
  /** QUEUED, RUNNING, COMPLETED or FAILED. */
  state: Scalars['String']['output'];
  /** What the investigation is doing now, e.g. gathering evidence. */
  step: Scalars['String']['output'];
};

/** An investigation step as announced on the agent channel (subscription engine only). */
export type InvestigationProgressInput = {
  at: Scalars['DateTime']['input'];
  investigationId: Scalars['ID']['input'];
  packageId: Scalars['ID']['input'];
  state: Scalars['String']['input'];
  step: Scalars['String']['input'];
};

/** A position change of a package on the map. */
export type MapUpdate = {
  __typename?: 'MapUpdate';
  facilityCode?: Maybe<Scalars['String']['output']>;
  /** Identity of this notification (the scan's seq). */
  key: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  occurredAt: Scalars['DateTime']['output'];
  package: Package;
  packageId: Scalars['ID']['output'];
  /** Log position of the located scan. */
  seq: Scalars['String']['output'];
  status: PackageStatus;
};

/** A package, referenced by key: subscribers select any of its fields, from whichever subgraph owns them. */
export type Package = {
  __typename?: 'Package';
  id: Scalars['ID']['output'];
};

/** Why a package changed. */
export type PackageChange =
  | 'CREATED'
  | 'DELETED'
  /** Tracking events were recorded for it (status, location and timestamps may have moved). */
  | 'EVENTS_RECORDED'
  | 'UPDATED';

/** Normalized package status (the same values as the packages subgraph's enum). */
export type PackageStatus =
  | 'AVAILABLE_FOR_PICKUP'
  | 'CANCELLED'
  | 'DELIVERED'
  | 'EXCEPTION'
  | 'FAILED_ATTEMPT'
  | 'INFO_RECEIVED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'RETURNED';

/** A change to a package. */
export type PackageUpdate = {
  __typename?: 'PackageUpdate';
  change: PackageChange;
  /** Identity of this notification: the change, the package and its log position. */
  key: Scalars['String']['output'];
  /** The package as it is now; null once it is deleted. */
  package?: Maybe<Package>;
  packageId: Scalars['ID']['output'];
  /**
   * Position in the log: for EVENTS_RECORDED the package's newest event of that committed batch, for
   * CREATED, UPDATED and DELETED the edit's own position. Strictly increasing along a subscription.
   */
  seq: Scalars['String']['output'];
};

/** Filters on package updates; all given conditions must hold. */
export type PackageUpdateFilter = {
  /** Only these kinds of change. */
  change?: InputMaybe<Array<PackageChange>>;
  /** Only these packages. */
  packageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only packages whose status is now one of these. */
  status?: InputMaybe<Array<PackageStatus>>;
};

/**
 * The feeds below are the gateway's subscription engine: it resolves every subscription event through them,
 * so subscribers can select fields of any subgraph. They are not part of the public API (@inaccessible):
 * clients subscribe instead.
 */
export type Query = {
  __typename?: 'Query';
  /** The anomalyDetected feed: the given anomalies, or those detected or changed since log position `after`. */
  anomalyDetectedFeed: Array<AnomalyDetected>;
  /** The dashboardMetrics feed: one snapshot, now. */
  dashboardMetricsFeed: Array<DashboardMetrics>;
  /** The investigationProgress feed: the given steps of the caller's investigations, or those started or finished since log position `after`. */
  investigationProgressFeed: Array<InvestigationProgress>;
  /** The newest committed log position (positions are commit-ordered: every lower one is committed too). */
  logPosition: Scalars['String']['output'];
  /** The mapUpdates feed: located scans inside the box in the log range (after, until], oldest first. */
  mapUpdatesFeed: Array<MapUpdate>;
  /**
   * The packageUpdated feed: in the log range (after, until], one EVENTS_RECORDED update per package and
   * committed batch of its events, and one update per edit (CREATED, UPDATED, DELETED), in log order. Without
   * `until`, up to the newest position (a resumed subscription's replay; HISTORY_EXPIRED past the window).
   */
  packageUpdatedFeed: Array<PackageUpdate>;
  realtimeStats: RealtimeStats;
  /** The trackingEventRecorded feed: events in the log range (after, until], oldest first (HISTORY_EXPIRED past the replay window). */
  trackingEventRecordedFeed: Array<TrackingEventRecorded>;
};


/**
 * The feeds below are the gateway's subscription engine: it resolves every subscription event through them,
 * so subscribers can select fields of any subgraph. They are not part of the public API (@inaccessible):
 * clients subscribe instead.
 */
export type QueryAnomalyDetectedFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  anomalyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<AnomalyEventFilter>;
};


/**
 * The feeds below are the gateway's subscription engine: it resolves every subscription event through them,
 * so subscribers can select fields of any subgraph. They are not part of the public API (@inaccessible):
 * clients subscribe instead.
 */
export type QueryInvestigationProgressFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  investigationId?: InputMaybe<Scalars['ID']['input']>;
  packageId?: InputMaybe<Scalars['ID']['input']>;
  progress?: InputMaybe<Array<InvestigationProgressInput>>;
};


/**
 * The feeds below are the gateway's subscription engine: it resolves every subscription event through them,
 * so subscribers can select fields of any subgraph. They are not part of the public API (@inaccessible):
 * clients subscribe instead.
 */
export type QueryMapUpdatesFeedArgs = {
  after: Scalars['String']['input'];
  bbox: BoundingBox;
  until?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The feeds below are the gateway's subscription engine: it resolves every subscription event through them,
 * so subscribers can select fields of any subgraph. They are not part of the public API (@inaccessible):
 * clients subscribe instead.
 */
export type QueryPackageUpdatedFeedArgs = {
  after: Scalars['String']['input'];
  filter?: InputMaybe<PackageUpdateFilter>;
  id?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The feeds below are the gateway's subscription engine: it resolves every subscription event through them,
 * so subscribers can select fields of any subgraph. They are not part of the public API (@inaccessible):
 * clients subscribe instead.
 */
export type QueryTrackingEventRecordedFeedArgs = {
  after: Scalars['String']['input'];
  filter?: InputMaybe<TrackingEventFilter>;
  packageId?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

/** Live connections served by the gateway replicas (the caller's organization only). */
export type RealtimeStats = {
  __typename?: 'RealtimeStats';
  /** in-process or redis */
  bus: Scalars['String']['output'];
  /** Open WebSocket connections of the caller's organization, across all replicas. */
  connections: Scalars['Int']['output'];
  /** Gateway replicas currently reporting into the connection registry. */
  replicas: Scalars['Int']['output'];
  /** Connections closed because the client could not keep up (all organizations, since each replica started). */
  slowConsumersDropped: Scalars['Int']['output'];
  /** Active subscriptions (GraphQL and legacy) of the caller's organization, across all replicas. */
  subscriptions: Scalars['Int']['output'];
};

/** Where a scan happened. */
export type ScanLocation = {
  __typename?: 'ScanLocation';
  facilityCode?: Maybe<Scalars['String']['output']>;
  lat?: Maybe<Scalars['Float']['output']>;
  lon?: Maybe<Scalars['Float']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

/** Packages of one status. */
export type StatusTotal = {
  __typename?: 'StatusTotal';
  count: Scalars['Int']['output'];
  status: PackageStatus;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Anomalies as detection opens them or their state changes. `after` replays each anomaly that changed since
   * that position once, in its current state (intermediate states are coalesced: `key` holds the anomaly, its
   * state and when it last changed, so a client sees whether it already has that version).
   */
  anomalyDetected: AnomalyDetected;
  /** A dashboard snapshot every intervalSeconds (1..300) while subscribed. */
  dashboardMetrics: DashboardMetrics;
  /**
   * Investigation progress (the agent activity stream). `after` replays each investigation started or
   * finished since that position once, at its current state and step (earlier steps are coalesced).
   */
  investigationProgress: InvestigationProgress;
  /**
   * Position changes of packages inside the box, at most one per package per throttleMs (100..60000; the
   * newest wins, so live updates are coalesced by time). `after` replays every located scan since then,
   * oldest first; `seq` tells a client which position it already has.
   */
  mapUpdates: MapUpdate;
  /**
   * Package changes: every edit (create, update, delete) and, per committed batch of its events, one
   * EVENTS_RECORDED, in log order. `after` resumes: exactly the updates a live subscriber received after that
   * position are replayed first, then live ones follow without gaps or duplicates.
   */
  packageUpdated: PackageUpdate;
  /** Every committed tracking event, in log order; `after` replays the missed ones first (the same stream a live subscriber got). */
  trackingEventRecorded: TrackingEventRecorded;
};


export type SubscriptionAnomalyDetectedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnomalyEventFilter>;
};


export type SubscriptionDashboardMetricsArgs = {
  intervalSeconds?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionInvestigationProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  investigationId?: InputMaybe<Scalars['ID']['input']>;
  packageId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMapUpdatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bbox: BoundingBox;
  throttleMs?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionPackageUpdatedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PackageUpdateFilter>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionTrackingEventRecordedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TrackingEventFilter>;
  packageId?: InputMaybe<Scalars['ID']['input']>;
};

/** Filters on recorded tracking events; all given conditions must hold. */
export type TrackingEventFilter = {
  facilityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  packageIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<Array<PackageStatus>>;
};

/** A tracking event that was committed to the log. */
export type TrackingEventRecorded = {
  __typename?: 'TrackingEventRecorded';
  carrierCode?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The sender's idempotency key. */
  eventId: Scalars['String']['output'];
  /** Identity of this notification (the event's seq). */
  key: Scalars['String']['output'];
  location?: Maybe<ScanLocation>;
  occurredAt: Scalars['DateTime']['output'];
  /** The package after this event was applied. */
  package: Package;
  packageId: Scalars['ID']['output'];
  receivedAt: Scalars['DateTime']['output'];
  /** The event's position in the log. */
  seq: Scalars['String']['output'];
  status: PackageStatus;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Anomaly: ResolverTypeWrapper<Anomaly>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnomalyDetected: ResolverTypeWrapper<AnomalyDetected>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AnomalyEventFilter: AnomalyEventFilter;
  BoundingBox: BoundingBox;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DashboardMetrics: ResolverTypeWrapper<DashboardMetrics>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Investigation: ResolverTypeWrapper<Investigation>;
  InvestigationProgress: ResolverTypeWrapper<InvestigationProgress>;
  InvestigationProgressInput: InvestigationProgressInput;
  MapUpdate: ResolverTypeWrapper<MapUpdate>;
  Package: ResolverTypeWrapper<Package>;
  PackageChange: PackageChange;
  PackageStatus: PackageStatus;
  PackageUpdate: ResolverTypeWrapper<PackageUpdate>;
  PackageUpdateFilter: PackageUpdateFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RealtimeStats: ResolverTypeWrapper<RealtimeStats>;
  ScanLocation: ResolverTypeWrapper<ScanLocation>;
  StatusTotal: ResolverTypeWrapper<StatusTotal>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrackingEventFilter: TrackingEventFilter;
  TrackingEventRecorded: ResolverTypeWrapper<TrackingEventRecorded>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Anomaly: Anomaly;
  ID: Scalars['ID']['output'];
  AnomalyDetected: AnomalyDetected;
  String: Scalars['String']['output'];
  AnomalyEventFilter: AnomalyEventFilter;
  BoundingBox: BoundingBox;
  Float: Scalars['Float']['output'];
  DashboardMetrics: DashboardMetrics;
  Int: Scalars['Int']['output'];
  DateTime: Scalars['DateTime']['output'];
  Investigation: Investigation;
  InvestigationProgress: InvestigationProgress;
  InvestigationProgressInput: InvestigationProgressInput;
  MapUpdate: MapUpdate;
  Package: Package;
  PackageUpdate: PackageUpdate;
  PackageUpdateFilter: PackageUpdateFilter;
  Query: Record<PropertyKey, never>;
  RealtimeStats: RealtimeStats;
  ScanLocation: ScanLocation;
  StatusTotal: StatusTotal;
  Subscription: Record<PropertyKey, never>;
  TrackingEventFilter: TrackingEventFilter;
  TrackingEventRecorded: TrackingEventRecorded;
  Boolean: Scalars['Boolean']['output'];
}>;

export type AnomalyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Anomaly'] = ResolversParentTypes['Anomaly']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AnomalyDetectedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyDetected'] = ResolversParentTypes['AnomalyDetected']> = ResolversObject<{
  anomaly?: Resolver<ResolversTypes['Anomaly'], ParentType, ContextType>;
  anomalyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType>;
  packageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DashboardMetricsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DashboardMetrics'] = ResolversParentTypes['DashboardMetrics']> = ResolversObject<{
  activeByStatus?: Resolver<Array<ResolversTypes['StatusTotal']>, ParentType, ContextType>;
  activeTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  eventsPerMinute?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  openAnomalies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvestigationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InvestigationProgressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvestigationProgress'] = ResolversParentTypes['InvestigationProgress']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType>;
  investigationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType>;
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MapUpdateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MapUpdate'] = ResolversParentTypes['MapUpdate']> = ResolversObject<{
  facilityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
}>;

export type PackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PackageUpdateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PackageUpdate'] = ResolversParentTypes['PackageUpdate']> = ResolversObject<{
  change?: Resolver<ResolversTypes['PackageChange'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType>;
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  anomalyDetectedFeed?: Resolver<Array<ResolversTypes['AnomalyDetected']>, ParentType, ContextType, Partial<QueryAnomalyDetectedFeedArgs>>;
  dashboardMetricsFeed?: Resolver<Array<ResolversTypes['DashboardMetrics']>, ParentType, ContextType>;
  investigationProgressFeed?: Resolver<Array<ResolversTypes['InvestigationProgress']>, ParentType, ContextType, Partial<QueryInvestigationProgressFeedArgs>>;
  logPosition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mapUpdatesFeed?: Resolver<Array<ResolversTypes['MapUpdate']>, ParentType, ContextType, RequireFields<QueryMapUpdatesFeedArgs, 'after' | 'bbox'>>;
  packageUpdatedFeed?: Resolver<Array<ResolversTypes['PackageUpdate']>, ParentType, ContextType, RequireFields<QueryPackageUpdatedFeedArgs, 'after'>>;
  realtimeStats?: Resolver<ResolversTypes['RealtimeStats'], ParentType, ContextType>;
  trackingEventRecordedFeed?: Resolver<Array<ResolversTypes['TrackingEventRecorded']>, ParentType, ContextType, RequireFields<QueryTrackingEventRecordedFeedArgs, 'after'>>;
}>;

export type RealtimeStatsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RealtimeStats'] = ResolversParentTypes['RealtimeStats']> = ResolversObject<{
  bus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  connections?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slowConsumersDropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subscriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScanLocationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ScanLocation'] = ResolversParentTypes['ScanLocation']> = ResolversObject<{
  facilityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type StatusTotalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatusTotal'] = ResolversParentTypes['StatusTotal']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  anomalyDetected?: SubscriptionResolver<ResolversTypes['AnomalyDetected'], "anomalyDetected", ParentType, ContextType, Partial<SubscriptionAnomalyDetectedArgs>>;
  dashboardMetrics?: SubscriptionResolver<ResolversTypes['DashboardMetrics'], "dashboardMetrics", ParentType, ContextType, RequireFields<SubscriptionDashboardMetricsArgs, 'intervalSeconds'>>;
  investigationProgress?: SubscriptionResolver<ResolversTypes['InvestigationProgress'], "investigationProgress", ParentType, ContextType, Partial<SubscriptionInvestigationProgressArgs>>;
  mapUpdates?: SubscriptionResolver<ResolversTypes['MapUpdate'], "mapUpdates", ParentType, ContextType, RequireFields<SubscriptionMapUpdatesArgs, 'bbox' | 'throttleMs'>>;
  packageUpdated?: SubscriptionResolver<ResolversTypes['PackageUpdate'], "packageUpdated", ParentType, ContextType, Partial<SubscriptionPackageUpdatedArgs>>;
  trackingEventRecorded?: SubscriptionResolver<ResolversTypes['TrackingEventRecorded'], "trackingEventRecorded", ParentType, ContextType, Partial<SubscriptionTrackingEventRecordedArgs>>;
}>;

export type TrackingEventRecordedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TrackingEventRecorded'] = ResolversParentTypes['TrackingEventRecorded']> = ResolversObject<{
  carrierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['ScanLocation']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Anomaly?: AnomalyResolvers<ContextType>;
  AnomalyDetected?: AnomalyDetectedResolvers<ContextType>;
  DashboardMetrics?: DashboardMetricsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Investigation?: InvestigationResolvers<ContextType>;
  InvestigationProgress?: InvestigationProgressResolvers<ContextType>;
  MapUpdate?: MapUpdateResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  PackageUpdate?: PackageUpdateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RealtimeStats?: RealtimeStatsResolvers<ContextType>;
  ScanLocation?: ScanLocationResolvers<ContextType>;
  StatusTotal?: StatusTotalResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TrackingEventRecorded?: TrackingEventRecordedResolvers<ContextType>;
}>;

