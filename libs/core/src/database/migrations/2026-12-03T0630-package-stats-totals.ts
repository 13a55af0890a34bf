import { sql, type Kysely } from 'kysely';
import { ROLLUP_COMPACTION_LOCK } from './2026-12-03T0630-package-stats-rollups.js';

/**
 * All-time rollups beside the per-day ones: at a million packages over 180 days the per-day table holds
 * ~85,000 rows (days × carriers × statuses × transit buckets), which a question without a day range had to
 * add up. Per organization, carrier, status (and bucket or reason) it is a few hundred to a few thousand.
 * The same deltas feed both: compaction folds each delta row into the day table and the all-time table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE package_rollup_total (
    organization_id text NOT NULL, carrier text NOT NULL, status text NOT NULL, transit_bucket smallint NOT NULL,
    packages bigint NOT NULL, promised_delivered bigint NOT NULL, on_time bigint NOT NULL, transit_us bigint NOT NULL,
    PRIMARY KEY (organization_id, carrier, status, transit_bucket)
  )`.execute(db);
  await sql`CREATE TABLE reason_rollup_total (
    organization_id text NOT NULL, carrier text NOT NULL, status text NOT NULL, reason text NOT NULL,
    packages bigint NOT NULL, events bigint NOT NULL,
    PRIMARY KEY (organization_id, carrier, status, reason)
  )`.execute(db);
  await sql`CREATE OR REPLACE FUNCTION compact_package_rollups() RETURNS boolean LANGUAGE plpgsql AS $$
  BEGIN
    IF NOT pg_try_advisory_xact_lock(${sql.lit(ROLLUP_COMPACTION_LOCK)}) THEN RETURN false; END IF;
    WITH d AS (DELETE FROM package_rollup_delta RETURNING *),
    by_day AS (
      INSERT INTO package_rollup
      SELECT organization_id, day, carrier, status, transit_bucket, sum(packages), sum(promised_delivered), sum(on_time), sum(transit_us)
      FROM d GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (organization_id, day, carrier, status, transit_bucket) DO UPDATE SET
        packages = package_rollup.packages + excluded.packages,
        promised_delivered = package_rollup.promised_delivered + excluded.promised_delivered,
        on_time = package_rollup.on_time + excluded.on_time,
        transit_us = package_rollup.transit_us + excluded.transit_us
    )
    INSERT INTO package_rollup_total
    SELECT organization_id, carrier, status, transit_bucket, sum(packages), sum(promised_delivered), sum(on_time), sum(transit_us)
    FROM d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (organization_id, carrier, status, transit_bucket) DO UPDATE SET
      packages = package_rollup_total.packages + excluded.packages,
      promised_delivered = package_rollup_total.promised_delivered + excluded.promised_delivered,
      on_time = package_rollup_total.on_time + excluded.on_time,
      transit_us = package_rollup_total.transit_us + excluded.transit_us;
    WITH d AS (DELETE FROM reason_rollup_delta RETURNING *),
    by_day AS (
      INSERT INTO reason_rollup
      SELECT organization_id, day, carrier, status, reason, sum(packages), sum(events)
      FROM d GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (organization_id, day, carrier, status, reason) DO UPDATE SET
        packages = reason_rollup.packages + excluded.packages, events = reason_rollup.events + excluded.events
    )
    INSERT INTO reason_rollup_total
    SELECT organization_id, carrier, status, reason, sum(packages), sum(events)
    FROM d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (organization_id, carrier, status, reason) DO UPDATE SET
      packages = reason_rollup_total.packages + excluded.packages, events = reason_rollup_total.events + excluded.events;
    WITH d AS (DELETE FROM event_hour_rollup_delta RETURNING *)
    INSERT INTO event_hour_rollup SELECT organization_id, hour, sum(events) FROM d GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (organization_id, hour) DO UPDATE SET events = event_hour_rollup.events + excluded.events;
    DELETE FROM package_rollup WHERE packages = 0 AND promised_delivered = 0 AND on_time = 0 AND transit_us = 0;
    DELETE FROM package_rollup_total WHERE packages = 0 AND promised_delivered = 0 AND on_time = 0 AND transit_us = 0;
    DELETE FROM reason_rollup WHERE packages = 0 AND events = 0;
    DELETE FROM reason_rollup_total WHERE packages = 0 AND events = 0;
    RETURN true;
  END $$`.execute(db);
  // Backfill from the day tables, with pending deltas folded in first (the new function folds into both).
  await sql`INSERT INTO package_rollup_total
    SELECT organization_id, carrier, status, transit_bucket, sum(packages), sum(promised_delivered), sum(on_time), sum(transit_us)
    FROM package_rollup GROUP BY 1, 2, 3, 4`.execute(db);
  await sql`INSERT INTO reason_rollup_total
    SELECT organization_id, carrier, status, reason, sum(packages), sum(events) FROM reason_rollup GROUP BY 1, 2, 3, 4`.execute(db);
  await sql`SELECT compact_package_rollups()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE package_rollup_total, reason_rollup_total`.execute(db);
}
