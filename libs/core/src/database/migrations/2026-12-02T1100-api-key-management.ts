import { sql, type Kysely } from 'kysely';

/**
 * Managed API keys: an optional expiry, a last-used time (updated at most once a minute per key), and a
 * bootstrap flag so a changed CLEARPATH_API_KEY can revoke the key it replaces.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE api_keys
    ADD COLUMN expires_at timestamptz,
    ADD COLUMN last_used_at timestamptz,
    ADD COLUMN bootstrap boolean NOT NULL DEFAULT false`.execute(db);
  // Until now the only keys were the bootstrap ones, configured or generated on first start.
  await sql`UPDATE api_keys SET bootstrap = true WHERE name LIKE 'bootstrap (%'`.execute(db);
  await sql`CREATE INDEX api_keys_organization_idx ON api_keys (organization_id, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX api_keys_organization_idx`.execute(db);
  await sql`ALTER TABLE api_keys DROP COLUMN expires_at, DROP COLUMN last_used_at, DROP COLUMN bootstrap`.execute(db);
}
