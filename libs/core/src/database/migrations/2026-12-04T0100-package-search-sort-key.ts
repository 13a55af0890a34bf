import { sql, type Kysely } from 'kysely';

/**
 * The search row carries the package's sort key (created_at; the package id is already its key) and its
 * deletion time, under an index in the order of the packages list. A first page of free text sorted by
 * creation (the default) then reads package_search alone, either walking that index newest first and
 * checking each document (a common word), or taking the GIN matches and sorting only those (a rare one),
 * and joins packages for the page's rows only. Before, the page walked packages_created_idx and probed the
 * search row of every package until 51 matched: 2,400 probes for a surname on 2.5% of a million packages.
 *
 * Both columns are written with the search row (createPackage) and kept in step by a trigger that fires
 * only on an UPDATE naming created_at or deleted_at: ingest's state updates name neither, so they never
 * run it and package_search gains no column that ingest would have to rewrite.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE package_search ADD COLUMN created_at timestamptz, ADD COLUMN deleted_at timestamptz`.execute(db);
  await sql`UPDATE package_search AS s SET created_at = p.created_at, deleted_at = p.deleted_at FROM packages p WHERE p.id = s.package_id`.execute(db);
  await sql`ALTER TABLE package_search ALTER COLUMN created_at SET NOT NULL`.execute(db);
  await sql`CREATE INDEX package_search_created_idx ON package_search (organization_id, created_at DESC, package_id DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE FUNCTION package_search_sort_key() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE package_search SET created_at = NEW.created_at, deleted_at = NEW.deleted_at WHERE package_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER packages_search_sort_key AFTER UPDATE OF created_at, deleted_at ON packages FOR EACH ROW
    WHEN (OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)
    EXECUTE FUNCTION package_search_sort_key()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER packages_search_sort_key ON packages`.execute(db);
  await sql`DROP FUNCTION package_search_sort_key()`.execute(db);
  await sql`ALTER TABLE package_search DROP COLUMN created_at, DROP COLUMN deleted_at`.execute(db);
}
