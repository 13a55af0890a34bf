import { sql, type Kysely } from 'kysely';

const COLUMNS = sql.raw(`seq, id, organization_id, event_id, package_id, status, carrier_code, description, occurred_at, received_at,
  facility_code, location_name, lat, lon, attributes, batch, reason, reason_source, unmapped_code`);

/**
 * tracking_events becomes a table partitioned by month of received_at (see README "A log that grows for
 * years"), so old months can be dropped whole and each month's indexes stay the size of a month.
 *
 * Unique keys of a partitioned table must contain the partition key, so per-organization eventId
 * de-duplication moves to tracking_event_keys, written first in the same append statement; the primary key
 * becomes (seq, received_at). received_at now defaults to the append statement's start: the append runs under
 * the log lock (event-log.ts), so that time never goes back as seq goes up and months hold ranges of the log.
 *
 * event_log_horizon remembers what retention dropped: positions up to expired_through may be gone, and
 * packages created before expired_before may have lost events.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE tracking_event_keys (
    organization_id text NOT NULL, event_id text NOT NULL, PRIMARY KEY (organization_id, event_id)
  )`.execute(db);
  await sql`CREATE TABLE event_log_horizon (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    expired_through bigint NOT NULL DEFAULT 0,
    expired_before timestamptz
  )`.execute(db);
  await sql`INSERT INTO event_log_horizon DEFAULT VALUES`.execute(db);

  // The old table gives up its name, trigger, index names and sequence; it is dropped once copied.
  await sql`ALTER TABLE tracking_events RENAME TO tracking_events_unpartitioned`.execute(db);
  await sql`DROP TRIGGER tracking_events_rollup_insert ON tracking_events_unpartitioned`.execute(db);
  await sql`ALTER SEQUENCE tracking_events_seq_seq OWNED BY NONE`.execute(db);
  await sql`ALTER TABLE tracking_events_unpartitioned DROP CONSTRAINT tracking_events_pkey, DROP CONSTRAINT tracking_events_id_key`.execute(db);
  for (const index of OLD_INDEXES) await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);

  await sql`CREATE TABLE tracking_events (
    seq bigint NOT NULL DEFAULT nextval('tracking_events_seq_seq'),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    organization_id text NOT NULL,
    event_id text NOT NULL,
    package_id uuid NOT NULL REFERENCES packages(id),
    status text NOT NULL,
    carrier_code text,
    description text,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT statement_timestamp(),
    facility_code text,
    location_name text,
    lat double precision,
    lon double precision,
    attributes jsonb NOT NULL DEFAULT '{}',
    batch bigint DEFAULT (pg_current_xact_id()::text::bigint),
    reason text NOT NULL DEFAULT 'OTHER',
    reason_source text NOT NULL DEFAULT 'DEFAULT',
    unmapped_code boolean NOT NULL DEFAULT false,
    PRIMARY KEY (seq, received_at)
  ) PARTITION BY RANGE (received_at)`.execute(db);
  await sql`ALTER SEQUENCE tracking_events_seq_seq OWNED BY tracking_events.seq`.execute(db);
  // Inserts never fail for want of a partition: what no month takes lands here until its month is created.
  await sql`CREATE TABLE tracking_events_default PARTITION OF tracking_events DEFAULT`.execute(db);
  await sql`CREATE FUNCTION ensure_tracking_events_partition(month date) RETURNS boolean LANGUAGE plpgsql AS $$
  DECLARE
    name text := 'tracking_events_' || to_char(month::timestamp, 'YYYY_MM');
    lo timestamptz := date_trunc('month', month::timestamp) AT TIME ZONE 'UTC';
    hi timestamptz := (date_trunc('month', month::timestamp) + interval '1 month') AT TIME ZONE 'UTC';
  BEGIN
    IF to_regclass(name) IS NOT NULL THEN RETURN false; END IF;
    IF NOT EXISTS (SELECT 1 FROM tracking_events_default WHERE received_at >= lo AND received_at < hi) THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF tracking_events FOR VALUES FROM (%L) TO (%L)', name, lo, hi);
      RETURN true;
    END IF;
    -- The default partition took this month's events (nobody created it in time): they move into it. Inserted
    -- into the partition itself, so the statement triggers on tracking_events (rollups) do not count them again.
    EXECUTE format('CREATE TABLE %I (LIKE tracking_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
    ALTER TABLE tracking_events DETACH PARTITION tracking_events_default;
    EXECUTE format('INSERT INTO %I SELECT * FROM tracking_events_default WHERE received_at >= $1 AND received_at < $2', name) USING lo, hi;
    DELETE FROM tracking_events_default WHERE received_at >= lo AND received_at < hi;
    EXECUTE format('ALTER TABLE tracking_events ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, lo, hi);
    ALTER TABLE tracking_events ATTACH PARTITION tracking_events_default DEFAULT;
    RETURN true;
  END $$`.execute(db);

  // Every month the existing rows span, this one and the next three.
  await sql`SELECT ensure_tracking_events_partition(m::date)
    FROM generate_series(
      date_trunc('month', least(now(), (SELECT min(received_at) FROM tracking_events_unpartitioned)) AT TIME ZONE 'UTC'),
      date_trunc('month', now() AT TIME ZONE 'UTC') + interval '3 months', interval '1 month') AS m`.execute(db);

  await sql`INSERT INTO tracking_events (${COLUMNS}) SELECT ${COLUMNS} FROM tracking_events_unpartitioned ORDER BY seq`.execute(db);
  await sql`INSERT INTO tracking_event_keys SELECT organization_id, event_id FROM tracking_events_unpartitioned`.execute(db);
  await sql`DROP TABLE tracking_events_unpartitioned`.execute(db);

  for (const statement of INDEXES) await sql.raw(statement).execute(db);
  // Statement triggers with transition tables on a partitioned table see the rows routed to every partition.
  await sql`CREATE TRIGGER tracking_events_rollup_insert AFTER INSERT ON tracking_events REFERENCING NEW TABLE AS n
    FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_insert()`.execute(db);
  await sql`ANALYZE tracking_events`.execute(db);
}

const OLD_INDEXES = [
  'tracking_events_event_id_key',
  'tracking_events_package_idx',
  'tracking_events_received_idx',
  'tracking_events_org_seq_idx',
  'tracking_events_org_occurred_idx',
  'tracking_events_reason_idx',
  'tracking_events_unmapped_idx',
  'tracking_events_package_reason_idx',
];

/** The old secondary indexes, partitioned now (each partition has its own); the eventId one lives on tracking_event_keys. */
const INDEXES = [
  'CREATE INDEX tracking_events_package_idx ON tracking_events (package_id, occurred_at, seq)',
  'CREATE INDEX tracking_events_received_idx ON tracking_events (organization_id, received_at)',
  'CREATE INDEX tracking_events_org_seq_idx ON tracking_events (organization_id, seq)',
  'CREATE INDEX tracking_events_org_occurred_idx ON tracking_events (organization_id, occurred_at)',
  "CREATE INDEX tracking_events_reason_idx ON tracking_events (organization_id, reason, package_id) WHERE reason <> 'OTHER'",
  'CREATE INDEX tracking_events_unmapped_idx ON tracking_events (organization_id, carrier_code) WHERE unmapped_code',
  "CREATE INDEX tracking_events_package_reason_idx ON tracking_events (package_id, reason) WHERE reason <> 'OTHER'",
];

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tracking_events RENAME TO tracking_events_partitioned`.execute(db);
  await sql`DROP TRIGGER tracking_events_rollup_insert ON tracking_events_partitioned`.execute(db);
  await sql`ALTER SEQUENCE tracking_events_seq_seq OWNED BY NONE`.execute(db);
  for (const index of OLD_INDEXES) await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
  await sql`ALTER TABLE tracking_events_partitioned DROP CONSTRAINT tracking_events_pkey`.execute(db);
  await sql`CREATE TABLE tracking_events (LIKE tracking_events_partitioned INCLUDING DEFAULTS)`.execute(db);
  await sql`ALTER TABLE tracking_events ADD PRIMARY KEY (seq), ADD UNIQUE (id), ADD FOREIGN KEY (package_id) REFERENCES packages(id),
    ALTER COLUMN received_at SET DEFAULT now()`.execute(db);
  await sql`ALTER SEQUENCE tracking_events_seq_seq OWNED BY tracking_events.seq`.execute(db);
  await sql`INSERT INTO tracking_events SELECT * FROM tracking_events_partitioned ORDER BY seq`.execute(db);
  await sql`DROP TABLE tracking_events_partitioned`.execute(db);
  await sql`CREATE UNIQUE INDEX tracking_events_event_id_key ON tracking_events (organization_id, event_id)`.execute(db);
  for (const statement of INDEXES) await sql.raw(statement).execute(db);
  await sql`CREATE TRIGGER tracking_events_rollup_insert AFTER INSERT ON tracking_events REFERENCING NEW TABLE AS n
    FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_insert()`.execute(db);
  await sql`DROP FUNCTION ensure_tracking_events_partition(date)`.execute(db);
  await sql`DROP TABLE tracking_event_keys, event_log_horizon`.execute(db);
}
