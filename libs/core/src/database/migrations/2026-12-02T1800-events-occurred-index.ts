import { sql, type Kysely } from 'kysely';

/** The overview's events chart counts an organization's events by occurrence time over the last day. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS tracking_events_org_occurred_idx ON tracking_events (organization_id, occurred_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS tracking_events_org_occurred_idx`.execute(db);
}
