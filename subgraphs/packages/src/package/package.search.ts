import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { Database, DbOrTx } from '@clearpath/core';
import { escapeLike, normalizeSearch } from './package.filter.js';

/**
 * What `q` became once looked at: the packages whose tracking number or reference it is exactly, or a
 * full-text query (each word the start of a word of the search document, accents and case folded), plus,
 * for a single code-like word, a substring match (the middle or last digits of a tracking number).
 */
export type ResolvedSearch = { kind: 'exact'; ids: string[] } | { kind: 'text'; tsquery: string | null; substring: string | null };

/** More exact matches than this is not an identifier any more: treat it as text. */
const MAX_EXACT = 100;

/** Words as the document's parser splits them (letters and digits); a one-letter word only matches whole. */
export function searchWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function toPrefixQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  return words.map((w) => (w.length >= 2 ? `${w}:*` : w)).join(' & ');
}

/** A single token with a digit, 4+ characters: a tracking number, reference or part of one. */
export function isCodeLike(text: string): boolean {
  return text.length >= 4 && !/\s/.test(text) && /\d/.test(text);
}

export async function resolveSearch(db: DbOrTx, organizationId: string, q: string | null | undefined): Promise<ResolvedSearch | undefined> {
  const text = normalizeSearch(q);
  if (!text) return undefined;
  if (!/\s/.test(text)) {
    // Exact fast path on the two identifier indexes; typing a whole tracking number finds that package alone.
    const rows = await db
      .selectFrom('packages')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('deleted_at', 'is', null)
      .where('tracking_number', '=', text)
      .union((eb) =>
        eb
          .selectFrom('package_search')
          .innerJoin('packages', 'packages.id', 'package_search.package_id')
          .select('packages.id')
          .where('package_search.organization_id', '=', organizationId)
          .where('package_search.reference', '=', text)
          .where('packages.deleted_at', 'is', null),
      )
      .limit(MAX_EXACT + 1)
      .execute();
    if (rows.length > 0 && rows.length <= MAX_EXACT) return { kind: 'exact', ids: rows.map((r) => r.id) };
  }
  // A code-like word is matched as a substring (which covers its prefix matches) on the trigram index alone:
  // OR-ing the full-text prefix in made the planner expect a thousand rows and sort in parallel.
  if (isCodeLike(text)) return { kind: 'text', tsquery: null, substring: text };
  return { kind: 'text', tsquery: toPrefixQuery(searchWords(text)), substring: null };
}

export type TextSearch = Extract<ResolvedSearch, { kind: 'text' }>;

/** The text match on a package's search row, aliased `s`, of the organization (live packages only). */
export function searchRowMatches(organizationId: string, search: TextSearch): RawBuilder<SqlBool> {
  const matches: Expression<SqlBool>[] = [];
  if (search.tsquery) matches.push(sql<SqlBool>`s.document @@ to_tsquery('simple', search_fold(${search.tsquery}))`);
  if (search.substring) matches.push(sql<SqlBool>`s.search ILIKE ${`%${escapeLike(search.substring)}%`}`);
  if (matches.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`s.organization_id = ${organizationId} AND s.deleted_at IS NULL AND (${sql.join(matches, sql` OR `)})`;
}

/**
 * The condition on `packages` for a resolved search; tenant-scoped on both tables. Orders other than
 * creation time use it (the page sorted by creation joins the search row instead: listPackages).
 */
export function searchCondition(eb: ExpressionBuilder<Database, 'packages'>, organizationId: string, search: ResolvedSearch): Expression<SqlBool> {
  if (search.kind === 'exact') return search.ids.length ? eb('packages.id', 'in', search.ids) : sql<SqlBool>`false`;
  // EXISTS lets the planner walk the page's sort index and probe each package (a common word), or start
  // from the GIN index (a rare one), by its estimate of how many rows match.
  return sql<SqlBool>`EXISTS (SELECT 1 FROM package_search s WHERE s.package_id = packages.id AND ${searchRowMatches(organizationId, search)})`;
}
