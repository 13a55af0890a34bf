import { sql } from 'kysely';
import type { DbOrTx } from '@clearpath/core';
import type { AnomalyFinding } from '@clearpath/analysis/detection';

export interface StoredChange {
  id: string;
  packageId: string | null;
  type: string;
  state: string;
  severity: string;
  summary: string;
}

const toChange = (r: { id: string; package_id: string | null; type: string; state: string; severity: string; summary: string }): StoredChange => ({
  id: r.id,
  packageId: r.package_id,
  type: r.type,
  state: r.state,
  severity: r.severity,
  summary: r.summary,
});

/** Findings are stored by a key that includes the package, so re-running detection never duplicates one. */
export const dedupKey = (packageId: string | null, finding: AnomalyFinding): string => `${packageId ?? 'network'}:${finding.key}`;

/**
 * Inserts new findings and refreshes known ones (a resolved anomaly that holds again reopens).
 * Returns the anomalies that became open by this call.
 */
export async function upsertFindings(db: DbOrTx, organizationId: string, packageId: string | null, findings: AnomalyFinding[]): Promise<StoredChange[]> {
  if (findings.length === 0) return [];
  const rows = await db
    .insertInto('anomalies')
    .values(
      findings.map((f) => ({
        organization_id: organizationId,
        package_id: packageId,
        facility_code: f.evidence.facilityCode ?? null,
        type: f.type,
        dedup_key: dedupKey(packageId, f),
        severity: f.severity,
        confidence: f.confidence,
        summary: f.summary,
        evidence: JSON.stringify(f.evidence),
        resolved_at: null,
        parent_id: null,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organization_id', 'dedup_key']).doUpdateSet({
        severity: (eb) => eb.ref('excluded.severity'),
        confidence: (eb) => eb.ref('excluded.confidence'),
        summary: (eb) => eb.ref('excluded.summary'),
        evidence: (eb) => eb.ref('excluded.evidence'),
        updated_at: sql`now()`,
        state: sql`CASE WHEN anomalies.state = 'RESOLVED' THEN 'OPEN' ELSE anomalies.state END`,
        resolved_at: null,
      }),
    )
    .returning(['id', 'package_id', 'type', 'state', 'severity', 'summary', sql<boolean>`(xmax = 0)`.as('inserted')])
    .execute();
  return rows.filter((r) => r.inserted).map(toChange);
}

/** Resolves the open anomalies of these packages whose keys detection no longer reports: they recovered. */
export async function resolveMissing(db: DbOrTx, organizationId: string, packageIds: string[], presentKeys: Set<string>): Promise<StoredChange[]> {
  if (packageIds.length === 0) return [];
  let query = db
    .updateTable('anomalies')
    .set({ state: 'RESOLVED', resolved_at: sql`now()`, updated_at: sql`now()` })
    .where('organization_id', '=', organizationId)
    .where('package_id', 'in', packageIds)
    .where('state', '<>', 'RESOLVED');
  if (presentKeys.size > 0) query = query.where('dedup_key', 'not in', [...presentKeys]);
  const rows = await query.returning(['id', 'package_id', 'type', 'state', 'severity', 'summary']).execute();
  return rows.map(toChange);
}

/** Systemic findings: open the current ones, link their packages' anomalies, resolve facilities that recovered. */
export async function syncCongestion(db: DbOrTx, organizationId: string, findings: AnomalyFinding[]): Promise<StoredChange[]> {
  const opened = await upsertFindings(db, organizationId, null, findings);
  const current = new Set(findings.map((f) => dedupKey(null, f)));
  let stale = db
    .updateTable('anomalies')
    .set({ state: 'RESOLVED', resolved_at: sql`now()`, updated_at: sql`now()` })
    .where('organization_id', '=', organizationId)
    .where('type', '=', 'FACILITY_CONGESTION')
    .where('state', '<>', 'RESOLVED');
  if (current.size > 0) stale = stale.where('dedup_key', 'not in', [...current]);
  const resolved = await stale.returning(['id', 'package_id', 'type', 'state', 'severity', 'summary']).execute();

  for (const finding of findings) {
    const packageIds = finding.evidence.packageIds ?? [];
    if (packageIds.length === 0) continue;
    const parent = await db
      .selectFrom('anomalies')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('dedup_key', '=', dedupKey(null, finding))
      .executeTakeFirst();
    if (!parent) continue;
    await db
      .updateTable('anomalies')
      .set({ parent_id: parent.id })
      .where('organization_id', '=', organizationId)
      .where('package_id', 'in', packageIds)
      .where('state', '<>', 'RESOLVED')
      .where('facility_code', '=', finding.evidence.facilityCode ?? '')
      .execute();
  }
  return [...opened, ...resolved.map(toChange)];
}

/** Moves an anomaly between OPEN, ACKNOWLEDGED and RESOLVED by hand. */
export async function setAnomalyState(db: DbOrTx, organizationId: string, id: string, state: 'ACKNOWLEDGED' | 'RESOLVED') {
  return db
    .updateTable('anomalies')
    .set({ state, updated_at: sql`now()`, resolved_at: state === 'RESOLVED' ? sql`now()` : null })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}
