import { Router, json, type Request, type Response } from 'express';
import { assertCanWrite } from '@clearpath/core';
import { EpcisFormatError, parseEpcis, type EpcisProblem, type EpcisTrackingEvent } from '@clearpath/packages';
import type { Caller } from './auth.middleware.js';
import type { Execute } from './graphql-executor.js';
import { RECORD_EVENTS } from './operations.js';
import { RestError } from './rest-error.js';

/** Same cap as the mutation, counted in tracking events (one per EPC). */
const MAX_EVENTS = 5000;
/** packagesByKeys takes at most this many keys per call. */
const KEYS_PER_LOOKUP = 1000;
const MEDIA_TYPES = ['application/json', 'application/ld+json'];

const PACKAGES_BY_KEYS = /* GraphQL */ `
  query RestEpcisPackages($keys: [String!]!) {
    packagesByKeys(keys: $keys) { id trackingNumber reference }
  }
`;

interface PackageKeys {
  id: string;
  trackingNumber: string;
  reference: string | null;
}

interface RecordResult {
  recordTrackingEvents: {
    accepted: number;
    duplicates: { index: number; eventId: string }[];
    rejected: { index: number; code: string; message: string }[];
    warnings: { index: number; eventId: string; code: string; message: string }[];
  };
}

/** POST /integrations/epcis/events: an EPCIS 2.0 document or event list, ingested like recordTrackingEvents. */
export function epcisRoutes(execute: Execute): Router {
  const router = Router();
  router.post('/integrations/epcis/events', json({ type: MEDIA_TYPES, limit: '16mb' }), async (req, res) => {
    const { session, token } = res.locals.caller as Caller;
    assertCanWrite(session);
    const parsed = parse(req);
    if (parsed.events.length > MAX_EVENTS) {
      throw new RestError(413, 'PAYLOAD_TOO_LARGE', `At most ${MAX_EVENTS} EPC observations per request; got ${parsed.events.length}`);
    }
    const packages = await lookUp(execute, caller(res), parsed.events);
    const rejected: EpcisProblem[] = [...parsed.rejected];
    const sent: { item: EpcisTrackingEvent; packageId: string }[] = [];
    for (const item of parsed.events) {
      const match = matchPackage(item, packages);
      if ('packageId' in match) sent.push({ item, packageId: match.packageId });
      else rejected.push({ index: item.index, pointer: item.pointer, ...match });
    }
    const result =
      sent.length === 0
        ? { accepted: 0, duplicates: [], rejected: [], warnings: [] }
        : (
            await execute<RecordResult>(session, token, RECORD_EVENTS, {
              events: sent.map(({ item, packageId }) => ({ ...item.event, packageId })),
            })
          ).recordTrackingEvents;
    // The mutation's indices refer to the events sent; each names one EPC of an EPCIS event.
    const origin = (i: number) => sent[i]!.item;
    for (const r of result.rejected) rejected.push({ index: origin(r.index).index, pointer: pointerFor(origin(r.index), r.code), code: r.code, message: r.message });
    const duplicates = result.duplicates.map((d) => ({ index: origin(d.index).index, pointer: origin(d.index).pointer, event_id: d.eventId }));
    const warnings = result.warnings.map((w) => ({ index: origin(w.index).index, pointer: origin(w.index).pointer, event_id: w.eventId, code: w.code, message: w.message }));
    rejected.sort((a, b) => a.index - b.index || a.pointer.localeCompare(b.pointer));
    res.status(200).json({ accepted: result.accepted, duplicates, rejected, ...(warnings.length ? { warnings } : {}) });
  });
  return router;
}

const caller = (res: Response) => res.locals.caller as Caller;

/** Ingest's time checks (e.g. more than a day ahead) are about eventTime; the rest about the EPC's event. */
function pointerFor(item: EpcisTrackingEvent, code: string): string {
  return code.endsWith('_TIMESTAMP') ? item.pointer.replace(/\/(epcList|quantityList)\/.*$/, '/eventTime') : item.pointer;
}

function parse(req: Request) {
  // A typed body of another media type is a 415; no body at all (or no type) is simply not EPCIS: 400.
  if (req.body === undefined && req.headers['content-type'] !== undefined && req.is(MEDIA_TYPES) === false) {
    throw new RestError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send EPCIS JSON as ${MEDIA_TYPES.join(' or ')}`);
  }
  try {
    return parseEpcis(req.body);
  } catch (error) {
    if (error instanceof EpcisFormatError) throw new RestError(400, 'INVALID_EPCIS', error.message, { pointer: error.pointer });
    throw error;
  }
}

/** The caller's packages whose trackingNumber or reference is one of the EPCs' keys (tenancy comes with the query). */
async function lookUp(execute: Execute, { session, token }: Caller, events: EpcisTrackingEvent[]): Promise<PackageKeys[]> {
  // No tracking number or reference is longer than 200 characters: longer keys cannot match.
  const keys = [...new Set(events.flatMap((e) => e.epc.keys))].filter((k) => k.length <= 200);
  const found: PackageKeys[] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_LOOKUP) {
    const data = await execute<{ packagesByKeys: PackageKeys[] }>(session, token, PACKAGES_BY_KEYS, { keys: keys.slice(i, i + KEYS_PER_LOOKUP) });
    found.push(...data.packagesByKeys);
  }
  return found;
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
