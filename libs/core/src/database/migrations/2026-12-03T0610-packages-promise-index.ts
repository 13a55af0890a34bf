import { sql, type Kysely } from 'kysely';

/**
 * The at-risk query starts from an organization's packages still moving whose promise falls before a
 * horizon; finished packages (most rows) stay out of the index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS packages_open_promise_idx ON packages (organization_id, promised_delivery_at)
    WHERE deleted_at IS NULL AND promised_delivery_at IS NOT NULL AND status NOT IN ('DELIVERED', 'RETURNED', 'CANCELLED')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS packages_open_promise_idx`.execute(db);
}
