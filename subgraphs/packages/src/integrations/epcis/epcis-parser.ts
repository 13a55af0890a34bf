import { createHash } from 'node:crypto';
import type { PackageStatus } from '@clearpath/core';
import { checkEventTime } from './event-time.js';
import { facilityCodeFor, parseEpc, type ParsedEpc } from './identifiers.js';
import { decideStatus, vocabularyTerm, type VocabularyTerm } from './status-mapping.js';

/** A rejection of one event (or one EPC of it), located by a JSON pointer (RFC 6901) into the request body. */
export interface EpcisProblem {
  /** Position of the EPCIS event in the event list. */
  index: number;
  pointer: string;
  code: string;
  message: string;
}

/** One tracking event per EPC of an ObjectEvent, in the shape of TrackingEventInput (package still unresolved). */
export interface EpcisTrackingEvent {
  index: number;
  /** Pointer to the EPC this event is about (`…/epcList/0`), where a package-level rejection points. */
  pointer: string;
  epc: ParsedEpc;
  event: {
    eventId: string;
    status: PackageStatus;
    carrierCode: string;
    description: string;
    occurredAt: string;
    location: { facilityCode: string } | null;
    attributes: Record<string, unknown>;
  };
}

/** The body is not EPCIS at all (the whole request is refused, with where it went wrong). */
export class EpcisFormatError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(`${pointer || '/'}: ${message}`);
  }
}

/** EPCIS 2.0 §7.4: the other event types; valid EPCIS, but not (yet) tracking events here. */
const OTHER_EVENT_TYPES = new Set(['AggregationEvent', 'TransactionEvent', 'TransformationEvent', 'AssociationEvent']);
const ACTIONS = new Set(['ADD', 'OBSERVE', 'DELETE']);
/** TrackingEventInput.eventId holds at most this many characters. */
const MAX_EVENT_ID = 200;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Finds the event list of an EPCISDocument, an EPCISQueryDocument or a bare array. */
function eventList(body: unknown): { list: unknown[]; at: string } {
  if (Array.isArray(body)) return { list: body, at: '' };
  if (!isObject(body)) throw new EpcisFormatError('', 'expected an EPCISDocument object or a JSON array of EPCIS events');
  if (body.type !== 'EPCISDocument' && body.type !== 'EPCISQueryDocument') {
    throw new EpcisFormatError('/type', `expected "EPCISDocument" (or a JSON array of EPCIS events), got ${JSON.stringify(body.type) ?? 'nothing'}`);
  }
  if (!isObject(body.epcisBody)) throw new EpcisFormatError('/epcisBody', 'expected an object holding eventList');
  if (body.type === 'EPCISQueryDocument') {
    const results = (body.epcisBody as { queryResults?: { resultsBody?: { eventList?: unknown } } }).queryResults?.resultsBody?.eventList;
    if (!Array.isArray(results)) throw new EpcisFormatError('/epcisBody/queryResults/resultsBody/eventList', 'expected an array of events');
    return { list: results, at: '/epcisBody/queryResults/resultsBody/eventList' };
  }
  if (!Array.isArray(body.epcisBody.eventList)) throw new EpcisFormatError('/epcisBody/eventList', 'expected an array of events');
  return { list: body.epcisBody.eventList, at: '/epcisBody/eventList' };
}

/**
 * Validates an EPCIS 2.0 JSON(-LD) body and maps its ObjectEvents to tracking events, one per EPC. Every
 * event or EPC that cannot be mapped is a problem with a pointer; nothing is dropped silently. Throws
 * EpcisFormatError when the body is not EPCIS at all.
 */
export function parseEpcis(body: unknown): { events: EpcisTrackingEvent[]; rejected: EpcisProblem[] } {
  const { list, at } = eventList(body);
  const events: EpcisTrackingEvent[] = [];
  const rejected: EpcisProblem[] = [];
  list.forEach((item, index) => {
    const result = mapEvent(item, index, `${at}/${index}`);
    events.push(...result.events);
    rejected.push(...result.rejected);
  });
  return { events, rejected };
}

function mapEvent(item: unknown, index: number, at: string): { events: EpcisTrackingEvent[]; rejected: EpcisProblem[] } {
  const fail = (pointer: string, code: string, message: string) => ({ events: [], rejected: [{ index, pointer, code, message }] });
  if (!isObject(item)) return fail(at, 'INVALID_EVENT', 'an EPCIS event must be a JSON object');
  if (item.type !== 'ObjectEvent') {
    if (typeof item.type === 'string' && OTHER_EVENT_TYPES.has(item.type)) {
      return fail(`${at}/type`, 'UNSUPPORTED_EVENT_TYPE', `${item.type} is not supported; only ObjectEvent is mapped to tracking events`);
    }
    return fail(`${at}/type`, 'INVALID_EVENT', `expected an EPCIS event type such as "ObjectEvent", got ${JSON.stringify(item.type) ?? 'nothing'}`);
  }
  if (typeof item.action !== 'string' || !ACTIONS.has(item.action)) {
    return fail(`${at}/action`, 'INVALID_EVENT', `action must be ADD, OBSERVE or DELETE, got ${JSON.stringify(item.action) ?? 'nothing'}`);
  }
  const time = checkEventTime(item.eventTime, item.eventTimeZoneOffset);
  if ('error' in time) return fail(`${at}/${time.field}`, 'INVALID_TIMESTAMP', time.error);
  if (item.eventID !== undefined && (typeof item.eventID !== 'string' || item.eventID.trim() === '')) {
    return fail(`${at}/eventID`, 'INVALID_EVENT', 'eventID must be a non-empty string (a URI such as urn:uuid:…)');
  }

  const bizStep = term(item.bizStep, 'BizStep');
  const disposition = term(item.disposition, 'Disp');
  if (bizStep === 'invalid') return fail(`${at}/bizStep`, 'INVALID_EVENT', 'bizStep must be a CBV term or URI');
  if (disposition === 'invalid') return fail(`${at}/disposition`, 'INVALID_EVENT', 'disposition must be a CBV term or URI');
  if (bizStep?.kind === 'private') return fail(`${at}/bizStep`, 'UNKNOWN_BIZ_STEP', `Private bizStep ${bizStep.uri} has no ClearPath status`);
  const decision = decideStatus(bizStep?.term, disposition);
  if ('code' in decision) return fail(`${at}/${decision.on}`, decision.code, decision.message);

  const place = location(item, at);
  if ('error' in place) return fail(place.pointer, 'INVALID_LOCATION', place.error);

  const epcs = epcsOf(item, at);
  if (epcs.found === 0) return fail(`${at}/epcList`, 'MISSING_EPC', 'an ObjectEvent needs at least one EPC in epcList or quantityList');

  const baseId = typeof item.eventID === 'string' ? item.eventID : derivedEventId(item);
  if (baseId === null) return fail(at, 'INVALID_EVENT', `an event without eventID may nest at most ${MAX_DEPTH} levels (its key is derived from its content)`);
  const stepName = bizStep?.term ?? (disposition?.kind === 'cbv' ? disposition.term : 'epcis');
  const dispName = disposition?.kind === 'cbv' ? disposition.term : disposition?.uri;
  const events = epcs.valid.map(({ epc, pointer }): EpcisTrackingEvent => ({
    index,
    pointer,
    epc,
    event: {
      eventId: eventIdFor(baseId, epc, epcs.found),
      status: decision.status,
      carrierCode: stepName.slice(0, 64),
      description: `EPCIS ObjectEvent ${item.action as string} ${stepName}${dispName ? ` (${dispName})` : ''}`,
      occurredAt: item.eventTime as string,
      location: place.code ? { facilityCode: place.code } : null,
      attributes: compact({
        source: 'epcis',
        epc: epc.canonical,
        action: item.action,
        bizStep: item.bizStep,
        disposition: item.disposition,
        readPoint: (item.readPoint as Json | undefined)?.id,
        bizLocation: (item.bizLocation as Json | undefined)?.id,
        eventTimeZoneOffset: item.eventTimeZoneOffset,
      }),
    },
  }));
  return { events, rejected: epcs.rejected.map((r) => ({ index, ...r })) };
}

type Term = Exclude<VocabularyTerm, { kind: 'invalid' }>;

function term(value: unknown, vocabulary: 'BizStep' | 'Disp'): Term | 'invalid' | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return 'invalid';
  const parsed = vocabularyTerm(value, vocabulary);
  return parsed.kind === 'invalid' ? 'invalid' : parsed;
}

/** readPoint is where the event happened (EPCIS §7.3.4); bizLocation where the goods are now. */
function location(item: Json, at: string): { code: string | null } | { error: string; pointer: string } {
  for (const field of ['readPoint', 'bizLocation'] as const) {
    const value = item[field];
    if (value === undefined || value === null) continue;
    if (!isObject(value) || typeof value.id !== 'string') return { error: `${field} must be an object with an id URI`, pointer: `${at}/${field}` };
    const facility = facilityCodeFor(value.id);
    if ('error' in facility) return { error: facility.error, pointer: `${at}/${field}/id` };
    return { code: facility.code };
  }
  return { code: null };
}

/** Instance-level EPCs of epcList and quantityList (epcClass), each parsed or reported where it stands. */
function epcsOf(item: Json, at: string) {
  const valid: { epc: ParsedEpc; pointer: string }[] = [];
  const rejected: { pointer: string; code: string; message: string }[] = [];
  let found = 0;
  const take = (value: unknown, pointer: string) => {
    found++;
    const epc = typeof value === 'string' ? parseEpc(value) : null;
    if (epc) valid.push({ epc, pointer });
    else rejected.push({ pointer, code: 'UNSUPPORTED_EPC', message: `${JSON.stringify(value)} is not an SGTIN or SSCC (EPC URN or GS1 Digital Link)` });
  };
  for (const [field, key] of [['epcList', null], ['quantityList', 'epcClass']] as const) {
    const list = item[field];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      rejected.push({ pointer: `${at}/${field}`, code: 'INVALID_EVENT', message: `${field} must be an array` });
      found++;
      continue;
    }
    list.forEach((entry, i) => (key ? take(isObject(entry) ? entry[key] : undefined, `${at}/${field}/${i}${isObject(entry) ? `/${key}` : ''}`) : take(entry, `${at}/${field}/${i}`)));
  }
  return { valid, rejected, found };
}

/** One event per EPC: the eventID alone when the event names one EPC, else eventID plus the EPC. */
function eventIdFor(base: string, epc: ParsedEpc, count: number): string {
  const id = count === 1 ? base : `${base}#${epc.canonical}`;
  return id.length <= MAX_EVENT_ID ? id : `epcis:sha256:${createHash('sha256').update(id).digest('hex')}`;
}

/**
 * Without an eventID, the same event resent must get the same key: a SHA-256 over the event with its keys
 * sorted, leaving out recordTime (set by whoever captured it, so it may differ on a resend). This is
 * not the CBV 2.0 §8.9 canonical event hash, only deterministic within ClearPath.
 */
export function derivedEventId(event: Json): string | null {
  const { recordTime: _recordTime, eventID: _eventId, ...rest } = event;
  const text = canonicalJson(rest, 0);
  return text === null ? null : `epcis:sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Extensions may nest; a hostile depth (JSON.parse accepts a million levels) must not exhaust the stack. */
const MAX_DEPTH = 64;

function canonicalJson(value: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH) return null;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const v of value) {
      const part = canonicalJson(v, depth + 1);
      if (part === null) return null;
      parts.push(part);
    }
    return `[${parts.join(',')}]`;
  }
  if (isObject(value)) {
    for (const k of Object.keys(value).sort()) {
      const part = canonicalJson(value[k], depth + 1);
      if (part === null) return null;
      parts.push(`${JSON.stringify(k)}:${part}`);
    }
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));
}
