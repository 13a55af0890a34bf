import { isUuid } from '@clearpath/core';
import { z } from 'zod';
import { AppError, assertCanWrite, badInput, notFound, type Bus, type Db, type PackageRow, type Session } from '@clearpath/core';
import { forgetPackageStats } from '../stats/package-stats.share.js';
import { scheduleRollupCompaction } from '../stats/stats.rollup.js';
import { SERVICE_LEVELS } from './package.model.js';
import { appendPackageChange, insertPackage, softDeletePackage, updatePackageRow, type PackageFields } from './package.repository.js';

const place = z
  .object({
    name: z.string().max(200).nullish(),
    address: z.string().max(500).nullish(),
    lat: z.number().min(-90).max(90).nullish(),
    lon: z.number().min(-180).max(180).nullish(),
    facilityCode: z.string().max(64).nullish(),
  })
  .refine((p) => (p.lat == null) === (p.lon == null), { message: 'lat and lon go together' });

const metadata = z
  .record(z.string(), z.unknown())
  .refine((m) => JSON.stringify(m).length <= 16_384, { message: 'metadata is limited to 16 KiB' });

const fields = {
  carrier: z.string().trim().min(1).max(64),
  serviceLevel: z.enum(SERVICE_LEVELS),
  reference: z.string().max(200).nullish(),
  recipient: z.string().max(200).nullish(),
  origin: place.nullish(),
  destination: place.nullish(),
  promisedDeliveryAt: z.coerce.date().nullish(),
  metadata: metadata.nullish(),
};

const createSchema = z.object({
  ...fields,
  trackingNumber: z.string().trim().min(1).max(100).regex(/^[\w.\-/]+$/, 'letters, digits and . - _ / only'),
  serviceLevel: fields.serviceLevel.nullish().transform((v) => v ?? 'STANDARD'),
});
const updateSchema = z.object(fields).partial();

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badInput(`${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`, { issues: result.error.issues });
  }
  return result.data;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505';
}

const clean = (input: Partial<z.output<typeof updateSchema>>): PackageFields => ({
  carrier: input.carrier,
  serviceLevel: input.serviceLevel,
  reference: input.reference,
  recipient: input.recipient,
  origin: input.origin,
  destination: input.destination,
  promisedDeliveryAt: input.promisedDeliveryAt,
  metadata: input.metadata ?? undefined,
});

export async function createPackage(deps: { db: Db; bus: Bus }, session: Session, input: unknown): Promise<PackageRow> {
  assertCanWrite(session);
  const data = parse(createSchema, input);
  const org = session.organizationId;
  let row: PackageRow;
  let seq: number;
  try {
    [row, seq] = await deps.db.transaction().execute(async (tx) => {
      const created = await insertPackage(tx, org, { ...clean(data), trackingNumber: data.trackingNumber, carrier: data.carrier, serviceLevel: data.serviceLevel });
      return [created, await appendPackageChange(tx, org, created.id, 'CREATED')] as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `Tracking number ${data.trackingNumber} already exists`);
    }
    throw error;
  }
  scheduleRollupCompaction(deps.db);
  forgetPackageStats(org);
  await deps.bus.publish('package.changed', { organizationId: org, packageId: row.id, change: 'created', seq });
  return row;
}

export async function updatePackage(deps: { db: Db; bus: Bus }, session: Session, id: string, input: unknown): Promise<PackageRow> {
  assertCanWrite(session);
  const data = parse(updateSchema, input);
  const org = session.organizationId;
  const result = !isUuid(id)
    ? undefined
    : await deps.db.transaction().execute(async (tx) => {
        const row = await updatePackageRow(tx, org, id, clean(data));
        return row && ([row, await appendPackageChange(tx, org, row.id, 'UPDATED')] as const);
      });
  if (!result) throw notFound('Package', id);
  const [row, seq] = result;
  scheduleRollupCompaction(deps.db);
  forgetPackageStats(org);
  await deps.bus.publish('package.changed', { organizationId: org, packageId: row.id, change: 'updated', seq });
  return row;
}

export async function deletePackage(deps: { db: Db; bus: Bus }, session: Session, id: string): Promise<void> {
  assertCanWrite(session);
  const org = session.organizationId;
  const seq =
    isUuid(id) &&
    (await deps.db.transaction().execute(async (tx) => ((await softDeletePackage(tx, org, id)) ? appendPackageChange(tx, org, id, 'DELETED') : undefined)));
  if (!seq) throw notFound('Package', id);
  scheduleRollupCompaction(deps.db);
  forgetPackageStats(org);
  await deps.bus.publish('package.changed', { organizationId: org, packageId: id, change: 'deleted', seq });
}
