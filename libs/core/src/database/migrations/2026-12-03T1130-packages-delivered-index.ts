import { sql, type Kysely } from 'kysely';

/** The overview's on-time trend reads an organization's recent deliveries; undelivered packages stay out of the index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS packages_delivered_idx ON packages (organization_id, delivered_at)
    WHERE deleted_at IS NULL AND delivered_at IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS packages_delivered_idx`.execute(db);
}
