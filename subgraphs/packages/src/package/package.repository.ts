import { isUuid } from '@clearpath/core';
import { CompiledQuery, sql, type RawBuilder, type SqlBool } from 'kysely';
import { lockLogForAppend, type DbOrTx, type NewPackageRow, type PackageChangeRow, type PackageRow, type PlaceJson, type Tx } from '@clearpath/core';
import { PackageOrder, type SortDirection, type SortField } from './package.sort.js';
import { packageWhere, preparePackageWhere, type PackageFilterInput, type PackageWhere } from './package.filter.js';
import { resolveSearch, searchRowMatches } from './package.search.js';

export interface PackageFields {
  carrier?: string | undefined;
  serviceLevel?: string | undefined;
  reference?: string | null | undefined;
  recipient?: string | null | undefined;
  origin?: PlaceJson | null | undefined;
  destination?: PlaceJson | null | undefined;
  promisedDeliveryAt?: Date | null | undefined;
  metadata?: Record<string, unknown> | undefined;
}

const json = (value: unknown): string | null => (value == null ? null : JSON.stringify(value));

export async function insertPackage(
  db: DbOrTx,
  organizationId: string,
  input: PackageFields & { trackingNumber: string; carrier: string; serviceLevel: string },
): Promise<PackageRow> {
  const row: NewPackageRow = {
    organization_id: organizationId,
    tracking_number: input.trackingNumber,
    carrier: input.carrier,
    service_level: input.serviceLevel,
    reference: input.reference ?? null,
    recipient: input.recipient ?? null,
    origin: json(input.origin),
    destination: json(input.destination),
    promised_delivery_at: input.promisedDeliveryAt ?? null,
    metadata: JSON.stringify(input.metadata ?? {}),
    current_location: null,
    location_at: null,
    first_event_at: null,
    last_event_at: null,
    delivered_at: null,
    deleted_at: null,
    updated_at: new Date(),
  };
  // One statement: the package and its search row are written together or not at all.
  return db
    .with('p', (qb) => qb.insertInto('packages').values(row).returningAll())
    .with('s', (qb) =>
      qb
        .insertInto('package_search')
        .columns(['package_id', 'organization_id', 'search', 'reference', 'created_at'])
        .expression((eb) => eb.selectFrom('p').select(['p.id', 'p.organization_id', SEARCH_TEXT.as('search'), 'p.reference', 'p.created_at'])),
    )
    .selectFrom('p')
    .selectAll()
    .executeTakeFirstOrThrow();
}

/**
 * What free text (`q`) matches for the package row `p`: tracking number, reference, recipient, origin and
 * destination with their facilities' names (the database function, so bulk loads write the same text).
 */
const SEARCH_TEXT = sql<string>`package_search_text(p.organization_id, p.tracking_number, p.reference, p.recipient, p.origin, p.destination)`;

export async function updatePackageRow(
  db: DbOrTx,
  organizationId: string,
  id: string,
  fields: PackageFields,
): Promise<PackageRow | undefined> {
  const set: Record<string, unknown> = { updated_at: new Date() };
  if (fields.carrier !== undefined) set.carrier = fields.carrier;
  if (fields.serviceLevel !== undefined) set.service_level = fields.serviceLevel;
  if (fields.reference !== undefined) set.reference = fields.reference;
  if (fields.recipient !== undefined) set.recipient = fields.recipient;
  if (fields.origin !== undefined) set.origin = json(fields.origin);
  if (fields.destination !== undefined) set.destination = json(fields.destination);
  if (fields.promisedDeliveryAt !== undefined) set.promised_delivery_at = fields.promisedDeliveryAt;
  if (fields.metadata !== undefined) set.metadata = JSON.stringify(fields.metadata);
  return db
    .with('p', (qb) =>
      qb.updateTable('packages').set(set).where('organization_id', '=', organizationId).where('id', '=', id).where('deleted_at', 'is', null).returningAll(),
    )
    .with('s', (qb) => qb.updateTable('package_search').set({ search: SEARCH_TEXT, reference: sql<string | null>`p.reference` }).from('p').whereRef('package_search.package_id', '=', 'p.id'))
    .selectFrom('p')
    .selectAll()
    .executeTakeFirst();
}

export async function softDeletePackage(db: DbOrTx, organizationId: string, id: string): Promise<boolean> {
  const result = await db
    .updateTable('packages')
    .set({ deleted_at: new Date(), updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Appends a package edit to the log (its position orders it among events); last statement of the transaction. */
export async function appendPackageChange(tx: Tx, organizationId: string, packageId: string, change: PackageChangeRow['change']): Promise<number> {
  await lockLogForAppend(tx);
  const row = await tx.insertInto('package_changes').values({ organization_id: organizationId, package_id: packageId, change }).returning('seq').executeTakeFirstOrThrow();
  return row.seq;
}

export async function findPackagesByIds(db: DbOrTx, organizationId: string, ids: readonly string[]): Promise<PackageRow[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return db
    .selectFrom('packages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .where('id', 'in', valid)
    .execute();
}

export async function findPackagesByTrackingNumbers(
  db: DbOrTx,
  organizationId: string,
  trackingNumbers: readonly string[],
): Promise<PackageRow[]> {
  if (trackingNumbers.length === 0) return [];
  return db
    .selectFrom('packages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .where('tracking_number', 'in', [...trackingNumbers])
    .execute();
}

/** Packages whose tracking number or reference is one of the keys (integrations match carrier ids with it). */
export async function findPackagesByKeys(db: DbOrTx, organizationId: string, keys: readonly string[]): Promise<PackageRow[]> {
  if (keys.length === 0) return [];
  return db
    .selectFrom('packages')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    .where((eb) => eb.or([eb('tracking_number', 'in', [...keys]), eb('reference', 'in', [...keys])]))
    .execute();
}

/** Ids, tracking numbers and carriers only, by either key, in one round trip (ingest resolves its packages with it). */
export async function findPackageKeys(
  db: DbOrTx,
  organizationId: string,
  ids: readonly string[],
  trackingNumbers: readonly string[],
): Promise<{ id: string; tracking_number: string; carrier: string }[]> {
  const validIds = ids.filter(isUuid);
  if (validIds.length === 0 && trackingNumbers.length === 0) return [];
  return db
    .selectFrom('packages')
    .select(['id', 'tracking_number', 'carrier'])
    .where('organization_id', '=', organizationId)
    .where('deleted_at', 'is', null)
    // One array parameter per key, not one parameter per value: a batch of 1,000 ids is one bind, not 1,000.
    .where((eb) =>
      eb.or([
        ...(validIds.length ? [sql<SqlBool>`id = ANY(${validIds}::uuid[])`] : []),
        ...(trackingNumbers.length ? [sql<SqlBool>`tracking_number = ANY(${[...trackingNumbers]}::text[])`] : []),
      ]),
    )
    .execute();
}

export interface ListOptions {
  filter?: PackageFilterInput | null;
  field: SortField;
  direction: SortDirection;
  first: number;
  after?: string | null;
  /** Search rows the recency walk checks before the planner's plan (RECENCY_WALK_ROWS; 0: no walk). */
  recencyWalk?: number;
}

export interface PackagePage {
  rows: { row: PackageRow; cursor: string }[];
  hasNextPage: boolean;
}

/**
 * A free-text page sorted by creation first walks this many of the organization's search rows in order
 * (past the cursor), checking each document, and stops at a full page; only when fewer match does the
 * planner's plan run (for a term that rare, the GIN matches are few and cheap to sort). The planner cannot
 * be left to choose alone: words that always occur together (`de Vries`) are estimated as independent, so
 * a term matching 2.5% of a million rows looked rare and took the GIN path, 400 ms (README, Benchmarks).
 * The bound is what a rare term pays before its GIN plan; measured on 1M packages in the README.
 */
export const RECENCY_WALK_ROWS = 10_000;

/**
 * The walk: the organization's live search rows after the cursor in the page's order, at most `rows` of them.
 * A subquery with its own LIMIT, so the text match (applied outside it) is not pushed into its scan: it reads
 * package_search_created_idx in order, and the page's LIMIT stops it as soon as the page is found.
 */
function newestSearchRows(db: DbOrTx, organizationId: string, order: PackageOrder, after: RawBuilder<SqlBool> | undefined, rows: number) {
  let newest = db.selectFrom('package_search as s').selectAll('s').where('s.organization_id', '=', organizationId).where('s.deleted_at', 'is', null);
  if (after) newest = newest.where(after);
  for (const term of order.orderBy()) newest = newest.orderBy(term);
  return newest.limit(rows).as('s');
}

export async function listPackages(db: DbOrTx, organizationId: string, options: ListOptions): Promise<PackagePage> {
  const search = await resolveSearch(db, organizationId, options.filter?.q);
  // Free text sorted by creation reads the search rows in their own creation order (or sorts the GIN
  // matches) and joins packages for the page only; see migration 2026-12-04T0100.
  const joinSearch = search?.kind === 'text' && PackageOrder.sortsOnSearch(options.field) ? search : undefined;
  const order = new PackageOrder(options.field, options.direction, joinSearch ? 'search' : 'packages');
  const where = packageWhere(organizationId, options.filter, joinSearch ? undefined : search);
  // Words only: a code-like fragment (a tracking number's digits) is an identifier, rare by nature, and its
  // ILIKE costs tens of microseconds a row, so its trigram plan answers alone.
  const walk = joinSearch?.tsquery && !joinSearch.substring ? (options.recencyWalk ?? RECENCY_WALK_ROWS) : 0;
  const matches = joinSearch ? searchRowMatches(organizationId, joinSearch) : undefined;
  const read = (after: RawBuilder<SqlBool> | undefined, limit: number, walkRows: number) => {
    let query = db
      .selectFrom('packages')
      .$if(matches !== undefined && walkRows === 0, (qb) => qb.innerJoin('package_search as s', (join) => join.onRef('s.package_id', '=', 'packages.id').on(matches!)))
      .$if(matches !== undefined && walkRows > 0, (qb) => qb.innerJoin(newestSearchRows(db, organizationId, order, after, walkRows), (join) => join.onRef('s.package_id', '=', 'packages.id').on(matches!)))
      .selectAll('packages')
      .select(order.keySelections())
      .where(where);
    if (after) query = query.where(after);
    for (const term of order.orderBy()) query = query.orderBy(term);
    return query.limit(limit).execute();
  };
  // A full page from the walk is the plain query's page (the walked rows are the first in its order); a short
  // one may have stopped at the bound, so the planner's plan answers instead.
  const readPage = async (after: RawBuilder<SqlBool> | undefined, limit: number) => {
    if (walk > 0) {
      const walked = await read(after, limit, walk);
      if (walked.length === limit) return walked;
    }
    return read(after, limit, 0);
  };
  // After a cursor, the rows that follow it are read branch by branch (nearest first) until the page is full.
  const rows: Awaited<ReturnType<typeof read>> = [];
  for (const branch of options.after ? order.afterBranches(options.after) : [undefined]) {
    rows.push(...(await readPage(branch, options.first + 1 - rows.length)));
    if (rows.length > options.first) break;
  }
  return {
    rows: rows.slice(0, options.first).map((found) => {
      const { cursor, row } = order.cursorOf(found);
      return { row: row as unknown as PackageRow, cursor };
    }),
    hasNextPage: rows.length > options.first,
  };
}

export interface PackageCount {
  count: number;
  /** True when `count` is the planner's estimate rather than a count. */
  estimated: boolean;
}

/** Below this many estimated rows a real count costs about what the page does, so it is counted. */
const COUNT_EXACTLY_BELOW = 1_000;

/**
 * Packages matching a filter. Exact on request; otherwise a filter that maintained rollups can answer
 * (see stats/stats.rollup.ts) is read from them (exact and cheap), a small match is counted, and a large
 * one is the planner's estimate (EXPLAIN), which costs a planning pass instead of a scan.
 */
export async function countPackages(
  db: DbOrTx,
  organizationId: string,
  filter?: PackageFilterInput | null,
  options: { exact?: boolean; fromRollup?: (db: DbOrTx) => Promise<number | undefined> } = {},
): Promise<PackageCount> {
  if (!options.exact && options.fromRollup) {
    const counted = await options.fromRollup(db);
    if (counted !== undefined) return { count: counted, estimated: false };
  }
  const where = await preparePackageWhere(db, organizationId, filter);
  if (!options.exact) {
    const estimate = await estimateRows(db, where);
    if (estimate >= COUNT_EXACTLY_BELOW) return { count: estimate, estimated: true };
  }
  const row = await db.selectFrom('packages').select(sql<number>`count(*)`.as('n')).where(where).executeTakeFirstOrThrow();
  return { count: Number(row.n), estimated: false };
}

/** The planner's row estimate for the filter (statistics as of the last ANALYZE / autovacuum). */
async function estimateRows(db: DbOrTx, where: PackageWhere): Promise<number> {
  const compiled = db.selectFrom('packages').select(sql`1`.as('one')).where(where).compile();
  const result = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${compiled.sql}`, [...compiled.parameters]));
  const cell = Object.values(result.rows[0] ?? {})[0];
  const plan = (typeof cell === 'string' ? JSON.parse(cell) : cell) as [{ Plan: { 'Plan Rows': number } }];
  return Math.round(plan[0].Plan['Plan Rows']);
}
