import { AppError, assertCanWrite, eventReason, ingestBatchDuration, ingestEvents, type Bus, type Db, type Session } from '@clearpath/core';
import { carrierCodeCache, type CodeLookup } from '../carrier-codes/carrier-code.cache.js';
import { findFacilitiesByCodes } from '../facilities/facility.repository.js';
import { findPackageKeys } from '../package/package.repository.js';
import { scheduleRollupCompaction } from '../stats/stats.rollup.js';
import { appendEvents, applyPackageState, refoldPackageState, type NewEvent, type PackageStateChange } from './event.repository.js';
import { isRejection, validateEvent, type Rejection, type ValidEvent } from './event.validation.js';

export const MAX_BATCH = 5000;

export interface IngestResult {
  accepted: number;
  duplicates: { index: number; eventId: string }[];
  rejected: Rejection[];
  /** Stored events the client should look at: a carrier code no mapping knows (stored raw, reported here). */
  warnings: { index: number; eventId: string; code: string; message: string }[];
  /** Log positions of the stored events; the events themselves are read only when a client asks. */
  storedSeqs: number[];
}

/**
 * Records a batch of tracking events: validates each, stores the valid ones and the package state they
 * imply in one transaction, then announces the committed range of the event log (positions are commit-ordered).
 */
export async function recordTrackingEvents(
  deps: { db: Db; bus: Bus },
  session: Session,
  inputs: readonly unknown[],
  now = new Date(),
): Promise<IngestResult> {
  const stop = ingestBatchDuration.startTimer();
  try {
    const result = await ingest(deps, session, inputs, now);
    ingestEvents.inc({ outcome: 'stored' }, result.accepted);
    ingestEvents.inc({ outcome: 'duplicate' }, result.duplicates.length);
    ingestEvents.inc({ outcome: 'rejected' }, result.rejected.length);
    stop({ outcome: 'ok' });
    return result;
  } catch (error) {
    stop({ outcome: 'error' });
    throw error;
  }
}

async function ingest(deps: { db: Db; bus: Bus }, session: Session, inputs: readonly unknown[], now: Date): Promise<IngestResult> {
  assertCanWrite(session);
  if (inputs.length > MAX_BATCH) {
    throw new AppError('PAYLOAD_TOO_LARGE', `A batch holds at most ${MAX_BATCH} events; got ${inputs.length}`);
  }
  const orgId = session.organizationId;
  const rejected: Rejection[] = [];
  const duplicates: IngestResult['duplicates'] = [];
  const valid: ValidEvent[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const result = validateEvent(input, index, now);
    if (isRejection(result)) rejected.push(result);
    else if (seen.has(result.eventId)) duplicates.push({ index, eventId: result.eventId });
    else {
      seen.add(result.eventId);
      valid.push(result);
    }
  });

  const lookup = await carrierCodeCache(deps.bus).get(deps.db, orgId);
  const rows = await resolvePackagesAndPlaces(deps.db, orgId, valid, rejected, lookup);
  // Package state first, the log append last: the append holds the log's lock until commit (lockLogForAppend).
  const stored = await deps.db.transaction().execute(async (tx) => {
    await applyPackageState(tx, orgId, foldState(rows.map((r) => r.row)));
    const appended = await appendEvents(tx, orgId, rows.map((r) => r.row));
    if (appended.length < rows.length) {
      // Some were stored already (a resend): their second fold may have moved a tie, so derive those packages anew.
      const added = new Set(appended.map((e) => e.event_id));
      await refoldPackageState(tx, orgId, [...new Set(rows.filter((r) => !added.has(r.row.eventId)).map((r) => r.row.packageId))].sort());
    }
    return appended;
  });

  const storedIds = new Set(stored.map((e) => e.event_id));
  for (const { index, row } of rows) {
    if (!storedIds.has(row.eventId)) duplicates.push({ index, eventId: row.eventId });
  }
  duplicates.sort((a, b) => a.index - b.index);
  rejected.sort((a, b) => a.index - b.index);
  const warnings = rows
    .filter((r) => r.row.unmappedCode && storedIds.has(r.row.eventId))
    .map(({ index, row }) => ({
      index,
      eventId: row.eventId,
      code: 'UNMAPPED_CARRIER_CODE',
      message: `Carrier code ${JSON.stringify(row.carrierCode)} is not in the carrier code mapping: stored as sent, reason ${row.reason} (${row.reasonSource.toLowerCase()})`,
    }));

  if (stored.length > 0) {
    scheduleRollupCompaction(deps.db);
    const seqs = stored.map((e) => e.seq);
    await deps.bus.publish('events.recorded', {
      organizationId: orgId,
      packageIds: [...new Set(stored.map((e) => e.package_id))],
      fromSeq: Math.min(...seqs),
      toSeq: Math.max(...seqs),
    });
  }
  return { accepted: stored.length, duplicates, rejected, warnings, storedSeqs: stored.map((e) => e.seq) };
}

/**
 * Turns validated events into rows: resolves packages (by id or tracking number), facility coordinates, and
 * what the carrier code means for the package's carrier (status when none was given, and the reason).
 */
async function resolvePackagesAndPlaces(
  db: Db,
  orgId: string,
  valid: ValidEvent[],
  rejected: Rejection[],
  lookup: CodeLookup,
): Promise<{ index: number; row: NewEvent }[]> {
  const ids = [...new Set(valid.flatMap((e) => (e.packageId ? [e.packageId] : [])))];
  const numbers = [...new Set(valid.flatMap((e) => (!e.packageId && e.trackingNumber ? [e.trackingNumber] : [])))];
  const codes = [...new Set(valid.flatMap((e) => (e.location?.facilityCode ? [e.location.facilityCode] : [])))];
  const [packages, facilities] = await Promise.all([findPackageKeys(db, orgId, ids, numbers), findFacilitiesByCodes(db, orgId, codes)]);
  const knownIds = new Set(packages.map((p) => p.id));
  const idByNumber = new Map(packages.map((p) => [p.tracking_number, p.id]));
  const carrierById = new Map(packages.map((p) => [p.id, p.carrier]));
  const facilityByCode = new Map(facilities.map((f) => [f.code, f]));

  const rows: { index: number; row: NewEvent }[] = [];
  for (const e of valid) {
    const packageId = e.packageId ? (knownIds.has(e.packageId) ? e.packageId : undefined) : idByNumber.get(e.trackingNumber ?? '');
    if (!packageId) {
      rejected.push({
        index: e.index,
        eventId: e.eventId,
        code: 'PACKAGE_NOT_FOUND',
        message: `No package ${e.packageId ?? e.trackingNumber ?? ''}`,
      });
      continue;
    }
    const meaning = e.carrierCode ? lookup(carrierById.get(packageId) ?? null, e.carrierCode) : null;
    const status = e.status ?? meaning?.status;
    if (!status) {
      rejected.push({
        index: e.index,
        eventId: e.eventId,
        code: 'UNKNOWN_CARRIER_CODE',
        message: `Unknown carrier code ${JSON.stringify(e.carrierCode)} and no status given (map it with upsertCarrierCodeMapping, or send a status)`,
      });
      continue;
    }
    const { reason, source, unmappedCode } = eventReason(e.carrierCode, meaning, e.description);
    const facility = e.location?.facilityCode ? facilityByCode.get(e.location.facilityCode) : undefined;
    rows.push({
      index: e.index,
      row: {
        eventId: e.eventId,
        packageId,
        status,
        carrierCode: e.carrierCode,
        description: e.description,
        occurredAt: e.occurredAt,
        facilityCode: e.location?.facilityCode ?? null,
        locationName: e.location?.name ?? facility?.name ?? null,
        lat: e.location?.lat ?? facility?.lat ?? null,
        lon: e.location?.lon ?? facility?.lon ?? null,
        attributes: e.attributes,
        reason,
        reasonSource: source,
        unmappedCode,
      },
    });
  }
  return rows;
}

/** Per package: the newest event (status), the newest located event, the earliest event and any delivery. */
export function foldState(events: readonly NewEvent[]): PackageStateChange[] {
  // Events are in batch order: on equal occurredAt the later one wins, as a later batch wins over a stored event.
  const newer = (a: NewEvent, b: NewEvent | undefined) => !b || a.occurredAt >= b.occurredAt;
  const byPackage = new Map<string, { latest?: NewEvent; located?: NewEvent; first: Date; delivered: Date | null }>();
  for (const e of events) {
    const s = byPackage.get(e.packageId) ?? { first: e.occurredAt, delivered: null };
    if (newer(e, s.latest)) s.latest = e;
    if ((e.facilityCode || e.lat != null) && newer(e, s.located)) s.located = e;
    if (e.occurredAt < s.first) s.first = e.occurredAt;
    if (e.status === 'DELIVERED' && (!s.delivered || e.occurredAt < s.delivered)) s.delivered = e.occurredAt;
    byPackage.set(e.packageId, s);
  }
  // In package-id order: concurrent batches then lock the package rows they share in one order (no deadlock).
  return [...byPackage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([packageId, s]) => ({
    packageId,
    status: s.latest!.status,
    statusAt: s.latest!.occurredAt,
    location: s.located
      ? JSON.stringify({ facilityCode: s.located.facilityCode, name: s.located.locationName, lat: s.located.lat, lon: s.located.lon })
      : null,
    locationAt: s.located?.occurredAt ?? null,
    firstEventAt: s.first,
    deliveredAt: s.delivered,
  }));
}
