import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { badInput, decodeCursor, encodeCursor, isUuid, type AnomalyRow, type Database, type DbOrTx } from '@clearpath/core';

export interface AnomalyFilterInput {
  type?: readonly string[] | null;
  state?: readonly string[] | null;
  packageId?: string | null;
}

/** Organization first, always: shared by list and count. */
function anomalyWhere(organizationId: string, f: AnomalyFilterInput | null | undefined) {
  return (eb: ExpressionBuilder<Database, 'anomalies'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('organization_id', '=', organizationId)];
    if (f?.type?.length) conditions.push(eb('type', 'in', [...f.type]));
    if (f?.state?.length) conditions.push(eb('state', 'in', [...f.state]));
    if (f?.packageId) conditions.push(isUuid(f.packageId) ? eb('package_id', '=', f.packageId) : eb.lit(false));
    return eb.and(conditions);
  };
}

export async function listAnomalies(
  db: DbOrTx,
  organizationId: string,
  options: { filter?: AnomalyFilterInput | null; first: number; after?: string | null },
): Promise<{ rows: { row: AnomalyRow; cursor: string }[]; hasNextPage: boolean }> {
  let query = db.selectFrom('anomalies').selectAll().where(anomalyWhere(organizationId, options.filter));
  if (options.after) {
    const { value, id } = decodeCursor(options.after, 'anomalies');
    const at = new Date(value);
    if (Number.isNaN(at.getTime()) || !isUuid(id)) throw badInput('Malformed cursor');
    query = query.where((eb) => eb(eb.refTuple('detected_at', 'id'), '<', eb.tuple(at as never, id)));
  }
  const rows = await query.orderBy('detected_at', 'desc').orderBy('id', 'desc').limit(options.first + 1).execute();
  return {
    rows: rows.slice(0, options.first).map((row) => ({ row, cursor: encodeCursor('anomalies', row.detected_at, row.id) })),
    hasNextPage: rows.length > options.first,
  };
}

export async function countAnomalies(db: DbOrTx, organizationId: string, filter?: AnomalyFilterInput | null): Promise<number> {
  const row = await db
    .selectFrom('anomalies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(anomalyWhere(organizationId, filter))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findAnomaliesByIds(db: DbOrTx, organizationId: string, ids: readonly string[]): Promise<AnomalyRow[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  return db.selectFrom('anomalies').selectAll().where('organization_id', '=', organizationId).where('id', 'in', valid).execute();
}

export async function listAnomaliesForPackages(db: DbOrTx, organizationId: string, packageIds: readonly string[]): Promise<AnomalyRow[]> {
  const valid = packageIds.filter(isUuid);
  if (valid.length === 0) return [];
  return db
    .selectFrom('anomalies')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('package_id', 'in', valid)
    .orderBy('detected_at', 'desc')
    .execute();
}

/** Anomalies per (type, severity) among the given states (all when none), most first. */
export async function countAnomaliesByTypeAndSeverity(
  db: DbOrTx,
  organizationId: string,
  states: readonly string[] | null | undefined,
): Promise<{ type: string; severity: string; count: number }[]> {
  const rows = await db
    .selectFrom('anomalies')
    .select(['type', 'severity', (eb) => eb.fn.countAll<string>().as('n')])
    .where(anomalyWhere(organizationId, { state: states }))
    .groupBy(['type', 'severity'])
    .orderBy('n', 'desc')
    .orderBy('type')
    .orderBy('severity')
    .execute();
  return rows.map((r) => ({ type: r.type, severity: r.severity, count: Number(r.n) }));
}
