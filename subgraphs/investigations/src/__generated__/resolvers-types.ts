import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AnomalyRow, InvestigationRow } from '@clearpath/core';
import type { PackageRef, SubgraphContext } from '../context.js';
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

/** An analysis of one package, run in the background. */
export type Investigation = {
  __typename?: 'Investigation';
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The full investigation document (findings, root cause, actions, narrative, trace). */
  document: Scalars['JSON']['output'];
  /** Why it failed, when it did. */
  error?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: InvestigationKind;
  package: Package;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  state: InvestigationState;
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

export type Package = {
  __typename?: 'Package';
  /** Anomalies of this package, newest first. */
  anomalies: Array<Anomaly>;
  id: Scalars['ID']['output'];
  /** Investigations of this package, newest first. */
  investigations: Array<Investigation>;
};


export type PackageAnomaliesArgs = {
  state?: InputMaybe<AnomalyState>;
};

export type Query = {
  __typename?: 'Query';
  anomalies: AnomalyConnection;
  investigation?: Maybe<Investigation>;
  investigations: Array<Investigation>;
};


export type QueryAnomaliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AnomalyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvestigationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvestigationsArgs = {
  packageId: Scalars['ID']['input'];
};

export type Severity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

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
  AnomalyEdge: ResolverTypeWrapper<Omit<AnomalyEdge, 'node'> & { node: ResolversTypes['Anomaly'] }>;
  AnomalyFilter: AnomalyFilter;
  AnomalyPageInfo: ResolverTypeWrapper<AnomalyPageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AnomalyState: AnomalyState;
  AnomalyType: AnomalyType;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Investigation: ResolverTypeWrapper<InvestigationRow>;
  InvestigationKind: InvestigationKind;
  InvestigationState: InvestigationState;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Package: ResolverTypeWrapper<PackageRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Severity: Severity;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Anomaly: AnomalyRow;
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AnomalyConnection: Omit<AnomalyConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnomalyEdge']> };
  Int: Scalars['Int']['output'];
  AnomalyEdge: Omit<AnomalyEdge, 'node'> & { node: ResolversParentTypes['Anomaly'] };
  AnomalyFilter: AnomalyFilter;
  AnomalyPageInfo: AnomalyPageInfo;
  Boolean: Scalars['Boolean']['output'];
  DateTime: Scalars['DateTime']['output'];
  Investigation: InvestigationRow;
  JSON: Scalars['JSON']['output'];
  Package: PackageRef;
  Query: Record<PropertyKey, never>;
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

export type AnomalyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyEdge'] = ResolversParentTypes['AnomalyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Anomaly'], ParentType, ContextType>;
}>;

export type AnomalyPageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AnomalyPageInfo'] = ResolversParentTypes['AnomalyPageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvestigationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Investigation'] = ResolversParentTypes['Investigation'], FederationReferenceType extends FederationReferenceTypes['Investigation'] = FederationReferenceTypes['Investigation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Investigation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InvestigationKind'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvestigationState'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type PackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package'], FederationReferenceType extends FederationReferenceTypes['Package'] = FederationReferenceTypes['Package']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Package']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anomalies?: Resolver<Array<ResolversTypes['Anomaly']>, ParentType, ContextType, Partial<PackageAnomaliesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  investigations?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  anomalies?: Resolver<ResolversTypes['AnomalyConnection'], ParentType, ContextType, RequireFields<QueryAnomaliesArgs, 'first'>>;
  investigation?: Resolver<Maybe<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<QueryInvestigationArgs, 'id'>>;
  investigations?: Resolver<Array<ResolversTypes['Investigation']>, ParentType, ContextType, RequireFields<QueryInvestigationsArgs, 'packageId'>>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Anomaly?: AnomalyResolvers<ContextType>;
  AnomalyConnection?: AnomalyConnectionResolvers<ContextType>;
  AnomalyEdge?: AnomalyEdgeResolvers<ContextType>;
  AnomalyPageInfo?: AnomalyPageInfoResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Investigation?: InvestigationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Package?: PackageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

