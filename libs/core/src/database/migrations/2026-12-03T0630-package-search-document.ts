import { sql, type Kysely } from 'kysely';

/**
 * Free text as a full-text document: the trigram ILIKE over tracking number, reference and recipient had to
 * re-check every candidate row of a common word (1.2 s p99 for a surname on a million packages) and knew
 * nothing of places. The search row now also carries origin and destination (name, address, facility code
 * and that facility's name, so "Hamburg" finds packages going to or from a Hamburg hub) and a `tsvector`
 * of it with the 'simple' configuration (no stemming: names, cities and codes in any language), folded by
 * unaccent and lower-case, under a GIN index. The reference is copied beside it for exact look-ups. The
 * trigram index stays for substrings of codes ("the last 8 digits").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
  // unaccent() is STABLE (its dictionary could change); naming the dictionary makes the fold IMMUTABLE,
  // as a generated column and its index need.
  await sql`CREATE OR REPLACE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`.execute(db);
  // Separators inside codes become spaces: the parser reads "ORD-1234" as 'ord' and the number '-1234'.
  await sql`CREATE OR REPLACE FUNCTION search_document(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT to_tsvector('simple'::regconfig, regexp_replace(search_fold($1), '[-./_@+#:]', ' ', 'g')) $$`.execute(db);
  // The text a package is found by; facility names are looked up when the package is written.
  await sql`CREATE OR REPLACE FUNCTION package_search_text(org text, tracking_number text, reference text, recipient text,
                                                           origin jsonb, destination jsonb) RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT concat_ws(' ', tracking_number, reference, recipient,
      origin->>'name', origin->>'address', origin->>'facilityCode',
      (SELECT f.name FROM facilities f WHERE f.organization_id = org AND f.code = origin->>'facilityCode'),
      destination->>'name', destination->>'address', destination->>'facilityCode',
      (SELECT f.name FROM facilities f WHERE f.organization_id = org AND f.code = destination->>'facilityCode')) $$`.execute(db);

  await sql`ALTER TABLE package_search ADD COLUMN reference text`.execute(db);
  await sql`UPDATE package_search AS s
    SET search = package_search_text(p.organization_id, p.tracking_number, p.reference, p.recipient, p.origin, p.destination), reference = p.reference
    FROM packages p WHERE p.id = s.package_id`.execute(db);
  await sql`ALTER TABLE package_search ADD COLUMN document tsvector GENERATED ALWAYS AS (search_document(search)) STORED`.execute(db);
  await sql`CREATE INDEX package_search_document_idx ON package_search USING gin (document)`.execute(db);
  await sql`CREATE INDEX package_search_reference_idx ON package_search (organization_id, reference) WHERE reference IS NOT NULL`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE package_search DROP COLUMN document, DROP COLUMN reference`.execute(db);
  await sql`UPDATE package_search AS s SET search = p.tracking_number || ' ' || coalesce(p.reference, '') || ' ' || coalesce(p.recipient, '')
    FROM packages p WHERE p.id = s.package_id`.execute(db);
  await sql`DROP FUNCTION package_search_text(text, text, text, text, jsonb, jsonb)`.execute(db);
  await sql`DROP FUNCTION search_document(text)`.execute(db);
  await sql`DROP FUNCTION search_fold(text)`.execute(db);
}
