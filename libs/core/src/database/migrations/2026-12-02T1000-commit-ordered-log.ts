import { sql, type Kysely } from 'kysely';

/**
 * The log becomes safe to follow by position (see event-log.ts): each event remembers the transaction that
 * wrote it (`batch`), and package edits get positions from the same sequence as events, so one log range
 * holds every change a package subscriber can see, in commit order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Added without a default first: rows written before this migration keep NULL (each its own batch), no rewrite.
  await sql`ALTER TABLE tracking_events ADD COLUMN batch bigint`.execute(db);
  await sql`ALTER TABLE tracking_events ALTER COLUMN batch SET DEFAULT (pg_current_xact_id()::text::bigint)`.execute(db);
  await sql`CREATE TABLE package_changes (
    seq bigint PRIMARY KEY DEFAULT nextval('tracking_events_seq_seq'),
    organization_id text NOT NULL,
    package_id uuid NOT NULL REFERENCES packages(id),
    change text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX package_changes_org_seq_idx ON package_changes (organization_id, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE package_changes`.execute(db);
  await sql`ALTER TABLE tracking_events DROP COLUMN batch`.execute(db);
}
