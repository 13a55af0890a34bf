import { Router, text, type Request } from 'express';
import { assertCanWrite } from '@clearpath/core';
import { answerPerTransaction, buildAck997, flattenEvents, parseX12_214, X12Error, type X12Event } from '@clearpath/packages';
import type { Caller } from './auth.middleware.js';
import type { Execute } from './graphql-executor.js';
import { RECORD_EVENTS } from './operations.js';
import { RestError } from './rest-error.js';

/** Same cap as the mutation, counted in AT7 status details. */
const MAX_EVENTS = 5000;
/** 5,000 status details with their loops fit in a few megabytes; more is refused before it is split. */
const MAX_BODY = '8mb';
const MEDIA_TYPES = ['application/edi-x12', 'text/plain'];
const EDI = 'application/edi-x12';

interface RecordResult {
  recordTrackingEvents: {
    accepted: number;
    duplicates: { index: number; eventId: string }[];
    rejected: { index: number; eventId: string | null; code: string; message: string }[];
    warnings: { index: number; eventId: string; code: string; message: string }[];
  };
}

/**
 * POST /integrations/x12/214: a raw X12 214 interchange, ingested through recordTrackingEvents (one call,
 * so dedup, ordering and rejections are the mutation's), answered per transaction set and, on request,
 * with a 997 (`?ack=997` adds `ack_997` to the JSON; `Accept: application/edi-x12` returns the 997 itself).
 */
export function x12Routes(execute: Execute): Router {
  const router = Router();
  router.post('/integrations/x12/214', text({ type: MEDIA_TYPES, limit: MAX_BODY }), async (req, res) => {
    const { session, token } = res.locals.caller as Caller;
    assertCanWrite(session);
    const wantsEdi = acceptsOnlyEdi(req);
    const wantsAck = wantsEdi || ackRequested(req);
    const { interchange, transactions } = parse(req);
    const sent = flattenEvents(transactions);
    if (sent.length > MAX_EVENTS) throw new RestError(413, 'PAYLOAD_TOO_LARGE', `At most ${MAX_EVENTS} AT7 status details per interchange; got ${sent.length}`);
    const result =
      sent.length === 0
        ? { accepted: 0, duplicates: [], rejected: [], warnings: [] }
        : (await execute<RecordResult>(session, token, RECORD_EVENTS, { events: sent.map((s) => s.event satisfies X12Event) })).recordTrackingEvents;
    const answers = answerPerTransaction(transactions, result).map((a) => ({
      control_number: a.controlNumber,
      group_control_number: a.groupControlNumber,
      shipment_id: a.shipmentId,
      reference: a.reference,
      accepted: a.accepted,
      duplicates: a.duplicates.map((d) => ({ index: d.index, event_id: d.eventId })),
      rejected: a.rejected.map((r) => ({ index: r.index, event_id: r.eventId, code: r.code, message: r.message })),
      warnings: a.warnings.map((w) => ({ index: w.index, event_id: w.eventId, code: w.code, message: w.message })),
    }));
    const ack = wantsAck ? buildAck997(interchange, transactions, new Date()) : undefined;
    if (wantsEdi) {
      res.type(EDI).send(ack);
      return;
    }
    res.json({ interchange_control_number: interchange.control, transactions: answers, ...(ack ? { ack_997: ack } : {}) });
  });
  return router;
}

function parse(req: Request) {
  if (typeof req.body !== 'string') throw new RestError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send the raw interchange as ${MEDIA_TYPES.join(' or ')}`);
  try {
    return parseX12_214(req.body);
  } catch (error) {
    if (!(error instanceof X12Error)) throw error;
    const { segment, segmentId, element } = error.position;
    throw new RestError(400, error.code, error.message, { segment, segment_id: segmentId, element });
  }
}

function ackRequested(req: Request): boolean {
  const ack = req.query.ack;
  if (ack === undefined) return false;
  if (ack !== '997') throw new RestError(400, 'BAD_REQUEST', 'ack may only be 997 (functional acknowledgment)', { field: 'ack' });
  return true;
}

/** The 997 replaces the JSON only when the client asks for EDI and not for JSON. */
function acceptsOnlyEdi(req: Request): boolean {
  const accept = req.get('accept') ?? '';
  return accept.includes(EDI) && req.accepts(['application/json', EDI]) === EDI;
}
