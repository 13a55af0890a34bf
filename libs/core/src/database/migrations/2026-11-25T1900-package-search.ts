import { sql, type Kysely } from 'kysely';

/**
 * The free-text search index moves off the packages table: every ingest batch rewrites package rows, and
 * a GIN index there made each non-HOT update insert ~30 trigram keys (and flush its pending list).
 * The search text only changes when the package itself is edited.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE package_search (
    package_id uuid PRIMARY KEY REFERENCES packages(id),
    organization_id text NOT NULL,
    search text NOT NULL
  )`.execute(db);
  await sql`INSERT INTO package_search (package_id, organization_id, search)
    SELECT id, organization_id, tracking_number || ' ' || coalesce(reference, '') || ' ' || coalesce(recipient, '') FROM packages`.execute(db);
  await sql`CREATE INDEX package_search_trgm_idx ON package_search USING gin (search gin_trgm_ops)`.execute(db);
  await sql`DROP INDEX packages_search_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX packages_search_idx ON packages USING gin ((tracking_number || ' ' || coalesce(reference, '') || ' ' || coalesce(recipient, '')) gin_trgm_ops)`.execute(db);
  await sql`DROP TABLE package_search`.execute(db);
}
