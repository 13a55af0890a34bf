import { isUuid } from '@clearpath/core';
import { z } from 'zod';
import { AppError, assertCanWrite, badInput, notFound, type Bus, type Db, type PackageRow, type Session } from '@clearpath/core';
import { SERVICE_LEVELS } from './package.model.js';
import { insertPackage, softDeletePackage, updatePackageRow, type PackageFields } from './package.repository.js';

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
  let row: PackageRow;
  try {
    row = await insertPackage(deps.db, session.organizationId, {
      ...clean(data),
      trackingNumber: data.trackingNumber,
      carrier: data.carrier,
      serviceLevel: data.serviceLevel,
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('CONFLICT', `Tracking number ${data.trackingNumber} already exists`);
    }
    throw error;
  }
  await deps.bus.publish('package.changed', { organizationId: session.organizationId, packageId: row.id, change: 'created' });
  return row;
}

export async function updatePackage(deps: { db: Db; bus: Bus }, session: Session, id: string, input: unknown): Promise<PackageRow> {
  assertCanWrite(session);
  const data = parse(updateSchema, input);
  const row = isUuid(id) ? await updatePackageRow(deps.db, session.organizationId, id, clean(data)) : undefined;
  if (!row) throw notFound('Package', id);
  await deps.bus.publish('package.changed', { organizationId: session.organizationId, packageId: row.id, change: 'updated' });
  return row;
}

export async function deletePackage(deps: { db: Db; bus: Bus }, session: Session, id: string): Promise<void> {
  assertCanWrite(session);
  const deleted = isUuid(id) && (await softDeletePackage(deps.db, session.organizationId, id));
  if (!deleted) throw notFound('Package', id);
  await deps.bus.publish('package.changed', { organizationId: session.organizationId, packageId: id, change: 'deleted' });
}
