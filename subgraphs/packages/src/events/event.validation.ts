import { z } from 'zod';
import { findUnstorableText, isPackageStatus, isUuid, unstorableMessage, type PackageStatus } from '@clearpath/core';

/** Events dated further ahead than this are clock errors, not scans. */
const MAX_FUTURE_MS = 24 * 3600 * 1000;

const locationSchema = z
  .object({
    facilityCode: z.string().trim().min(1).max(64).nullish(),
    name: z.string().max(200).nullish(),
    lat: z.number().min(-90).max(90).nullish(),
    lon: z.number().min(-180).max(180).nullish(),
  })
  .refine((l) => (l.lat == null) === (l.lon == null), { message: 'lat and lon go together' });

const eventSchema = z.object({
  eventId: z.string().trim().min(1, 'eventId is required').max(200),
  packageId: z.string().nullish(),
  trackingNumber: z.string().trim().min(1).max(100).nullish(),
  status: z.string().nullish(),
  carrierCode: z.string().trim().max(64).nullish(),
  description: z.string().max(2000).nullish(),
  occurredAt: z.string(),
  location: locationSchema.nullish(),
  attributes: z.record(z.string(), z.unknown()).nullish(),
});

export interface ValidEvent {
  index: number;
  eventId: string;
  packageId: string | null;
  trackingNumber: string | null;
  /** Null: to be mapped from carrierCode by the organization's mapping (it depends on the package's carrier). */
  status: PackageStatus | null;
  carrierCode: string | null;
  description: string | null;
  occurredAt: Date;
  location: { facilityCode: string | null; name: string | null; lat: number | null; lon: number | null } | null;
  attributes: Record<string, unknown>;
}

export interface Rejection {
  index: number;
  eventId: string | null;
  code: string;
  message: string;
}

/** Validates one event; the result is either a normalized event or a rejection with a stable code. */
export function validateEvent(input: unknown, index: number, now: Date): ValidEvent | Rejection {
  const eventId = typeof (input as { eventId?: unknown })?.eventId === 'string' ? (input as { eventId: string }).eventId : null;
  const reject = (code: string, message: string): Rejection => ({ index, eventId, code, message });

  const unstorable = findUnstorableText(input, 'event');
  if (unstorable) return reject('INVALID_EVENT', unstorableMessage(unstorable));
  const parsed = eventSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject('INVALID_EVENT', `${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  if (!e.packageId && !e.trackingNumber) return reject('MISSING_PACKAGE', 'packageId or trackingNumber is required');
  if (e.packageId && !isUuid(e.packageId)) return reject('PACKAGE_NOT_FOUND', `No package ${e.packageId}`);

  const occurredAt = new Date(e.occurredAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(e.occurredAt) || Number.isNaN(occurredAt.getTime())) {
    return reject('INVALID_TIMESTAMP', `occurredAt must be an ISO-8601 date-time, got ${JSON.stringify(e.occurredAt)}`);
  }
  if (occurredAt.getTime() > now.getTime() + MAX_FUTURE_MS) {
    return reject('FUTURE_TIMESTAMP', 'occurredAt is more than 24 hours in the future');
  }

  let status: PackageStatus | null = null;
  if (e.status) {
    const normalized = e.status.trim().toUpperCase();
    if (!isPackageStatus(normalized)) return reject('UNKNOWN_STATUS', `Unknown status ${JSON.stringify(e.status)}`);
    status = normalized;
  } else if (!e.carrierCode) {
    return reject('MISSING_STATUS', 'status or carrierCode is required');
  }

  return {
    index,
    eventId: e.eventId,
    packageId: e.packageId ?? null,
    trackingNumber: e.trackingNumber ?? null,
    status,
    carrierCode: e.carrierCode ?? null,
    description: e.description ?? null,
    occurredAt,
    location: e.location
      ? {
          facilityCode: e.location.facilityCode ?? null,
          name: e.location.name ?? null,
          lat: e.location.lat ?? null,
          lon: e.location.lon ?? null,
        }
      : null,
    attributes: e.attributes ?? {},
  };
}

export function isRejection(result: ValidEvent | Rejection): result is Rejection {
  return 'code' in result;
}
