import { sql, type Kysely } from 'kysely';

/**
 * Outgoing integrations: webhook endpoints, an outbox of events (written in the transaction of the change
 * that caused them, or by the consumer that follows the log), one delivery row per event and target
 * (webhook endpoint, e-mail, legacy WebSocket), and the log of every delivery attempt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE webhook_endpoints (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    url text NOT NULL,
    events text[] NOT NULL,
    secret text NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    disabled_reason text,
    consecutive_failures integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX webhook_endpoints_org_idx ON webhook_endpoints (organization_id, created_at)`.execute(db);

  await sql`CREATE TABLE outbox_events (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    type text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);

  await sql`CREATE TABLE outbox_deliveries (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    event_id uuid NOT NULL REFERENCES outbox_events(id) ON DELETE CASCADE,
    channel text NOT NULL CHECK (channel IN ('webhook', 'email', 'ws')),
    endpoint_id uuid REFERENCES webhook_endpoints(id) ON DELETE CASCADE,
    state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error text,
    -- Retries stop here (CLEARPATH_WEBHOOK_RETRY_HOURS after the event; a redelivery starts a new window).
    give_up_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX outbox_deliveries_due_idx ON outbox_deliveries (next_attempt_at) WHERE state = 'PENDING'`.execute(db);
  await sql`CREATE INDEX outbox_deliveries_endpoint_idx ON outbox_deliveries (endpoint_id, created_at DESC)`.execute(db);

  await sql`CREATE TABLE webhook_attempts (
    id bigserial PRIMARY KEY,
    delivery_id uuid NOT NULL REFERENCES outbox_deliveries(id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL DEFAULT now(),
    status_code integer,
    latency_ms integer NOT NULL,
    error text,
    response_excerpt text
  )`.execute(db);
  await sql`CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id)`.execute(db);

  // What the log follower last told about a package, so a status change is announced once.
  await sql`CREATE TABLE webhook_package_state (
    package_id uuid PRIMARY KEY,
    organization_id text NOT NULL,
    status text NOT NULL
  )`.execute(db);
  // The predicted delivery (p50) detection last told about (eta.changed); detection keeps it, apart from the above.
  await sql`CREATE TABLE webhook_eta_state (
    package_id uuid PRIMARY KEY,
    organization_id text NOT NULL,
    p50 timestamptz NOT NULL
  )`.execute(db);

  await sql`CREATE TABLE notification_settings (
    organization_id text PRIMARY KEY,
    email_to text[] NOT NULL DEFAULT '{}',
    min_severity text NOT NULL DEFAULT 'HIGH',
    investigations boolean NOT NULL DEFAULT true,
    digest_minutes integer,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['notification_settings', 'webhook_eta_state', 'webhook_package_state', 'webhook_attempts', 'outbox_deliveries', 'outbox_events', 'webhook_endpoints']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
