import { AppError } from '@clearpath/core';
import { parseEpcis, type EpcisProblem, type EpcisTrackingEvent } from './epcis-parser.js';

/** Same cap as recordTrackingEvents, counted in tracking events (one per EPC). */
const MAX_EVENTS = 5000;

export interface PackageKeys {
  id: string;
  trackingNumber: string;
  reference: string | null;
}

/** How the caller reaches the packages and the ingest path: in-process (the mutation) or over GraphQL (REST). */
export interface EpcisPorts {
  /** The caller's packages whose trackingNumber or reference is one of the keys. */
  lookUp(keys: string[]): Promise<PackageKeys[]>;
  record(events: object[]): Promise<{
    accepted: number;
    duplicates: { index: number; eventId: string }[];
    rejected: { index: number; code: string; message: string }[];
    warnings: { index: number; eventId: string; code: string; message: string }[];
  }>;
}

export interface EpcisAnswer {
  accepted: number;
  duplicates: { index: number; pointer: string; eventId: string }[];
  rejected: EpcisProblem[];
  warnings: (EpcisProblem & { eventId: string })[];
}

/**
 * An EPCIS document or event list, ingested: parsed (EpcisFormatError when it is not EPCIS), each EPC matched
 * to a package, the matched ones recorded in one batch; every answer points into the body. Shared by
 * POST /integrations/epcis/events and the ingestEpcis mutation.
 */
export async function ingestEpcisDocument(body: unknown, ports: EpcisPorts): Promise<EpcisAnswer> {
  const parsed = parseEpcis(body);
  if (parsed.events.length > MAX_EVENTS) {
    throw new AppError('PAYLOAD_TOO_LARGE', `At most ${MAX_EVENTS} EPC observations per request; got ${parsed.events.length}`);
  }
  // No tracking number or reference is longer than 200 characters: longer keys cannot match.
  const keys = [...new Set(parsed.events.flatMap((e) => e.epc.keys))].filter((k) => k.length <= 200);
  const packages = keys.length ? await ports.lookUp(keys) : [];
  const rejected: EpcisProblem[] = [...parsed.rejected];
  const sent: { item: EpcisTrackingEvent; packageId: string }[] = [];
  for (const item of parsed.events) {
    const match = matchPackage(item, packages);
    if ('packageId' in match) sent.push({ item, packageId: match.packageId });
    else rejected.push({ index: item.index, pointer: item.pointer, ...match });
  }
  const result = sent.length === 0
    ? { accepted: 0, duplicates: [], rejected: [], warnings: [] }
    : await ports.record(sent.map(({ item, packageId }) => ({ ...item.event, packageId })));
  // The ingest result's indices refer to the events sent; each names one EPC of an EPCIS event.
  const origin = (i: number) => sent[i]!.item;
  for (const r of result.rejected) rejected.push({ index: origin(r.index).index, pointer: pointerFor(origin(r.index), r.code), code: r.code, message: r.message });
  rejected.sort((a, b) => a.index - b.index || a.pointer.localeCompare(b.pointer));
  return {
    accepted: result.accepted,
    duplicates: result.duplicates.map((d) => ({ index: origin(d.index).index, pointer: origin(d.index).pointer, eventId: d.eventId })),
    rejected,
    warnings: result.warnings.map((w) => ({ index: origin(w.index).index, pointer: origin(w.index).pointer, eventId: w.eventId, code: w.code, message: w.message })),
  };
}

/** Ingest's time checks (e.g. more than a day ahead) are about eventTime; the rest about the EPC's event. */
function pointerFor(item: EpcisTrackingEvent, code: string): string {
  return code.endsWith('_TIMESTAMP') ? item.pointer.replace(/\/(epcList|quantityList)\/.*$/, '/eventTime') : item.pointer;
}

/**
 * The EPC's keys in order (canonical identifier, then its serial / SSCC-18); for each, a tracking number
 * match wins over a reference match. Two packages for the same key is ambiguous, not a guess.
 */
function matchPackage(item: EpcisTrackingEvent, packages: PackageKeys[]): { packageId: string } | { code: string; message: string } {
  for (const key of item.epc.keys) {
    for (const field of ['trackingNumber', 'reference'] as const) {
      const hits = packages.filter((p) => p[field] === key);
      if (hits.length === 1) return { packageId: hits[0]!.id };
      if (hits.length > 1) return { code: 'AMBIGUOUS_EPC', message: `EPC ${item.epc.canonical} matches ${hits.length} packages by ${field} ${key}` };
    }
  }
  return {
    code: 'PACKAGE_NOT_FOUND',
    message: `No package has trackingNumber or reference ${item.epc.keys.map((k) => JSON.stringify(k)).join(' or ')} (EPC ${item.epc.canonical})`,
  };
}
