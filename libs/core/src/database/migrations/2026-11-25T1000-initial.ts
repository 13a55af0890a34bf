import { sql, type Kysely } from 'kysely';

// Plain SQL so the same statements run on PostgreSQL and PGlite.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`CREATE TABLE organizations (
    id text PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE api_keys (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL REFERENCES organizations(id),
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('admin', 'operator', 'viewer')),
    key_hash text NOT NULL UNIQUE,
    prefix text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
  )`.execute(db);

  await sql`CREATE TABLE packages (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    tracking_number text NOT NULL,
    carrier text NOT NULL,
    service_level text NOT NULL,
    reference text,
    recipient text,
    origin jsonb,
    destination jsonb,
    promised_delivery_at timestamptz,
    status text NOT NULL DEFAULT 'INFO_RECEIVED',
    current_location jsonb,
    location_at timestamptz,
    first_event_at timestamptz,
    last_event_at timestamptz,
    delivered_at timestamptz,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
  ) WITH (fillfactor = 85)`.execute(db);
  await sql`CREATE UNIQUE INDEX packages_tracking_number_key ON packages (organization_id, tracking_number) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX packages_created_idx ON packages (organization_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX packages_updated_idx ON packages (organization_id, updated_at DESC, id DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX packages_status_idx ON packages (organization_id, status, created_at DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX packages_carrier_idx ON packages (organization_id, carrier, created_at DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX packages_search_idx ON packages USING gin ((tracking_number || ' ' || coalesce(reference, '') || ' ' || coalesce(recipient, '')) gin_trgm_ops)`.execute(db);

  await sql`CREATE TABLE tracking_events (
    seq bigserial PRIMARY KEY,
    id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
    organization_id text NOT NULL,
    event_id text NOT NULL,
    package_id uuid NOT NULL REFERENCES packages(id),
    status text NOT NULL,
    carrier_code text,
    description text,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    facility_code text,
    location_name text,
    lat double precision,
    lon double precision,
    attributes jsonb NOT NULL DEFAULT '{}'
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX tracking_events_event_id_key ON tracking_events (organization_id, event_id)`.execute(db);
  await sql`CREATE INDEX tracking_events_package_idx ON tracking_events (package_id, occurred_at, seq)`.execute(db);
  await sql`CREATE INDEX tracking_events_received_idx ON tracking_events (organization_id, received_at)`.execute(db);
  await sql`CREATE INDEX tracking_events_org_seq_idx ON tracking_events (organization_id, seq)`.execute(db);

  await sql`CREATE TABLE facilities (
    organization_id text NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    lat double precision NOT NULL,
    lon double precision NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, code)
  )`.execute(db);

  await sql`CREATE TABLE anomalies (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    package_id uuid REFERENCES packages(id),
    facility_code text,
    type text NOT NULL,
    dedup_key text NOT NULL,
    severity text NOT NULL,
    confidence double precision NOT NULL,
    summary text NOT NULL,
    evidence jsonb NOT NULL DEFAULT '{}',
    state text NOT NULL DEFAULT 'OPEN',
    detected_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    parent_id uuid REFERENCES anomalies(id)
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX anomalies_dedup_key ON anomalies (organization_id, dedup_key)`.execute(db);
  await sql`CREATE INDEX anomalies_package_idx ON anomalies (package_id)`.execute(db);
  await sql`CREATE INDEX anomalies_state_idx ON anomalies (organization_id, state, detected_at DESC, id DESC)`.execute(db);

  await sql`CREATE TABLE investigations (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    package_id uuid NOT NULL REFERENCES packages(id),
    kind text NOT NULL,
    state text NOT NULL DEFAULT 'QUEUED',
    document jsonb NOT NULL DEFAULT '{}',
    error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    started_at timestamptz,
    completed_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX investigations_package_idx ON investigations (organization_id, package_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX investigations_state_idx ON investigations (state) WHERE state IN ('QUEUED', 'RUNNING')`.execute(db);

  await sql`CREATE TABLE consumer_offsets (
    consumer text PRIMARY KEY,
    last_seq bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['consumer_offsets', 'investigations', 'anomalies', 'facilities', 'tracking_events', 'packages', 'api_keys', 'organizations']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
