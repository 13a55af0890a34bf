import { sql, type Kysely } from 'kysely';

/**
 * The packages filter by facility (currentLocation.facilityCode) with a status, e.g. what is out for
 * delivery from a depot right now: the route planner asks it for one depot among a million packages.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS packages_current_facility_idx ON packages (organization_id, (current_location->>'facilityCode'), status)
    WHERE deleted_at IS NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS packages_current_facility_idx`.execute(db);
}
