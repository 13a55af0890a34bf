import type { DbOrTx, FacilityRow } from '@clearpath/core';

export interface FacilityFields {
  code: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
}

export async function upsertFacilityRows(db: DbOrTx, organizationId: string, facilities: FacilityFields[]): Promise<FacilityRow[]> {
  if (facilities.length === 0) return [];
  return db
    .insertInto('facilities')
    .values(facilities.map((f) => ({ organization_id: organizationId, ...f })))
    .onConflict((oc) =>
      oc.columns(['organization_id', 'code']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        type: eb.ref('excluded.type'),
        lat: eb.ref('excluded.lat'),
        lon: eb.ref('excluded.lon'),
        updated_at: new Date(),
      })),
    )
    .returningAll()
    .execute();
}

export async function listFacilities(db: DbOrTx, organizationId: string): Promise<FacilityRow[]> {
  return db.selectFrom('facilities').selectAll().where('organization_id', '=', organizationId).orderBy('code').execute();
}

export async function findFacilitiesByCodes(db: DbOrTx, organizationId: string, codes: readonly string[]): Promise<FacilityRow[]> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('facilities')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('code', 'in', [...codes])
    .execute();
}
