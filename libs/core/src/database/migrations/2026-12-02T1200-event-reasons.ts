import { sql, type Kysely } from 'kysely';
import { codeLookup, DEFAULT_CARRIER_CODE_MAPPINGS } from '../../reasons/carrier-code-defaults.js';
import { eventReason } from '../../reasons/event-reason.js';

/**
 * Reasons beside statuses: each event's reason and where it came from, whether its carrier code was unknown,
 * and each organization's own carrier code mapping rows (the defaults live in code, see carrier-code-defaults).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Constant defaults: adding the columns rewrites nothing.
  await sql`ALTER TABLE tracking_events
    ADD COLUMN reason text NOT NULL DEFAULT 'OTHER',
    ADD COLUMN reason_source text NOT NULL DEFAULT 'DEFAULT',
    ADD COLUMN unmapped_code boolean NOT NULL DEFAULT false`.execute(db);
  await sql`CREATE TABLE carrier_code_mappings (
    organization_id text NOT NULL,
    carrier text NOT NULL,
    code text NOT NULL,
    status text,
    reason text,
    description text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (organization_id, carrier, code)
  )`.execute(db);
  await backfill(db);
  // Most events are normal scans (OTHER): the indexes hold only the few that are not.
  await sql`CREATE INDEX tracking_events_reason_idx ON tracking_events (organization_id, reason, package_id) WHERE reason <> 'OTHER'`.execute(db);
  await sql`CREATE INDEX tracking_events_unmapped_idx ON tracking_events (organization_id, carrier_code) WHERE unmapped_code`.execute(db);
}

/**
 * Stored events get their reason from the default mapping and the description classifier. Carriers send a
 * few texts and codes many times, so each distinct (code, description) pair is classified once.
 */
async function backfill(db: Kysely<unknown>): Promise<void> {
  const pairs = await sql<{ code: string; description: string }>`
    SELECT DISTINCT coalesce(carrier_code, '') AS code, coalesce(description, '') AS description FROM tracking_events
    WHERE carrier_code IS NOT NULL OR description IS NOT NULL`.execute(db);
  const lookup = codeLookup(DEFAULT_CARRIER_CODE_MAPPINGS);
  const changed = pairs.rows
    .map((p) => ({ ...p, ...eventReason(p.code || null, p.code ? lookup(null, p.code) : null, p.description || null) }))
    .filter((p) => p.reason !== 'OTHER' || p.unmappedCode);
  for (let i = 0; i < changed.length; i += 5000) {
    const chunk = changed.slice(i, i + 5000);
    await sql`UPDATE tracking_events AS e SET reason = u.reason, reason_source = u.source, unmapped_code = u.unmapped
      FROM unnest(${chunk.map((c) => c.code)}::text[], ${chunk.map((c) => c.description)}::text[], ${chunk.map((c) => c.reason)}::text[],
                  ${chunk.map((c) => c.source)}::text[], ${chunk.map((c) => c.unmappedCode)}::boolean[]) AS u(code, description, reason, source, unmapped)
      WHERE coalesce(e.carrier_code, '') = u.code AND coalesce(e.description, '') = u.description`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE carrier_code_mappings`.execute(db);
  await sql`ALTER TABLE tracking_events DROP COLUMN reason, DROP COLUMN reason_source, DROP COLUMN unmapped_code`.execute(db);
}
