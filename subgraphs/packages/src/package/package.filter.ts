import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { badInput, type Database } from '@clearpath/core';

export interface PackageFilterInput {
  status?: readonly string[] | null;
  carrier?: readonly string[] | null;
  q?: string | null;
  createdFrom?: Date | string | null;
  createdTo?: Date | string | null;
  reason?: readonly string[] | null;
}

/** LIKE treats % and _ as wildcards; user text is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Longer than any search a person types; a longer pattern only costs the database. */
export const MAX_SEARCH_LENGTH = 200;

/** The text `q` matches literally: trimmed, blank means no text condition, too long is a client error. */
export function normalizeSearch(q: string | null | undefined): string | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (text.length > MAX_SEARCH_LENGTH) throw badInput(`q (free-text search) is limited to ${MAX_SEARCH_LENGTH} characters, got ${text.length}`);
  return text;
}

/**
 * The WHERE clause shared by list, count, stats and export. The organization is always the first
 * condition: no query path can leave it out.
 */
export function packageWhere(organizationId: string, filter: PackageFilterInput | null | undefined) {
  return (eb: ExpressionBuilder<Database, 'packages'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [
      eb('packages.organization_id', '=', organizationId),
      eb('packages.deleted_at', 'is', null),
    ];
    if (filter?.status?.length) conditions.push(eb('packages.status', 'in', [...filter.status]));
    if (filter?.carrier?.length) conditions.push(eb('packages.carrier', 'in', [...filter.carrier]));
    if (filter?.createdFrom) conditions.push(eb('packages.created_at', '>=', new Date(filter.createdFrom)));
    if (filter?.createdTo) conditions.push(eb('packages.created_at', '<', new Date(filter.createdTo)));
    if (filter?.reason?.length) {
      conditions.push(
        eb(
          'packages.id',
          'in',
          eb
            .selectFrom('tracking_events')
            .select('tracking_events.package_id')
            .where('tracking_events.organization_id', '=', organizationId)
            .where('tracking_events.reason', 'in', [...filter.reason]),
        ),
      );
    }
    const q = normalizeSearch(filter?.q);
    if (q) {
      conditions.push(
        eb(
          'packages.id',
          'in',
          eb
            .selectFrom('package_search')
            .select('package_search.package_id')
            .where('package_search.organization_id', '=', organizationId)
            .where('package_search.search', 'ilike', `%${escapeLike(q)}%`),
        ),
      );
    }
    return eb.and(conditions);
  };
}
