import type { ColumnType, Generated, Insertable, JSONColumnType, Selectable } from 'kysely';

/** A timestamptz column: read as Date, written as Date or ISO string. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface PlaceJson {
  name?: string | null;
  address?: string | null;
  lat?: number | null;
  lon?: number | null;
  facilityCode?: string | null;
}

export interface LocationJson {
  facilityCode?: string | null;
  name?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: CreatedAt;
}

export interface ApiKeysTable {
  id: Generated<string>;
  organization_id: string;
  name: string;
  role: string;
  key_hash: string;
  prefix: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  /** The key CLEARPATH_API_KEY configured (or generated on first start); a changed value revokes it. */
  bootstrap: Generated<boolean>;
}

export interface PackagesTable {
  id: Generated<string>;
  organization_id: string;
  tracking_number: string;
  carrier: string;
  service_level: string;
  reference: string | null;
  recipient: string | null;
  origin: JSONColumnType<PlaceJson | null, string | null, string | null>;
  destination: JSONColumnType<PlaceJson | null, string | null, string | null>;
  promised_delivery_at: Timestamp | null;
  status: Generated<string>;
  current_location: JSONColumnType<LocationJson | null, string | null, string | null>;
  /** occurredAt of the event that set current_location (guards against older located scans). */
  location_at: Timestamp | null;
  first_event_at: Timestamp | null;
  last_event_at: Timestamp | null;
  delivered_at: Timestamp | null;
  metadata: JSONColumnType<Record<string, unknown>, string, string>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
}

/** Free-text search over tracking number, reference and recipient (trigram index), one row per package. */
export interface PackageSearchTable {
  package_id: string;
  organization_id: string;
  search: string;
  reference: string | null;
  /** tsvector, generated from `search`. */
  document: Generated<string>;
  /** The package's, copied so a search page sorts on this table (kept in step by a trigger on packages). */
  created_at: Date;
  deleted_at: Date | null;
}

export interface TrackingEventsTable {
  seq: Generated<number>;
  id: Generated<string>;
  organization_id: string;
  event_id: string;
  package_id: string;
  status: string;
  carrier_code: string | null;
  description: string | null;
  occurred_at: Timestamp;
  received_at: Generated<Date>;
  facility_code: string | null;
  location_name: string | null;
  lat: number | null;
  lon: number | null;
  attributes: JSONColumnType<Record<string, unknown>, string, string>;
  /** The writing transaction: the events one batch committed share it (NULL before 2026-12-02). */
  batch: Generated<number | null>;
  /** Why (libs/core/src/reasons): an EventReason, from the code's mapping, the description, or neither. */
  reason: Generated<string>;
  reason_source: Generated<string>;
  /** The carrier code was not in the organization's mapping when the event was stored. */
  unmapped_code: Generated<boolean>;
}

/** An organization's own carrier code mapping rows; they override DEFAULT_CARRIER_CODE_MAPPINGS. */
export interface CarrierCodeMappingsTable {
  organization_id: string;
  /** Upper case; '*' for every carrier. */
  carrier: string;
  code: string;
  status: string | null;
  reason: string | null;
  description: string | null;
  updated_at: Generated<Date>;
}

/** Package edits (create, update, delete) in the log: positions from the same sequence as events. */
export interface PackageChangesTable {
  seq: Generated<number>;
  organization_id: string;
  package_id: string;
  change: 'CREATED' | 'UPDATED' | 'DELETED';
  changed_at: Generated<Date>;
}

export interface FacilitiesTable {
  organization_id: string;
  code: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
  updated_at: Generated<Date>;
}

export interface AnomaliesTable {
  id: Generated<string>;
  organization_id: string;
  package_id: string | null;
  facility_code: string | null;
  type: string;
  dedup_key: string;
  severity: string;
  confidence: number;
  summary: string;
  evidence: JSONColumnType<Record<string, unknown>, string, string>;
  state: Generated<string>;
  detected_at: Generated<Date>;
  updated_at: Generated<Date>;
  resolved_at: Timestamp | null;
  /** FACILITY_CONGESTION findings link the stalled packages' anomalies. */
  parent_id: string | null;
}

export interface InvestigationsTable {
  id: Generated<string>;
  organization_id: string;
  package_id: string;
  kind: string;
  state: Generated<string>;
  document: JSONColumnType<Record<string, unknown>, string, string>;
  error: string | null;
  created_at: CreatedAt;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
}

/** Consumers of the event log remember the last seq they processed, so a restart skips nothing. */
export interface ConsumerOffsetsTable {
  consumer: string;
  last_seq: number;
  updated_at: Generated<Date>;
}

export interface WebhookEndpointsTable {
  id: Generated<string>;
  organization_id: string;
  url: string;
  events: string[];
  /** Kept readable: every delivery is signed with it (HMAC-SHA256). */
  secret: string;
  enabled: Generated<boolean>;
  disabled_reason: string | null;
  consecutive_failures: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface OutboxEventsTable {
  id: Generated<string>;
  organization_id: string;
  type: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  created_at: Generated<Date>;
}

export interface OutboxDeliveriesTable {
  id: Generated<string>;
  organization_id: string;
  event_id: string;
  channel: 'webhook' | 'email' | 'ws';
  endpoint_id: string | null;
  state: Generated<'PENDING' | 'DELIVERED' | 'FAILED'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  give_up_at: Timestamp;
  created_at: Generated<Date>;
  delivered_at: Timestamp | null;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: string;
  attempted_at: Generated<Date>;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  response_excerpt: string | null;
}

export interface WebhookPackageStateTable {
  package_id: string;
  organization_id: string;
  status: string;
}

export interface WebhookEtaStateTable {
  package_id: string;
  organization_id: string;
  p50: Timestamp;
}

export interface NotificationSettingsTable {
  organization_id: string;
  email_to: string[];
  min_severity: string;
  investigations: boolean;
  digest_minutes: number | null;
  updated_at: Generated<Date>;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  packages: PackagesTable;
  package_search: PackageSearchTable;
  tracking_events: TrackingEventsTable;
  carrier_code_mappings: CarrierCodeMappingsTable;
  package_changes: PackageChangesTable;
  facilities: FacilitiesTable;
  anomalies: AnomaliesTable;
  investigations: InvestigationsTable;
  consumer_offsets: ConsumerOffsetsTable;
  webhook_endpoints: WebhookEndpointsTable;
  outbox_events: OutboxEventsTable;
  outbox_deliveries: OutboxDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  webhook_package_state: WebhookPackageStateTable;
  webhook_eta_state: WebhookEtaStateTable;
  notification_settings: NotificationSettingsTable;
}

export type PackageRow = Selectable<PackagesTable>;
export type NewPackageRow = Insertable<PackagesTable>;
export type TrackingEventRow = Selectable<TrackingEventsTable>;
export type CarrierCodeMappingRow = Selectable<CarrierCodeMappingsTable>;
export type PackageChangeRow = Selectable<PackageChangesTable>;
export type FacilityRow = Selectable<FacilitiesTable>;
export type AnomalyRow = Selectable<AnomaliesTable>;
export type InvestigationRow = Selectable<InvestigationsTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type OutboxDeliveryRow = Selectable<OutboxDeliveriesTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
export type NotificationSettingsRow = Selectable<NotificationSettingsTable>;
