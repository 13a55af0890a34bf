import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { badInput, type Database, type DbOrTx } from '@clearpath/core';
import { resolveSearch, searchCondition, type ResolvedSearch } from './package.search.js';

export interface PackageFilterInput {
  status?: readonly string[] | null;
  carrier?: readonly string[] | null;
  q?: string | null;
  createdFrom?: Date | string | null;
  createdTo?: Date | string | null;
  reason?: readonly string[] | null;
  facility?: readonly string[] | null;
}

/** More facility codes than any depot picker sends; a longer list only costs the database. */
export const MAX_FACILITY_CODES = 100;

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

export type PackageWhere = (eb: ExpressionBuilder<Database, 'packages'>) => Expression<SqlBool>;

/** packageWhere with its free text resolved first (the exact-identifier look-up needs a query). */
export async function preparePackageWhere(db: DbOrTx, organizationId: string, filter: PackageFilterInput | null | undefined): Promise<PackageWhere> {
  return packageWhere(organizationId, filter, await resolveSearch(db, organizationId, filter?.q));
}

/**
 * The WHERE clause shared by list, count, stats and export. The organization is always the first
 * condition: no query path can leave it out. `q` applies only as resolved (resolveSearch).
 */
export function packageWhere(organizationId: string, filter: PackageFilterInput | null | undefined, search?: ResolvedSearch): PackageWhere {
  return (eb: ExpressionBuilder<Database, 'packages'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [
      eb('packages.organization_id', '=', organizationId),
      eb('packages.deleted_at', 'is', null),
    ];
    if (filter?.status?.length) conditions.push(eb('packages.status', 'in', [...filter.status]));
    if (filter?.carrier?.length) conditions.push(eb('packages.carrier', 'in', [...filter.carrier]));
    if (filter?.createdFrom) conditions.push(eb('packages.created_at', '>=', new Date(filter.createdFrom)));
    if (filter?.createdTo) conditions.push(eb('packages.created_at', '<', new Date(filter.createdTo)));
    if (filter?.facility?.length) {
      if (filter.facility.length > MAX_FACILITY_CODES) throw badInput(`facility is limited to ${MAX_FACILITY_CODES} codes, got ${filter.facility.length}`);
      // The expression packages_current_facility_idx covers (migration 2026-12-03T1100).
      conditions.push(eb(sql<string>`packages.current_location->>'facilityCode'`, 'in', [...filter.facility]));
    }
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
    if (search) conditions.push(searchCondition(eb, organizationId, search));
    return eb.and(conditions);
  };
}
