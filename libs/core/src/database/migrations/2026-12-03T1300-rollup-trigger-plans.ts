import { sql, type Kysely } from 'kysely';

/**
 * The rollup triggers' statements that read tracking_events or packages are planned at each call (EXECUTE)
 * instead of once per connection.
 *
 * PL/pgSQL keeps a statement's plan for the life of the connection, and a statement without parameters gets
 * one plan, made at its first call; only DDL or ANALYZE on a table it reads makes a new one. A month's
 * partition starts empty, and once an ANALYZE has recorded it so (one after a bulk load, say) the planner costs
 * it at nothing: a connection whose first ingest batch came then planned "a package's reasons" as a sequential
 * scan of the partition inside a loop over the batch's packages, and kept that plan while the partition grew.
 * Every batch then read the whole month once per changed package (an UPDATE of packages ran for minutes at a
 * few hundred thousand events). Planned per call, the planner sees the partitions' current sizes (from their
 * page counts, even without fresh statistics) and probes the (package_id, reason) index; planning costs about
 * a millisecond. test/integration/rollup-trigger-plans.integration.test.ts replays that sequence.
 *
 * JIT is off in these functions: the planner cannot estimate the transition tables' join (it guesses a million
 * rows) nor, without statistics, a package's events, so per-call plans cost above jit_optimize_above_cost and
 * each trigger call spent ~3 s compiling LLVM code for a statement that runs in milliseconds.
 *
 * The move of a package's reasons on a status, carrier or deletion change also reads its events once (it read
 * them twice, and for every updated package before filtering the changed ones).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION package_rollup_change() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $fn$
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
      EXECUTE $q$
        INSERT INTO reason_rollup_delta
        SELECT o.organization_id, utc_day(o.created_at), o.carrier, o.status, r.reason, -count(*), -sum(r.events)
        FROM o CROSS JOIN LATERAL (SELECT e.reason, count(*) AS events FROM tracking_events e
                                   WHERE e.package_id = o.id AND e.reason <> 'OTHER' GROUP BY e.reason) r
        WHERE o.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5 $q$;
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
    -- Reasons follow the package's status and carrier: the events of a package whose key changed leave the old
    -- key (if it counted) and join the new one (if it counts).
    EXECUTE $q$
      INSERT INTO reason_rollup_delta
      SELECT k.organization_id, k.day, k.carrier, k.status, r.reason, sum(k.sign), sum(k.sign * r.events)
      FROM (
        SELECT n.id, o.organization_id AS o_org, utc_day(o.created_at) AS o_day, o.carrier AS o_carrier, o.status AS o_status, o.deleted_at IS NULL AS o_live,
               n.organization_id AS n_org, utc_day(n.created_at) AS n_day, n.carrier AS n_carrier, n.status AS n_status, n.deleted_at IS NULL AS n_live
        FROM o JOIN n ON n.id = o.id
        WHERE (o.status, o.carrier, o.deleted_at IS NULL) IS DISTINCT FROM (n.status, n.carrier, n.deleted_at IS NULL)
      ) AS m
      CROSS JOIN LATERAL (SELECT e.reason, count(*) AS events FROM tracking_events e WHERE e.package_id = m.id AND e.reason <> 'OTHER' GROUP BY e.reason) r
      CROSS JOIN LATERAL (VALUES (-1, m.o_org, m.o_day, m.o_carrier, m.o_status, m.o_live), (1, m.n_org, m.n_day, m.n_carrier, m.n_status, m.n_live))
        AS k(sign, organization_id, day, carrier, status, live)
      WHERE k.live
      GROUP BY 1, 2, 3, 4, 5
      HAVING sum(k.sign) <> 0 OR sum(k.sign * r.events) <> 0 $q$;
    RETURN NULL;
  END $fn$`.execute(db);

  // New events: per (package, reason) the events, and the package once if it had no earlier event of that
  // reason (appends are commit-ordered, so every earlier event has a lower seq and is visible here).
  await sql`CREATE OR REPLACE FUNCTION event_rollup_insert() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $fn$
  BEGIN
    EXECUTE $q$
      INSERT INTO reason_rollup_delta
      SELECT p.organization_id, utc_day(p.created_at), p.carrier, p.status, x.reason,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM tracking_events e WHERE e.package_id = x.package_id AND e.reason = x.reason
                                                  AND e.reason <> 'OTHER' AND e.seq < x.min_seq)),
             sum(x.events)
      FROM (SELECT package_id, reason, count(*) AS events, min(seq) AS min_seq FROM n WHERE reason <> 'OTHER' GROUP BY 1, 2) x
      JOIN packages p ON p.id = x.package_id AND p.deleted_at IS NULL
      GROUP BY 1, 2, 3, 4, 5 $q$;
    INSERT INTO event_hour_rollup_delta SELECT organization_id, utc_hour(received_at), count(*) FROM n GROUP BY 1, 2;
    RETURN NULL;
  END $fn$`.execute(db);
}

/** The functions as 2026-12-03T0630-package-stats-rollups made them (statements planned once per connection). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION package_rollup_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
  END $fn$`.execute(db);
  await sql`CREATE OR REPLACE FUNCTION event_rollup_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
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
  END $fn$`.execute(db);
}
