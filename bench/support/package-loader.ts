import type pg from 'pg';

const FIRST_NAMES = ['Anna', 'Ben', 'Chloé', 'David', 'Emma', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kim', 'Lena', 'Mateo', 'Nina', 'Omar', 'Paula', 'Quinn', 'Rosa', 'Sven', 'Tara', 'Umut', 'Vera', 'Wim', 'Yara', 'Zoe', 'Liam', 'Mia', 'Noah', 'Sofia', 'Lucas'];
const LAST_NAMES = ['Müller', 'Schmidt', 'Jansen', 'de Vries', 'Smith', 'Johnson', 'García', 'Martin', 'Rossi', 'Novak', 'Kowalski', 'Bakker', 'Dubois', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Visser', 'Brown', 'Taylor', 'Wilson', 'Moore', 'Lopez', 'Bianchi', 'Silva', 'Nielsen', 'Andersen', 'Peeters', 'Lambert', 'Costa', 'Horvat', 'Popescu', 'Nagy', 'Svensson', 'Larsen', 'Keller', 'Wolf'];
const CITIES = ['Amsterdam', 'Berlin', 'Hamburg', 'Munich', 'Rotterdam', 'Utrecht', 'Cologne', 'Frankfurt', 'Leipzig', 'Antwerp', 'Brussels', 'Paris', 'Lyon', 'Vienna', 'Zurich', 'Prague', 'Warsaw', 'Milan', 'Madrid', 'Copenhagen'];

/** Every secondary index of a table, to drop before a bulk load and build once afterwards. */
async function secondaryIndexes(client: pg.ClientBase, table: string): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename = $1
       AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = $1::regclass)`,
    [table],
  );
  return rows.map((r) => ({ name: r.indexname, definition: r.indexdef }));
}

/**
 * Loads `count` packages of one organization in SQL: carriers DHL 30% / UPS 25% / FedEx 20% / USPS 15% /
 * PostNL 10%; created over the last 180 days; packages older than two weeks are mostly delivered (1% still
 * in transit: lost), recent ones spread over the in-flight statuses; 80% have an order reference and all a
 * recipient name. The migrations' secondary indexes are dropped for the load and rebuilt after it (the
 * same definitions), which is how a bulk import would do it. The rollup triggers see the load as one
 * statement; their deltas are compacted at the end, as the service's background compaction would.
 */
export async function loadManyPackages(client: pg.ClientBase, organizationId: string, count: number): Promise<{ insertMs: number; indexMs: number }> {
  const indexes = [...(await secondaryIndexes(client, 'packages')), ...(await secondaryIndexes(client, 'package_search'))];
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  const t0 = performance.now();
  await client.query('SELECT setseed(0.42)');
  await client.query(
    `INSERT INTO packages (organization_id, tracking_number, carrier, service_level, reference, recipient, origin, destination,
                           promised_delivery_at, status, current_location, location_at, first_event_at, last_event_at, delivered_at,
                           metadata, created_at, updated_at)
     SELECT $1, tracking_number, carrier, service_level, reference, recipient,
            jsonb_build_object('name', 'Warehouse ' || origin_city, 'address', origin_city),
            jsonb_build_object('name', recipient, 'address', (r7 * 200)::int || ' Main Street, ' || dest_city),
            created_at + CASE service_level WHEN 'EXPRESS' THEN interval '1 day' WHEN 'STANDARD' THEN interval '3 days' ELSE interval '6 days' END,
            status,
            CASE WHEN status <> 'INFO_RECEIVED' THEN jsonb_build_object('facilityCode', 'FAC' || lpad((1 + (r7 * 40)::int)::text, 3, '0'), 'name', dest_city) END,
            CASE WHEN status <> 'INFO_RECEIVED' THEN last_event_at END,
            CASE WHEN status <> 'INFO_RECEIVED' THEN created_at + interval '2 hours' END,
            CASE WHEN status <> 'INFO_RECEIVED' THEN last_event_at END,
            CASE WHEN status = 'DELIVERED' THEN last_event_at END,
            jsonb_build_object('weightKg', round((r8 * 20)::numeric, 1)),
            created_at, coalesce(last_event_at, created_at)
     FROM (
       SELECT s.*,
              (ARRAY['JD01', '1Z', '7489', '9400', '3S'])[carrier_index] || lpad(((i::bigint * 2654435761) % 10000000000)::text, 10, '0') AS tracking_number,
              (ARRAY['DHL', 'UPS', 'FedEx', 'USPS', 'PostNL'])[carrier_index] AS carrier,
              CASE WHEN r2 < 0.2 THEN 'EXPRESS' WHEN r2 < 0.85 THEN 'STANDARD' ELSE 'ECONOMY' END AS service_level,
              CASE WHEN r3 < 0.8 THEN 'ORD-' || (1000000 + (r3 * 11250000)::int) END AS reference,
              ($3::text[])[1 + (r4 * 29)::int] || ' ' || ($4::text[])[1 + (r5 * 39)::int] AS recipient,
              ($5::text[])[1 + (r5 * 19)::int] AS origin_city,
              ($5::text[])[1 + (r4 * 19)::int] AS dest_city,
              CASE
                WHEN age_days > 14 THEN CASE WHEN r6 < 0.93 THEN 'DELIVERED' WHEN r6 < 0.96 THEN 'RETURNED' WHEN r6 < 0.975 THEN 'EXCEPTION'
                                             WHEN r6 < 0.99 THEN 'IN_TRANSIT' ELSE 'CANCELLED' END
                ELSE CASE WHEN r6 < 0.10 THEN 'INFO_RECEIVED' WHEN r6 < 0.55 THEN 'IN_TRANSIT' WHEN r6 < 0.65 THEN 'OUT_FOR_DELIVERY'
                          WHEN r6 < 0.69 THEN 'FAILED_ATTEMPT' WHEN r6 < 0.72 THEN 'AVAILABLE_FOR_PICKUP' WHEN r6 < 0.75 THEN 'EXCEPTION'
                          ELSE 'DELIVERED' END
              END AS status,
              CASE WHEN r6 >= 0.10 OR age_days > 14 THEN least(now(), created_at + (r8 * 5) * interval '1 day') END AS last_event_at
       FROM (
         SELECT i, r2, r3, r4, r5, r6, r7, r8, age_days,
                CASE WHEN r1 < 0.30 THEN 1 WHEN r1 < 0.55 THEN 2 WHEN r1 < 0.75 THEN 3 WHEN r1 < 0.90 THEN 4 ELSE 5 END AS carrier_index,
                now() - age_days * interval '1 day' AS created_at
         FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7,
                      random() AS r8, random() * 180 AS age_days
               FROM generate_series(1, $2::int) AS i) AS draws
       ) AS s
     ) AS p`,
    [organizationId, count, FIRST_NAMES, LAST_NAMES, CITIES],
  );
  // Free-text search rows, as createPackage writes them (same database function, so the same document), in
  // creation order: a live system appends them as packages are created and never moves them (ingest does not
  // update them), so recent rows share heap pages, which the recency walk of a free-text page reads.
  await client.query(
    `INSERT INTO package_search (package_id, organization_id, search, reference, created_at)
     SELECT id, organization_id, package_search_text(organization_id, tracking_number, reference, recipient, origin, destination), reference, created_at
     FROM packages WHERE organization_id = $1 ORDER BY created_at`,
    [organizationId],
  );
  const insertMs = performance.now() - t0;
  await client.query(`SET maintenance_work_mem = '512MB'`);
  const t1 = performance.now();
  for (const index of indexes) await client.query(index.definition);
  await client.query('SELECT compact_package_rollups()');
  await client.query('VACUUM package_rollup_delta, reason_rollup_delta, event_hour_rollup_delta');
  return { insertMs, indexMs: performance.now() - t1 };
}

/** A few scans for a sample of packages, so `events` and event-backed fields have something to read. */
export async function loadSampleEvents(client: pg.ClientBase, organizationId: string, packages: number, perPackage: number): Promise<void> {
  await client.query(
    `INSERT INTO tracking_events (organization_id, event_id, package_id, status, occurred_at, facility_code, lat, lon)
     SELECT $1, 'sample-' || p.id || '-' || k, p.id,
            CASE WHEN k = 1 THEN 'INFO_RECEIVED' ELSE 'IN_TRANSIT' END,
            p.created_at + k * interval '6 hours', 'FAC' || lpad((1 + k * 7 % 40)::text, 3, '0'), 50 + k * 0.1, 8 + k * 0.1
     FROM (SELECT id, created_at FROM packages WHERE organization_id = $1 ORDER BY id LIMIT $2) AS p
     CROSS JOIN generate_series(1, $3::int) AS k`,
    [organizationId, packages, perPackage],
  );
}

export const SURNAMES = LAST_NAMES;
