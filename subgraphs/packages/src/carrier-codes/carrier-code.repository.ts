import type { CarrierCodeMappingRow, DbOrTx } from '@clearpath/core';

export async function listMappingRows(db: DbOrTx, organizationId: string): Promise<CarrierCodeMappingRow[]> {
  return db.selectFrom('carrier_code_mappings').selectAll().where('organization_id', '=', organizationId).orderBy('carrier').orderBy('code').execute();
}

export async function upsertMappingRow(db: DbOrTx, row: Omit<CarrierCodeMappingRow, 'updated_at'>): Promise<CarrierCodeMappingRow> {
  const { organization_id, carrier, code, status, reason, description } = row;
  return db
    .insertInto('carrier_code_mappings')
    .values({ organization_id, carrier, code, status, reason, description })
    .onConflict((oc) => oc.columns(['organization_id', 'carrier', 'code']).doUpdateSet({ status, reason, description, updated_at: new Date() }))
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function deleteMappingRow(db: DbOrTx, organizationId: string, carrier: string, code: string): Promise<boolean> {
  const result = await db
    .deleteFrom('carrier_code_mappings')
    .where('organization_id', '=', organizationId)
    .where('carrier', '=', carrier)
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Codes stored on events while no mapping knew them, per carrier, most frequent first. */
export async function unmappedCodeCounts(db: DbOrTx, organizationId: string, limit: number) {
  return db
    .selectFrom('tracking_events as e')
    .innerJoin('packages as p', 'p.id', 'e.package_id')
    .select(({ fn }) => ['p.carrier', 'e.carrier_code', fn.countAll<string>().as('events'), fn.max('e.received_at').as('last_seen_at')])
    .where('e.organization_id', '=', organizationId)
    .where('e.unmapped_code', '=', true)
    .groupBy(['p.carrier', 'e.carrier_code'])
    .orderBy('events', 'desc')
    .orderBy('e.carrier_code')
    .limit(limit)
    .execute();
}
