import { AppError, assertCanWrite, badInput } from '@clearpath/core';
import type { FacilityType, Resolvers } from '../__generated__/resolvers-types.js';
import { findFacilitiesByCodes, listFacilities, upsertFacilityRows } from './facility.repository.js';

const MAX_FACILITIES = 1000;

function validateFacility<F extends { code: string; name: string; lat: number; lon: number }>(f: F): F {
  const code = f.code.trim();
  const bad = (message: string) => badInput(`Invalid facility ${JSON.stringify(f.code)}: ${message}`);
  if (!/^[\w.-]{1,64}$/.test(code)) throw bad('code must be 1–64 letters, digits, . _ -');
  if (!f.name.trim()) throw bad('name is required');
  if (Math.abs(f.lat) > 90 || Math.abs(f.lon) > 180) throw bad('lat/lon out of range');
  return { ...f, code };
}

export const facilityResolvers: Resolvers = {
  Query: {
    facilities: (_, __, ctx) => listFacilities(ctx.db, ctx.session.organizationId),
  },
  Mutation: {
    upsertFacilities: async (_, { facilities }, ctx) => {
      assertCanWrite(ctx.session);
      if (facilities.length > MAX_FACILITIES) {
        throw new AppError('PAYLOAD_TOO_LARGE', `At most ${MAX_FACILITIES} facilities per call`);
      }
      // One statement cannot upsert a row twice: a code given twice keeps its last entry, as two calls would.
      const byCode = new Map(facilities.map(validateFacility).map((f) => [f.code, f]));
      return upsertFacilityRows(ctx.db, ctx.session.organizationId, [...byCode.values()]);
    },
  },
  Facility: {
    __resolveReference: async (ref, ctx) =>
      (await findFacilitiesByCodes(ctx.db, ctx.session.organizationId, [ref.code]))[0] ?? null,
    type: (f) => f.type as FacilityType,
  },
};
