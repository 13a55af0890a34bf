import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PackageRow, TrackingEventRow, FacilityRow, ApiKeyRow } from '@clearpath/core';
import type { PackageConnectionModel } from '../package/package.model.js';
import type { IngestResult } from '../events/ingest.service.js';
import type { SubgraphContext } from '../context.js';
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
  /** An ISO-8601 date-time with offset, e.g. 2026-11-25T17:00:00Z. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Arbitrary JSON (metadata, event attributes). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An API key of the caller's organization. The secret itself is shown once, when the key is created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** The key of CLEARPATH_API_KEY (or generated on first start); changing that variable revokes it. */
  bootstrap: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Null: the key does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** When the key last authenticated a request, to the minute; null if never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The secret's first characters, to recognize it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: ApiKeyRole;
};

/** What an API key may do: admins also manage keys; viewers cannot write. */
export type ApiKeyRole =
  | 'ADMIN'
  | 'OPERATOR'
  | 'VIEWER';

/**
 * What a carrier's raw code means. carrier "*" applies to every carrier; a carrier's own row wins. X12 codes
 * are AT701/AT702 ("AP/A2"); "/A2" matches any AT701 with reason A2, "AP/" status AP with any reason.
 */
export type CarrierCodeMapping = {
  __typename?: 'CarrierCodeMapping';
  /** Upper case, or * for every carrier. */
  carrier: Scalars['String']['output'];
  /** Upper case. */
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Null: the code does not say why; the description is read. */
  reason?: Maybe<EventReason>;
  source: CarrierCodeMappingSource;
  /** Null: the code does not give the status; events with it must. */
  status?: Maybe<PackageStatus>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CarrierCodeMappingInput = {
  carrier?: Scalars['String']['input'];
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<EventReason>;
  status?: InputMaybe<PackageStatus>;
};

export type CarrierCodeMappingSource =
  /** The documented default set (README, Integrations). */
  | 'DEFAULT'
  /** The organization's own row; it overrides a default of the same carrier and code. */
  | 'ORGANIZATION';

export type CarrierCount = {
  __typename?: 'CarrierCount';
  carrier: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

export type CreateApiKeyInput = {
  /** Optional; must be in the future. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 1–100 characters, to tell keys apart. */
  name: Scalars['String']['input'];
  role: ApiKeyRole;
};

export type CreatePackageInput = {
  carrier: Scalars['String']['input'];
  destination?: InputMaybe<PlaceInput>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  origin?: InputMaybe<PlaceInput>;
  promisedDeliveryAt?: InputMaybe<Scalars['DateTime']['input']>;
  recipient?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  serviceLevel?: InputMaybe<ServiceLevel>;
  trackingNumber: Scalars['String']['input'];
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The secret, sent as Authorization: Bearer <key>. It is shown only here: store it now. */
  key: Scalars['String']['output'];
};

/** Deliveries of one UTC day (by deliveredAt). */
export type DayOnTime = {
  __typename?: 'DayOnTime';
  /** Midnight UTC starting the day. */
  day: Scalars['DateTime']['output'];
  /** Packages delivered that day. */
  delivered: Scalars['Int']['output'];
  /** Of those, packages delivered by their promise. */
  onTime: Scalars['Int']['output'];
  /** onTime / promised; null when none had a promise. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Of those, packages that had a promise. */
  promised: Scalars['Int']['output'];
};

export type DeletePackageResult = {
  __typename?: 'DeletePackageResult';
  deleted: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
};

export type DuplicateEvent = {
  __typename?: 'DuplicateEvent';
  eventId: Scalars['String']['output'];
  index: Scalars['Int']['output'];
};

export type EpcisDuplicate = {
  __typename?: 'EpcisDuplicate';
  eventId: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  pointer: Scalars['String']['output'];
};

export type EpcisIngestResult = {
  __typename?: 'EpcisIngestResult';
  accepted: Scalars['Int']['output'];
  duplicates: Array<EpcisDuplicate>;
  rejected: Array<EpcisProblem>;
  /** Stored events with a carrier code no mapping knows. */
  warnings: Array<EpcisProblem>;
};

/** A problem with one EPCIS event (or one EPC of it), located by a JSON pointer into the document. */
export type EpcisProblem = {
  __typename?: 'EpcisProblem';
  code: Scalars['String']['output'];
  /** Position of the EPCIS event in the event list. */
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
  pointer: Scalars['String']['output'];
};

/**
 * Why an event happened, beside its status (what happened). OTHER: a normal scan, or nothing said why.
 * CAPACITY: no room on the planned leg or a missed connection.
 */
export type EventReason =
  | 'ADDRESS'
  | 'BUSINESS_CLOSED'
  | 'CAPACITY'
  | 'CUSTOMS'
  | 'DAMAGED'
  | 'HELD_FOR_PAYMENT'
  | 'LOST'
  | 'NO_ACCESS'
  | 'OTHER'
  | 'RECIPIENT_UNAVAILABLE'
  | 'REFUSED'
  | 'RETURN_TO_SENDER'
  | 'WEATHER';

/** A hub, depot, pickup point or customs office of the organization's network. */
export type Facility = {
  __typename?: 'Facility';
  code: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  type: FacilityType;
};

/** Tracking events that occurred at one facility over a window. */
export type FacilityActivity = {
  __typename?: 'FacilityActivity';
  events: Scalars['Int']['output'];
  facilityCode: Scalars['String']['output'];
  /** The facility's name; null when no facility of that code is registered. */
  name?: Maybe<Scalars['String']['output']>;
  /** Distinct packages scanned there. */
  packages: Scalars['Int']['output'];
};

export type FacilityInput = {
  code: Scalars['String']['input'];
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  type: FacilityType;
};

/** Packages whose latest located scan was at one facility. */
export type FacilityPackageCount = {
  __typename?: 'FacilityPackageCount';
  facilityCode: Scalars['String']['output'];
  packages: Scalars['Int']['output'];
};

export type FacilityType =
  | 'CUSTOMS'
  | 'DEPOT'
  | 'HUB'
  | 'PICKUP_POINT';

export type HourCount = {
  __typename?: 'HourCount';
  count: Scalars['Int']['output'];
  hour: Scalars['DateTime']['output'];
};

/** A stored event the sender should look at (code UNMAPPED_CARRIER_CODE: its carrier code is in no mapping). */
export type IngestWarning = {
  __typename?: 'IngestWarning';
  code: Scalars['String']['output'];
  eventId: Scalars['String']['output'];
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** Where a scan happened. */
export type Location = {
  __typename?: 'Location';
  facilityCode?: Maybe<Scalars['String']['output']>;
  lat?: Maybe<Scalars['Float']['output']>;
  lon?: Maybe<Scalars['Float']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type LocationInput = {
  facilityCode?: InputMaybe<Scalars['String']['input']>;
  lat?: InputMaybe<Scalars['Float']['input']>;
  lon?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an API key of the caller's organization (admins only); the response is the only place its secret appears. */
  createApiKey: CreatedApiKey;
  createPackage: Package;
  /** Removes the organization's own row (admins only): a default of the same key applies again. False when there was none. */
  deleteCarrierCodeMapping: Scalars['Boolean']['output'];
  /** Soft delete: the package disappears from queries but its history is kept for audit. */
  deletePackage: DeletePackageResult;
  /**
   * A GS1 EPCIS 2.0 EPCISDocument or bare event list, ingested like POST /api/v1/integrations/epcis/events:
   * one event per EPC, matched to a package by tracking number or reference. A document that is not EPCIS is
   * BAD_USER_INPUT with extensions.details { pointer }.
   */
  ingestEpcis: EpcisIngestResult;
  /**
   * An EDI X12 214 interchange (the raw text, any delimiters its ISA declares), ingested like
   * POST /api/v1/integrations/x12/214: one event per AT7, answered per transaction set. A malformed
   * interchange is BAD_USER_INPUT with extensions.details { x12Code, segment, segmentId, element }.
   */
  ingestX12: X12IngestResult;
  /** Validates and stores a batch (up to 5,000 events) in one transaction. */
  recordTrackingEvents: RecordEventsResult;
  /** Revokes a key (admins only): every replica refuses it within seconds. Revoking twice is harmless. */
  revokeApiKey: ApiKey;
  updatePackage: Package;
  /** Adds or replaces the organization's mapping of a carrier code (admins only); ingest uses it from the next batch. */
  upsertCarrierCodeMapping: CarrierCodeMapping;
  upsertFacilities: Array<Facility>;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreatePackageArgs = {
  input: CreatePackageInput;
};


export type MutationDeleteCarrierCodeMappingArgs = {
  carrier?: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationDeletePackageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationIngestEpcisArgs = {
  document: Scalars['JSON']['input'];
};


export type MutationIngestX12Args = {
  acknowledgment?: InputMaybe<Scalars['Boolean']['input']>;
  document: Scalars['String']['input'];
};


export type MutationRecordTrackingEventsArgs = {
  events: Array<TrackingEventInput>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdatePackageArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePackageInput;
};


export type MutationUpsertCarrierCodeMappingArgs = {
  input: CarrierCodeMappingInput;
};


export type MutationUpsertFacilitiesArgs = {
  facilities: Array<FacilityInput>;
};

/** A parcel tracked by one organization. */
export type Package = {
  __typename?: 'Package';
  carrier: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Location of the latest located scan. */
  currentLocation?: Maybe<Location>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  destination?: Maybe<Place>;
  /** Events in occurredAt order (oldest first); the newest `last` if given. */
  events: Array<TrackingEvent>;
  id: Scalars['ID']['output'];
  lastEventAt?: Maybe<Scalars['DateTime']['output']>;
  metadata: Scalars['JSON']['output'];
  origin?: Maybe<Place>;
  promisedDeliveryAt?: Maybe<Scalars['DateTime']['output']>;
  recipient?: Maybe<Scalars['String']['output']>;
  /** The shipper's own reference (order number). */
  reference?: Maybe<Scalars['String']['output']>;
  serviceLevel: ServiceLevel;
  /** Derived from the latest event by occurredAt; late or duplicate events never corrupt it. */
  status: PackageStatus;
  /** Unique within the organization. */
  trackingNumber: Scalars['String']['output'];
  /** Last change of the package's own fields (events move lastEventAt, not this). */
  updatedAt: Scalars['DateTime']['output'];
};


/** A parcel tracked by one organization. */
export type PackageEventsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type PackageConnection = {
  __typename?: 'PackageConnection';
  edges: Array<PackageEdge>;
  pageInfo: PageInfo;
  /**
   * Packages matching the filter, across all pages. By default this costs no more than the page: exact when
   * maintained rollups answer the filter (status, carrier, whole UTC days of createdFrom/createdTo) or when few
   * packages match, otherwise the query planner's estimate (see totalCountEstimated). `exact: true` counts
   * every matching row, which on large sets takes as long as reading them.
   */
  totalCount: Scalars['Int']['output'];
  /** Whether totalCount without `exact: true` is an estimate (false: it is exact). */
  totalCountEstimated: Scalars['Boolean']['output'];
};


export type PackageConnectionTotalCountArgs = {
  exact?: Scalars['Boolean']['input'];
};

export type PackageEdge = {
  __typename?: 'PackageEdge';
  cursor: Scalars['String']['output'];
  node: Package;
};

export type PackageFilter = {
  carrier?: InputMaybe<Array<Scalars['String']['input']>>;
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * Packages whose latest located scan was at one of these facilities (currentLocation.facilityCode), e.g. the
   * packages out for delivery from a depot. At most 100 codes.
   */
  facility?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * Free text, case and accents folded. A whole tracking number or reference finds exactly those packages.
   * Otherwise every word must begin a word of the tracking number, reference, recipient, origin or
   * destination (name, address, facility code, facility name): "hamb" and "Hamburg" find packages to or from
   * Hamburg, "de vri" finds "de Vries". A single word with a digit (4+ characters) also matches inside the
   * text, e.g. the last digits of a tracking number. Trimmed; blank means no filter; at most 200 characters.
   */
  q?: InputMaybe<Scalars['String']['input']>;
  /** Packages with at least one event of one of these reasons. */
  reason?: InputMaybe<Array<EventReason>>;
  status?: InputMaybe<Array<PackageStatus>>;
};

export type PackageSort = {
  direction?: SortDirection;
  field?: PackageSortField;
};

/**
 * Orders of the package list. Every order ends in the package id, so equal values still page exactly.
 * DESC reverses the whole order.
 */
export type PackageSortField =
  /** By carrier, newest first within a carrier (DESC: reverse name order, oldest first within). */
  | 'CARRIER'
  | 'CREATED_AT'
  /** By the facility code of the latest located scan (currentLocation.facilityCode); packages without one come last. */
  | 'CURRENT_FACILITY'
  /** By the time of the latest event; packages without events come last in both directions. */
  | 'LAST_EVENT_AT'
  /** By promised delivery time; packages without a promise come last in both directions. */
  | 'PROMISED_DELIVERY_AT'
  /** By status name, newest first within a status (DESC: reverse name order, oldest first within). */
  | 'STATUS'
  | 'TRACKING_NUMBER'
  | 'UPDATED_AT';

/**
 * Aggregates over the organization's packages. Filters of status, carrier and whole UTC days of
 * createdFrom/createdTo are answered from rollups maintained with every write (a few hundred rows, the same
 * answers as counting the packages); free text, reasons or part days count the packages themselves.
 */
export type PackageStats = {
  __typename?: 'PackageStats';
  byCarrier: Array<CarrierCount>;
  /** Events by reason (OTHER, the normal scans, left out), most packages first. */
  byReason: Array<ReasonCount>;
  byStatus: Array<StatusCount>;
  /** Events received per hour over the last 24 hours. */
  eventsPerHour: Array<HourCount>;
  /** Packages currently in EXCEPTION. */
  exceptions: Scalars['Int']['output'];
  /**
   * Transit time (first scan to delivery) of delivered packages, in hours. From rollups, a transit-time
   * histogram (buckets 5% wide, each standing for its mean): exact when the ranks needed are alone in their
   * bucket, otherwise within the bucket's 5%.
   */
  medianTransitHours?: Maybe<Scalars['Float']['output']>;
  /** Share of delivered packages with a promise that arrived by it; null when none. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  p90TransitHours?: Maybe<Scalars['Float']['output']>;
  total: Scalars['Int']['output'];
};

/** Normalized package status, derived from carrier codes. */
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

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An address with optional coordinates; facilityCode names the facility serving it when known. */
export type Place = {
  __typename?: 'Place';
  address?: Maybe<Scalars['String']['output']>;
  facilityCode?: Maybe<Scalars['String']['output']>;
  lat?: Maybe<Scalars['Float']['output']>;
  lon?: Maybe<Scalars['Float']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type PlaceInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  facilityCode?: InputMaybe<Scalars['String']['input']>;
  lat?: InputMaybe<Scalars['Float']['input']>;
  lon?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The organization's API keys, newest first (admins only). */
  apiKeys: Array<ApiKey>;
  /** Facilities by events that occurred there over the last hours (1–168), busiest first, at most first (1–50). */
  busiestFacilities: Array<FacilityActivity>;
  /** The carrier code mapping in effect: defaults overlaid with the organization's rows (admins only). */
  carrierCodeMappings: Array<CarrierCodeMapping>;
  /** Events by occurredAt (not receipt) over the last hours (1–168), in buckets of bucketMinutes (1–1440, dividing the window; at most 2016 buckets), oldest first, empty buckets included. */
  eventHistogram: Array<TimeBucket>;
  facilities: Array<Facility>;
  /** Deliveries and their punctuality per UTC day over the last days (1–90, today included), oldest first, days without deliveries included. */
  onTimeByDay: Array<DayOnTime>;
  /** A package of the caller's organization; null when it does not exist there. */
  package?: Maybe<Package>;
  packageByTrackingNumber?: Maybe<Package>;
  /**
   * Packages of these statuses (at least one) by the facility of their latest located scan
   * (currentLocation.facilityCode), most first; facilities holding none are left out. E.g. what each depot has
   * out for delivery: packageCountsByFacility(status: [OUT_FOR_DELIVERY]).
   */
  packageCountsByFacility: Array<FacilityPackageCount>;
  /** Aggregates; identical requests within 5 seconds share one computation (so figures may be up to 5 s old). */
  packageStats: PackageStats;
  /** Packages page by page (keyset pagination: pass pageInfo.endCursor as after). */
  packages: PackageConnection;
  /** Packages whose trackingNumber or reference equals one of the keys exactly (at most 1000 keys); carrier integrations match identifiers with it. */
  packagesByKeys: Array<Package>;
  /** Events of one package, oldest first; only those of the given reasons if any. */
  trackingEvents: Array<TrackingEvent>;
  /** Carrier codes stored on events while no mapping knew them, most frequent first (1–1000). */
  unmappedCarrierCodes: Array<UnmappedCarrierCode>;
};


export type QueryApiKeysArgs = {
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryBusiestFacilitiesArgs = {
  first?: Scalars['Int']['input'];
  hours?: Scalars['Int']['input'];
};


export type QueryCarrierCodeMappingsArgs = {
  carrier?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventHistogramArgs = {
  bucketMinutes?: Scalars['Int']['input'];
  hours?: Scalars['Int']['input'];
};


export type QueryOnTimeByDayArgs = {
  days?: Scalars['Int']['input'];
};


export type QueryPackageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPackageByTrackingNumberArgs = {
  trackingNumber: Scalars['String']['input'];
};


export type QueryPackageCountsByFacilityArgs = {
  status: Array<PackageStatus>;
};


export type QueryPackageStatsArgs = {
  filter?: InputMaybe<PackageFilter>;
};


export type QueryPackagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PackageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PackageSort>;
};


export type QueryPackagesByKeysArgs = {
  keys: Array<Scalars['String']['input']>;
};


export type QueryTrackingEventsArgs = {
  packageId: Scalars['ID']['input'];
  reason?: InputMaybe<Array<EventReason>>;
};


export type QueryUnmappedCarrierCodesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReasonCount = {
  __typename?: 'ReasonCount';
  events: Scalars['Int']['output'];
  /** Packages with at least one event of this reason. */
  packages: Scalars['Int']['output'];
  reason: EventReason;
};

/** Where an event's reason came from. */
export type ReasonSource =
  /** The carrier code's mapping. */
  | 'CODE'
  /** Neither said why: OTHER. */
  | 'DEFAULT'
  /** The description, read by the multilingual classifier. */
  | 'DESCRIPTION';

export type RecordEventsResult = {
  __typename?: 'RecordEventsResult';
  /** Events stored by this call. */
  accepted: Scalars['Int']['output'];
  /** Events already stored earlier (or twice in this batch), by eventId. */
  duplicates: Array<DuplicateEvent>;
  /** The stored events. */
  events: Array<TrackingEvent>;
  rejected: Array<RejectedEvent>;
  warnings: Array<IngestWarning>;
};

export type RejectedEvent = {
  __typename?: 'RejectedEvent';
  code: Scalars['String']['output'];
  eventId?: Maybe<Scalars['String']['output']>;
  /** Position in the submitted batch. */
  index: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

export type ServiceLevel =
  | 'ECONOMY'
  | 'EXPRESS'
  | 'STANDARD';

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: PackageStatus;
};

/** Events whose occurredAt falls in [start, start + the bucket's length). */
export type TimeBucket = {
  __typename?: 'TimeBucket';
  count: Scalars['Int']['output'];
  start: Scalars['DateTime']['output'];
};

/** One scan or status report for a package. */
export type TrackingEvent = {
  __typename?: 'TrackingEvent';
  attributes: Scalars['JSON']['output'];
  /** The carrier's raw status code, as received. */
  carrierCode?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** The sender's idempotency key, unique per organization. */
  eventId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Location>;
  occurredAt: Scalars['DateTime']['output'];
  package: Package;
  packageId: Scalars['ID']['output'];
  /** Why, from the carrier code's mapping, else the description, else OTHER. */
  reason: EventReason;
  reasonSource: ReasonSource;
  receivedAt: Scalars['DateTime']['output'];
  /** Position in the event log (monotonic per database); subscriptions resume from it. */
  seq: Scalars['String']['output'];
  status: PackageStatus;
};

/**
 * A tracking event to record. Fields are validated per event (not by the GraphQL type system) so that one
 * bad event in a batch is rejected alone while the rest are stored.
 */
export type TrackingEventInput = {
  attributes?: InputMaybe<Scalars['JSON']['input']>;
  carrierCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Idempotency key: resending an event with the same eventId is reported as a duplicate, not applied twice. */
  eventId: Scalars['String']['input'];
  location?: InputMaybe<LocationInput>;
  /** ISO-8601 time the scan happened. */
  occurredAt: Scalars['String']['input'];
  /** The package, by id or by trackingNumber. */
  packageId?: InputMaybe<Scalars['ID']['input']>;
  /** A normalized status name (IN_TRANSIT …); when absent it is mapped from carrierCode. */
  status?: InputMaybe<Scalars['String']['input']>;
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A raw carrier code ingest stored without knowing it. */
export type UnmappedCarrierCode = {
  __typename?: 'UnmappedCarrierCode';
  /** The package's carrier. */
  carrier: Scalars['String']['output'];
  code: Scalars['String']['output'];
  events: Scalars['Int']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
};

export type UpdatePackageInput = {
  carrier?: InputMaybe<Scalars['String']['input']>;
  destination?: InputMaybe<PlaceInput>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  origin?: InputMaybe<PlaceInput>;
  promisedDeliveryAt?: InputMaybe<Scalars['DateTime']['input']>;
  recipient?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  serviceLevel?: InputMaybe<ServiceLevel>;
};

export type X12IngestResult = {
  __typename?: 'X12IngestResult';
  /** The 997 functional acknowledgment, when asked for. */
  acknowledgment?: Maybe<Scalars['String']['output']>;
  /** ISA13. */
  interchangeControlNumber: Scalars['String']['output'];
  transactions: Array<X12TransactionResult>;
};

/** One X12 214 transaction set (ST…SE): its AT7s' results, indexed by their position in the set. */
export type X12TransactionResult = {
  __typename?: 'X12TransactionResult';
  accepted: Scalars['Int']['output'];
  /** ST02. */
  controlNumber: Scalars['String']['output'];
  duplicates: Array<DuplicateEvent>;
  /** GS06 of its functional group. */
  groupControlNumber: Scalars['String']['output'];
  /** B1001. */
  reference?: Maybe<Scalars['String']['output']>;
  rejected: Array<RejectedEvent>;
  /** B1002: the package's tracking number. */
  shipmentId: Scalars['String']['output'];
  warnings: Array<IngestWarning>;
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
  Facility: Facility;
  Package: Package;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Facility:
    ( { __typename: 'Facility' }
    & GraphQLRecursivePick<FederationTypes['Facility'], {"code":true}> );
  Package:
    ( { __typename: 'Package' }
    & GraphQLRecursivePick<FederationTypes['Package'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ApiKeyRole: ApiKeyRole;
  CarrierCodeMapping: ResolverTypeWrapper<CarrierCodeMapping>;
  CarrierCodeMappingInput: CarrierCodeMappingInput;
  CarrierCodeMappingSource: CarrierCodeMappingSource;
  CarrierCount: ResolverTypeWrapper<CarrierCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreatePackageInput: CreatePackageInput;
  CreatedApiKey: ResolverTypeWrapper<Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayOnTime: ResolverTypeWrapper<DayOnTime>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DeletePackageResult: ResolverTypeWrapper<DeletePackageResult>;
  DuplicateEvent: ResolverTypeWrapper<DuplicateEvent>;
  EpcisDuplicate: ResolverTypeWrapper<EpcisDuplicate>;
  EpcisIngestResult: ResolverTypeWrapper<EpcisIngestResult>;
  EpcisProblem: ResolverTypeWrapper<EpcisProblem>;
  EventReason: EventReason;
  Facility: ResolverTypeWrapper<FacilityRow>;
  FacilityActivity: ResolverTypeWrapper<FacilityActivity>;
  FacilityInput: FacilityInput;
  FacilityPackageCount: ResolverTypeWrapper<FacilityPackageCount>;
  FacilityType: FacilityType;
  HourCount: ResolverTypeWrapper<HourCount>;
  IngestWarning: ResolverTypeWrapper<IngestWarning>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Location: ResolverTypeWrapper<Location>;
  LocationInput: LocationInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Package: ResolverTypeWrapper<PackageRow>;
  PackageConnection: ResolverTypeWrapper<PackageConnectionModel>;
  PackageEdge: ResolverTypeWrapper<Omit<PackageEdge, 'node'> & { node: ResolversTypes['Package'] }>;
  PackageFilter: PackageFilter;
  PackageSort: PackageSort;
  PackageSortField: PackageSortField;
  PackageStats: ResolverTypeWrapper<PackageStats>;
  PackageStatus: PackageStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Place: ResolverTypeWrapper<Place>;
  PlaceInput: PlaceInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReasonCount: ResolverTypeWrapper<ReasonCount>;
  ReasonSource: ReasonSource;
  RecordEventsResult: ResolverTypeWrapper<IngestResult>;
  RejectedEvent: ResolverTypeWrapper<RejectedEvent>;
  ServiceLevel: ServiceLevel;
  SortDirection: SortDirection;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  TimeBucket: ResolverTypeWrapper<TimeBucket>;
  TrackingEvent: ResolverTypeWrapper<TrackingEventRow>;
  TrackingEventInput: TrackingEventInput;
  UnmappedCarrierCode: ResolverTypeWrapper<UnmappedCarrierCode>;
  UpdatePackageInput: UpdatePackageInput;
  X12IngestResult: ResolverTypeWrapper<X12IngestResult>;
  X12TransactionResult: ResolverTypeWrapper<X12TransactionResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiKey: ApiKeyRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CarrierCodeMapping: CarrierCodeMapping;
  CarrierCodeMappingInput: CarrierCodeMappingInput;
  CarrierCount: CarrierCount;
  Int: Scalars['Int']['output'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreatePackageInput: CreatePackageInput;
  CreatedApiKey: Omit<CreatedApiKey, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  DateTime: Scalars['DateTime']['output'];
  DayOnTime: DayOnTime;
  Float: Scalars['Float']['output'];
  DeletePackageResult: DeletePackageResult;
  DuplicateEvent: DuplicateEvent;
  EpcisDuplicate: EpcisDuplicate;
  EpcisIngestResult: EpcisIngestResult;
  EpcisProblem: EpcisProblem;
  Facility: FacilityRow;
  FacilityActivity: FacilityActivity;
  FacilityInput: FacilityInput;
  FacilityPackageCount: FacilityPackageCount;
  HourCount: HourCount;
  IngestWarning: IngestWarning;
  JSON: Scalars['JSON']['output'];
  Location: Location;
  LocationInput: LocationInput;
  Mutation: Record<PropertyKey, never>;
  Package: PackageRow;
  PackageConnection: PackageConnectionModel;
  PackageEdge: Omit<PackageEdge, 'node'> & { node: ResolversParentTypes['Package'] };
  PackageFilter: PackageFilter;
  PackageSort: PackageSort;
  PackageStats: PackageStats;
  PageInfo: PageInfo;
  Place: Place;
  PlaceInput: PlaceInput;
  Query: Record<PropertyKey, never>;
  ReasonCount: ReasonCount;
  RecordEventsResult: IngestResult;
  RejectedEvent: RejectedEvent;
  StatusCount: StatusCount;
  TimeBucket: TimeBucket;
  TrackingEvent: TrackingEventRow;
  TrackingEventInput: TrackingEventInput;
  UnmappedCarrierCode: UnmappedCarrierCode;
  UpdatePackageInput: UpdatePackageInput;
  X12IngestResult: X12IngestResult;
  X12TransactionResult: X12TransactionResult;
}>;

export type ApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  bootstrap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ApiKeyRole'], ParentType, ContextType>;
}>;

export type CarrierCodeMappingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CarrierCodeMapping'] = ResolversParentTypes['CarrierCodeMapping']> = ResolversObject<{
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['EventReason']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CarrierCodeMappingSource'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['PackageStatus']>, ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type CarrierCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CarrierCount'] = ResolversParentTypes['CarrierCount']> = ResolversObject<{
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DayOnTimeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DayOnTime'] = ResolversParentTypes['DayOnTime']> = ResolversObject<{
  day?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  promised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeletePackageResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeletePackageResult'] = ResolversParentTypes['DeletePackageResult']> = ResolversObject<{
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DuplicateEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DuplicateEvent'] = ResolversParentTypes['DuplicateEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EpcisDuplicateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EpcisDuplicate'] = ResolversParentTypes['EpcisDuplicate']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pointer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EpcisIngestResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EpcisIngestResult'] = ResolversParentTypes['EpcisIngestResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['EpcisDuplicate']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['EpcisProblem']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['EpcisProblem']>, ParentType, ContextType>;
}>;

export type EpcisProblemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EpcisProblem'] = ResolversParentTypes['EpcisProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pointer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FacilityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Facility'] = ResolversParentTypes['Facility'], FederationReferenceType extends FederationReferenceTypes['Facility'] = FederationReferenceTypes['Facility']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Facility']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FacilityType'], ParentType, ContextType>;
}>;

export type FacilityActivityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FacilityActivity'] = ResolversParentTypes['FacilityActivity']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facilityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  packages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FacilityPackageCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FacilityPackageCount'] = ResolversParentTypes['FacilityPackageCount']> = ResolversObject<{
  facilityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  packages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HourCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['HourCount'] = ResolversParentTypes['HourCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hour?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type IngestWarningResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['IngestWarning'] = ResolversParentTypes['IngestWarning']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  facilityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createApiKey?: Resolver<ResolversTypes['CreatedApiKey'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createPackage?: Resolver<ResolversTypes['Package'], ParentType, ContextType, RequireFields<MutationCreatePackageArgs, 'input'>>;
  deleteCarrierCodeMapping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteCarrierCodeMappingArgs, 'carrier' | 'code'>>;
  deletePackage?: Resolver<ResolversTypes['DeletePackageResult'], ParentType, ContextType, RequireFields<MutationDeletePackageArgs, 'id'>>;
  ingestEpcis?: Resolver<ResolversTypes['EpcisIngestResult'], ParentType, ContextType, RequireFields<MutationIngestEpcisArgs, 'document'>>;
  ingestX12?: Resolver<ResolversTypes['X12IngestResult'], ParentType, ContextType, RequireFields<MutationIngestX12Args, 'acknowledgment' | 'document'>>;
  recordTrackingEvents?: Resolver<ResolversTypes['RecordEventsResult'], ParentType, ContextType, RequireFields<MutationRecordTrackingEventsArgs, 'events'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  updatePackage?: Resolver<ResolversTypes['Package'], ParentType, ContextType, RequireFields<MutationUpdatePackageArgs, 'id' | 'input'>>;
  upsertCarrierCodeMapping?: Resolver<ResolversTypes['CarrierCodeMapping'], ParentType, ContextType, RequireFields<MutationUpsertCarrierCodeMappingArgs, 'input'>>;
  upsertFacilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType, RequireFields<MutationUpsertFacilitiesArgs, 'facilities'>>;
}>;

export type PackageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Package'] = ResolversParentTypes['Package'], FederationReferenceType extends FederationReferenceTypes['Package'] = FederationReferenceTypes['Package']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Package']> | FederationReferenceType, FederationReferenceType, ContextType>;
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentLocation?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  destination?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType, Partial<PackageEventsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEventAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  promisedDeliveryAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceLevel?: Resolver<ResolversTypes['ServiceLevel'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
  trackingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PackageConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PackageConnection'] = ResolversParentTypes['PackageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PackageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<PackageConnectionTotalCountArgs, 'exact'>>;
  totalCountEstimated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PackageEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PackageEdge'] = ResolversParentTypes['PackageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
}>;

export type PackageStatsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PackageStats'] = ResolversParentTypes['PackageStats']> = ResolversObject<{
  byCarrier?: Resolver<Array<ResolversTypes['CarrierCount']>, ParentType, ContextType>;
  byReason?: Resolver<Array<ResolversTypes['ReasonCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  eventsPerHour?: Resolver<Array<ResolversTypes['HourCount']>, ParentType, ContextType>;
  exceptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianTransitHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90TransitHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlaceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  facilityCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'includeRevoked'>>;
  busiestFacilities?: Resolver<Array<ResolversTypes['FacilityActivity']>, ParentType, ContextType, RequireFields<QueryBusiestFacilitiesArgs, 'first' | 'hours'>>;
  carrierCodeMappings?: Resolver<Array<ResolversTypes['CarrierCodeMapping']>, ParentType, ContextType, Partial<QueryCarrierCodeMappingsArgs>>;
  eventHistogram?: Resolver<Array<ResolversTypes['TimeBucket']>, ParentType, ContextType, RequireFields<QueryEventHistogramArgs, 'bucketMinutes' | 'hours'>>;
  facilities?: Resolver<Array<ResolversTypes['Facility']>, ParentType, ContextType>;
  onTimeByDay?: Resolver<Array<ResolversTypes['DayOnTime']>, ParentType, ContextType, RequireFields<QueryOnTimeByDayArgs, 'days'>>;
  package?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType, RequireFields<QueryPackageArgs, 'id'>>;
  packageByTrackingNumber?: Resolver<Maybe<ResolversTypes['Package']>, ParentType, ContextType, RequireFields<QueryPackageByTrackingNumberArgs, 'trackingNumber'>>;
  packageCountsByFacility?: Resolver<Array<ResolversTypes['FacilityPackageCount']>, ParentType, ContextType, RequireFields<QueryPackageCountsByFacilityArgs, 'status'>>;
  packageStats?: Resolver<ResolversTypes['PackageStats'], ParentType, ContextType, Partial<QueryPackageStatsArgs>>;
  packages?: Resolver<ResolversTypes['PackageConnection'], ParentType, ContextType, RequireFields<QueryPackagesArgs, 'first'>>;
  packagesByKeys?: Resolver<Array<ResolversTypes['Package']>, ParentType, ContextType, RequireFields<QueryPackagesByKeysArgs, 'keys'>>;
  trackingEvents?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType, RequireFields<QueryTrackingEventsArgs, 'packageId'>>;
  unmappedCarrierCodes?: Resolver<Array<ResolversTypes['UnmappedCarrierCode']>, ParentType, ContextType, RequireFields<QueryUnmappedCarrierCodesArgs, 'first'>>;
}>;

export type ReasonCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReasonCount'] = ResolversParentTypes['ReasonCount']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  packages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['EventReason'], ParentType, ContextType>;
}>;

export type RecordEventsResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecordEventsResult'] = ResolversParentTypes['RecordEventsResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['DuplicateEvent']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['TrackingEvent']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedEvent']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['IngestWarning']>, ParentType, ContextType>;
}>;

export type RejectedEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RejectedEvent'] = ResolversParentTypes['RejectedEvent']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StatusCountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
}>;

export type TimeBucketResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TimeBucket'] = ResolversParentTypes['TimeBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TrackingEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TrackingEvent'] = ResolversParentTypes['TrackingEvent']> = ResolversObject<{
  attributes?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  carrierCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  package?: Resolver<ResolversTypes['Package'], ParentType, ContextType>;
  packageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['EventReason'], ParentType, ContextType>;
  reasonSource?: Resolver<ResolversTypes['ReasonSource'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PackageStatus'], ParentType, ContextType>;
}>;

export type UnmappedCarrierCodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UnmappedCarrierCode'] = ResolversParentTypes['UnmappedCarrierCode']> = ResolversObject<{
  carrier?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type X12IngestResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['X12IngestResult'] = ResolversParentTypes['X12IngestResult']> = ResolversObject<{
  acknowledgment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  interchangeControlNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transactions?: Resolver<Array<ResolversTypes['X12TransactionResult']>, ParentType, ContextType>;
}>;

export type X12TransactionResultResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['X12TransactionResult'] = ResolversParentTypes['X12TransactionResult']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  controlNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['DuplicateEvent']>, ParentType, ContextType>;
  groupControlNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['RejectedEvent']>, ParentType, ContextType>;
  shipmentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['IngestWarning']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  CarrierCodeMapping?: CarrierCodeMappingResolvers<ContextType>;
  CarrierCount?: CarrierCountResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DayOnTime?: DayOnTimeResolvers<ContextType>;
  DeletePackageResult?: DeletePackageResultResolvers<ContextType>;
  DuplicateEvent?: DuplicateEventResolvers<ContextType>;
  EpcisDuplicate?: EpcisDuplicateResolvers<ContextType>;
  EpcisIngestResult?: EpcisIngestResultResolvers<ContextType>;
  EpcisProblem?: EpcisProblemResolvers<ContextType>;
  Facility?: FacilityResolvers<ContextType>;
  FacilityActivity?: FacilityActivityResolvers<ContextType>;
  FacilityPackageCount?: FacilityPackageCountResolvers<ContextType>;
  HourCount?: HourCountResolvers<ContextType>;
  IngestWarning?: IngestWarningResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Location?: LocationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Package?: PackageResolvers<ContextType>;
  PackageConnection?: PackageConnectionResolvers<ContextType>;
  PackageEdge?: PackageEdgeResolvers<ContextType>;
  PackageStats?: PackageStatsResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReasonCount?: ReasonCountResolvers<ContextType>;
  RecordEventsResult?: RecordEventsResultResolvers<ContextType>;
  RejectedEvent?: RejectedEventResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  TimeBucket?: TimeBucketResolvers<ContextType>;
  TrackingEvent?: TrackingEventResolvers<ContextType>;
  UnmappedCarrierCode?: UnmappedCarrierCodeResolvers<ContextType>;
  X12IngestResult?: X12IngestResultResolvers<ContextType>;
  X12TransactionResult?: X12TransactionResultResolvers<ContextType>;
}>;

