import { sql, type Kysely } from 'kysely';

/**
 * Maintained rollups for packageStats and totalCount: per organization, created day (UTC), carrier, status
 * (and transit-time bucket) the packages, delivered-with-promise and on-time counts; per the same key and
 * reason the packages and events; events received per hour.
 *
 * Triggers keep them in the writing transaction, for every writer (ingest, edits, bulk loads), but they only
 * ever INSERT into append-only delta tables: no row a trigger touches is shared with a concurrent writer,
 * so ingest batches never queue on a hot counter row and nothing waits while holding the log's append lock
 * (the events trigger runs inside it; see event-log.ts). compact_package_rollups() folds the deltas into the
 * rollup tables under a try-lock (one compactor at a time); readers add rollup and pending deltas, so an
 * answer is exact whenever compaction last ran.
 *
 * Transit times are kept as a histogram: bucket b ≥ 1 holds hours in [0.01·1.05^(b−1), 0.01·1.05^b), bucket 0
 * below 0.01 h, -1 none (not delivered or never scanned), with the sum of the transit times in it (microseconds,
 * exact integer sums): a bucket stands for its mean, so percentiles are exact where a bucket holds one
 * value and within the bucket's 5% otherwise (in practice far closer).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION transit_bucket(delivered_at timestamptz, first_event_at timestamptz) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN delivered_at IS NULL OR first_event_at IS NULL THEN -1
                WHEN extract(epoch FROM delivered_at - first_event_at) / 3600.0 < 0.01 THEN 0
                ELSE least(30000, 1 + floor(ln(extract(epoch FROM delivered_at - first_event_at) / 36.0) / ln(1.05)))::smallint END $$`.execute(db);
  await sql`CREATE FUNCTION utc_day(timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ($1 AT TIME ZONE 'UTC')::date $$`.execute(db);
  await sql`CREATE FUNCTION utc_hour(timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT date_trunc('hour', $1 AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' $$`.execute(db);

  for (const table of ['package_rollup', 'package_rollup_delta']) {
    await sql`CREATE TABLE ${sql.table(table)} (
      organization_id text NOT NULL, day date NOT NULL, carrier text NOT NULL, status text NOT NULL, transit_bucket smallint NOT NULL,
      packages bigint NOT NULL, promised_delivered bigint NOT NULL, on_time bigint NOT NULL, transit_us bigint NOT NULL
    )`.execute(db);
  }
  for (const table of ['reason_rollup', 'reason_rollup_delta']) {
    await sql`CREATE TABLE ${sql.table(table)} (
      organization_id text NOT NULL, day date NOT NULL, carrier text NOT NULL, status text NOT NULL, reason text NOT NULL,
      packages bigint NOT NULL, events bigint NOT NULL
    )`.execute(db);
  }
  for (const table of ['event_hour_rollup', 'event_hour_rollup_delta']) {
    await sql`CREATE TABLE ${sql.table(table)} (organization_id text NOT NULL, hour timestamptz NOT NULL, events bigint NOT NULL)`.execute(db);
  }
  await sql`ALTER TABLE package_rollup ADD PRIMARY KEY (organization_id, day, carrier, status, transit_bucket)`.execute(db);
  await sql`ALTER TABLE reason_rollup ADD PRIMARY KEY (organization_id, day, carrier, status, reason)`.execute(db);
  await sql`ALTER TABLE event_hour_rollup ADD PRIMARY KEY (organization_id, hour)`.execute(db);
  for (const table of ['package_rollup_delta', 'reason_rollup_delta', 'event_hour_rollup_delta']) {
    await sql`CREATE INDEX ${sql.id(`${table}_org_idx`)} ON ${sql.table(table)} (organization_id)`.execute(db);
  }
  // Moving a package's reasons when its status changes reads only its non-OTHER events.
  await sql`CREATE INDEX tracking_events_package_reason_idx ON tracking_events (package_id, reason) WHERE reason <> 'OTHER'`.execute(db);

  // A package's contribution: +1 for each live row of `n`, −1 for each of `o` (deleted packages count nowhere).
  await sql`CREATE FUNCTION package_rollup_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO package_rollup_delta
      SELECT organization_id, utc_day(created_at), carrier, status, transit_bucket(delivered_at, first_event_at), count(*),
             count(*) FILTER (WHERE delivered_at IS NOT NULL AND promised_delivery_at IS NOT NULL),
             count(*) FILTER (WHERE delivered_at <= promised_delivery_at), sum(coalesce((extract(epoch FROM delivered_at - first_event_at) * 1000000)::bigint, 0))
      FROM n WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
      RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
      INSERT INTO package_rollup_delta
      SELECT organization_id, utc_day(created_at), carrier, status, transit_bucket(delivered_at, first_event_at), -count(*),
             -count(*) FILTER (WHERE delivered_at IS NOT NULL AND promised_delivery_at IS NOT NULL),
             -count(*) FILTER (WHERE delivered_at <= promised_delivery_at), -sum(coalesce((extract(epoch FROM delivered_at - first_event_at) * 1000000)::bigint, 0))
      FROM o WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
      INSERT INTO reason_rollup_delta
      SELECT o.organization_id, utc_day(o.created_at), o.carrier, o.status, r.reason, -count(*), -sum(r.events)
      FROM o CROSS JOIN LATERAL (SELECT e.reason, count(*) AS events FROM tracking_events e
                                 WHERE e.package_id = o.id AND e.reason <> 'OTHER' GROUP BY e.reason) r
      WHERE o.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
      RETURN NULL;
    END IF;
    INSERT INTO package_rollup_delta
    SELECT organization_id, day, carrier, status, bucket, sum(sign), sum(sign * promised), sum(sign * on_time), sum(sign * us)
    FROM (
      SELECT -1 AS sign, organization_id, utc_day(created_at) AS day, carrier, status, transit_bucket(delivered_at, first_event_at) AS bucket,
             (delivered_at IS NOT NULL AND promised_delivery_at IS NOT NULL)::int AS promised, coalesce(delivered_at <= promised_delivery_at, false)::int AS on_time,
             coalesce((extract(epoch FROM delivered_at - first_event_at) * 1000000)::bigint, 0) AS us
      FROM o WHERE deleted_at IS NULL
      UNION ALL
      SELECT 1, organization_id, utc_day(created_at), carrier, status, transit_bucket(delivered_at, first_event_at),
             (delivered_at IS NOT NULL AND promised_delivery_at IS NOT NULL)::int, coalesce(delivered_at <= promised_delivery_at, false)::int,
             coalesce((extract(epoch FROM delivered_at - first_event_at) * 1000000)::bigint, 0)
      FROM n WHERE deleted_at IS NULL
    ) AS c
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(sign) <> 0 OR sum(sign * promised) <> 0 OR sum(sign * on_time) <> 0 OR sum(sign * us) <> 0;
    -- Reasons follow the package's status and carrier: move the events of packages whose key changed.
    INSERT INTO reason_rollup_delta
    SELECT organization_id, day, carrier, status, reason, sum(sign), sum(sign * events)
    FROM (
      SELECT -1 AS sign, o.organization_id, utc_day(o.created_at) AS day, o.carrier, o.status, r.reason, r.events
      FROM o JOIN n ON n.id = o.id
      CROSS JOIN LATERAL (SELECT e.reason, count(*) AS events FROM tracking_events e WHERE e.package_id = o.id AND e.reason <> 'OTHER' GROUP BY e.reason) r
      WHERE o.deleted_at IS NULL AND (o.status, o.carrier, n.deleted_at IS NULL) IS DISTINCT FROM (n.status, n.carrier, true)
      UNION ALL
      SELECT 1, n.organization_id, utc_day(n.created_at), n.carrier, n.status, r.reason, r.events
      FROM n JOIN o ON o.id = n.id
      CROSS JOIN LATERAL (SELECT e.reason, count(*) AS events FROM tracking_events e WHERE e.package_id = n.id AND e.reason <> 'OTHER' GROUP BY e.reason) r
      WHERE n.deleted_at IS NULL AND (o.status, o.carrier, o.deleted_at IS NULL) IS DISTINCT FROM (n.status, n.carrier, true)
    ) AS c
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(sign) <> 0 OR sum(sign * events) <> 0;
    RETURN NULL;
  END $$`.execute(db);
  await sql`CREATE TRIGGER packages_rollup_insert AFTER INSERT ON packages REFERENCING NEW TABLE AS n
    FOR EACH STATEMENT EXECUTE FUNCTION package_rollup_change()`.execute(db);
  await sql`CREATE TRIGGER packages_rollup_update AFTER UPDATE ON packages REFERENCING OLD TABLE AS o NEW TABLE AS n
    FOR EACH STATEMENT EXECUTE FUNCTION package_rollup_change()`.execute(db);
  await sql`CREATE TRIGGER packages_rollup_delete AFTER DELETE ON packages REFERENCING OLD TABLE AS o
    FOR EACH STATEMENT EXECUTE FUNCTION package_rollup_change()`.execute(db);

  // New events: per (package, reason) the events, and the package once if it had no earlier event of that
  // reason (appends are commit-ordered, so every earlier event has a lower seq and is visible here).
  await sql`CREATE FUNCTION event_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO reason_rollup_delta
    SELECT p.organization_id, utc_day(p.created_at), p.carrier, p.status, x.reason,
           count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM tracking_events e WHERE e.package_id = x.package_id AND e.reason = x.reason
                                                AND e.reason <> 'OTHER' AND e.seq < x.min_seq)),
           sum(x.events)
    FROM (SELECT package_id, reason, count(*) AS events, min(seq) AS min_seq FROM n WHERE reason <> 'OTHER' GROUP BY 1, 2) x
    JOIN packages p ON p.id = x.package_id AND p.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO event_hour_rollup_delta SELECT organization_id, utc_hour(received_at), count(*) FROM n GROUP BY 1, 2;
    RETURN NULL;
  END $$`.execute(db);
  await sql`CREATE TRIGGER tracking_events_rollup_insert AFTER INSERT ON tracking_events REFERENCING NEW TABLE AS n
    FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_insert()`.execute(db);

  // Deltas into rollups, one compactor at a time (others return at once); key order keeps lock order fixed.
  await sql`CREATE FUNCTION compact_package_rollups() RETURNS boolean LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT pg_try_advisory_xact_lock(${sql.lit(ROLLUP_COMPACTION_LOCK)}) THEN RETURN false; END IF;
    WITH d AS (DELETE FROM package_rollup_delta RETURNING *)
    INSERT INTO package_rollup
    SELECT organization_id, day, carrier, status, transit_bucket, sum(packages), sum(promised_delivered), sum(on_time), sum(transit_us)
    FROM d GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (organization_id, day, carrier, status, transit_bucket) DO UPDATE SET
      packages = package_rollup.packages + excluded.packages,
      promised_delivered = package_rollup.promised_delivered + excluded.promised_delivered,
      on_time = package_rollup.on_time + excluded.on_time,
      transit_us = package_rollup.transit_us + excluded.transit_us;
    WITH d AS (DELETE FROM reason_rollup_delta RETURNING *)
    INSERT INTO reason_rollup
    SELECT organization_id, day, carrier, status, reason, sum(packages), sum(events)
    FROM d GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (organization_id, day, carrier, status, reason) DO UPDATE SET
      packages = reason_rollup.packages + excluded.packages, events = reason_rollup.events + excluded.events;
    WITH d AS (DELETE FROM event_hour_rollup_delta RETURNING *)
    INSERT INTO event_hour_rollup SELECT organization_id, hour, sum(events) FROM d GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (organization_id, hour) DO UPDATE SET events = event_hour_rollup.events + excluded.events;
    DELETE FROM package_rollup WHERE packages = 0 AND promised_delivered = 0 AND on_time = 0;
    DELETE FROM reason_rollup WHERE packages = 0 AND events = 0;
    RETURN true;
  END $$`.execute(db);

  // Backfill: the triggers above already hold the tables against concurrent writers until this commits.
  await sql`INSERT INTO package_rollup_delta
    SELECT organization_id, utc_day(created_at), carrier, status, transit_bucket(delivered_at, first_event_at), count(*),
           count(*) FILTER (WHERE delivered_at IS NOT NULL AND promised_delivery_at IS NOT NULL),
           count(*) FILTER (WHERE delivered_at <= promised_delivery_at), sum(coalesce((extract(epoch FROM delivered_at - first_event_at) * 1000000)::bigint, 0))
    FROM packages WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5`.execute(db);
  await sql`INSERT INTO reason_rollup_delta
    SELECT p.organization_id, utc_day(p.created_at), p.carrier, p.status, e.reason, count(DISTINCT e.package_id), count(*)
    FROM tracking_events e JOIN packages p ON p.id = e.package_id AND p.deleted_at IS NULL
    WHERE e.reason <> 'OTHER' GROUP BY 1, 2, 3, 4, 5`.execute(db);
  await sql`INSERT INTO event_hour_rollup_delta SELECT organization_id, utc_hour(received_at), count(*) FROM tracking_events GROUP BY 1, 2`.execute(db);
  await sql`SELECT compact_package_rollups()`.execute(db);
}

/** Any fixed number: at most one compaction at a time. */
export const ROLLUP_COMPACTION_LOCK = 0x436c_5061_7469;

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER tracking_events_rollup_insert ON tracking_events`.execute(db);
  for (const t of ['packages_rollup_insert', 'packages_rollup_update', 'packages_rollup_delete']) await sql`DROP TRIGGER ${sql.id(t)} ON packages`.execute(db);
  await sql`DROP FUNCTION compact_package_rollups(), event_rollup_insert(), package_rollup_change()`.execute(db);
  await sql`DROP INDEX tracking_events_package_reason_idx`.execute(db);
  for (const t of ['package_rollup', 'package_rollup_delta', 'reason_rollup', 'reason_rollup_delta', 'event_hour_rollup', 'event_hour_rollup_delta']) {
    await sql`DROP TABLE ${sql.table(t)}`.execute(db);
  }
  await sql`DROP FUNCTION transit_bucket(timestamptz, timestamptz), utc_day(timestamptz), utc_hour(timestamptz)`.execute(db);
}
