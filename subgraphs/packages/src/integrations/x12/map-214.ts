import { el, type Interchange, type Transaction } from './envelope.js';
import { X12Error } from './errors.js';
import { AT7_REASON, AT7_STATUS } from './status-codes.js';
import { x12Instant } from './time.js';
import type { Segment } from './tokenize.js';

/** A TrackingEventInput ready for recordTrackingEvents. */
export interface X12Event {
  eventId: string;
  trackingNumber: string;
  status: string;
  carrierCode: string;
  description: string;
  occurredAt: string;
  location: { facilityCode: string | null; name: string | null } | null;
  attributes: Record<string, unknown>;
}

export interface X12Rejection {
  /** Position of the AT7 in its transaction set (0-based), as in the response's per-event indices. */
  index: number;
  eventId: string;
  code: string;
  message: string;
  /** Where: the AT7's segment number in the interchange and the offending element. */
  segment: number;
  element: number;
}

export interface ShipmentStatus {
  groupControl: string;
  /** ST02. */
  control: string;
  /** Segment number of the ST, so segment positions within the set can be given (997 AK302). */
  stSegment: number;
  shipmentId: string;
  reference: string | null;
  /** Events by AT7 index; a rejected AT7 leaves a hole so indices stay the AT7's position. */
  events: { index: number; event: X12Event }[];
  rejected: X12Rejection[];
}

interface Party { name: string | null; facilityCode: string | null; city: string | null }
interface Pending { index: number; at7: Segment; ms1?: Segment; ms2?: Segment }

const where = (s: Segment, element?: number) => `segment ${s.number} (${s.id})${element ? `, element ${String(element).padStart(2, '0')}` : ''}`;

/**
 * One 214 transaction set to tracking events (X12 004010 214: B10 header, N1 loops, LX detail loops of
 * AT7 with MS1/MS2). Locations: MS1 (city, state, country) of the AT7, named and coded by the N1/N4 of
 * the same detail loop when there is one. Header N1 loops name the parties (shipper, consignee), not where
 * a status happened, so they are not used as locations, unless the message has no LX loops at all.
 */
export function mapTransaction(interchange: Interchange, groupControl: string, tx: Transaction): ShipmentStatus {
  const b10 = tx.body.find((s) => s.id === 'B10');
  if (!b10) throw new X12Error('X12_MISSING_SEGMENT', `transaction set ${tx.control} has no B10 (beginning segment for transportation carrier shipment status)`, { segment: tx.st.number, segmentId: 'ST', element: null });
  const shipmentId = el(b10, 2) || '';
  if (!shipmentId) throw new X12Error('X12_INVALID_ELEMENT', 'B1002 (shipment identification number) is missing: it names the package (tracking number)', { segment: b10.number, segmentId: 'B10', element: 2 });
  const reference = el(b10, 1) || null;
  const scac = el(b10, 3) || null;
  const result: ShipmentStatus = { groupControl, control: tx.control, stSegment: tx.st.number, shipmentId, reference, events: [], rejected: [] };
  const headerRefs: { qualifier: string; value: string }[] = [];
  let loopRefs: typeof headerRefs = [];
  let party: Party | null = null;
  let pending: Pending[] = [];
  let inDetail = false;
  let count = 0;

  const flush = () => {
    for (const p of pending) emit(p, party);
    pending = [];
    party = null;
    loopRefs = [];
  };
  const emit = (p: Pending, at: Party | null) => {
    const code = el(p.at7, 1).toUpperCase();
    const reason = el(p.at7, 2).toUpperCase();
    const carrierCode = reason ? `${code}/${reason}` : code;
    // The id is what the status says (sender, shipment, codes, instant), not where it sat in the message:
    // a carrier that re-sends a status, even in a new interchange with new control numbers, gets a duplicate.
    const idFor = (when: string) => `x12:${interchange.sender}:${shipmentId}:${carrierCode}:${when}`;
    const rawWhen = [5, 6, 7].map((n) => el(p.at7, n)).join('');
    const reject = (code: string, message: string, element: number) => result.rejected.push({ index: p.index, eventId: idFor(rawWhen), code, message, segment: p.at7.number, element });
    if (!code) return reject('MISSING_STATUS_CODE', `${where(p.at7, 1)}: AT701 (shipment status code) is empty; appointment-only AT7s (AT703) carry no shipment status`, 1);
    const mapped = AT7_STATUS[code];
    if (!mapped) return reject('UNKNOWN_STATUS_CODE', `${where(p.at7, 1)}: unknown AT701 shipment status code ${JSON.stringify(code)}`, 1);
    const time = x12Instant(el(p.at7, 5), el(p.at7, 6), el(p.at7, 7));
    if (!time.ok) return reject('INVALID_DATE_TIME', `${where(p.at7, time.element)}: ${time.message}`, time.element);
    const ms1City = p.ms1 ? [el(p.ms1, 1), el(p.ms1, 2), el(p.ms1, 3)].filter(Boolean).join(', ') : '';
    const name = at?.name ?? (ms1City || at?.city || null);
    const facilityCode = at?.facilityCode ?? null;
    const refs = [...headerRefs, ...loopRefs];
    result.events.push({
      index: p.index,
      event: {
        eventId: idFor(time.iso),
        trackingNumber: shipmentId,
        status: mapped.status,
        carrierCode,
        description: reason ? `${mapped.description} (${AT7_REASON[reason] ?? `reason ${reason}`})` : mapped.description,
        occurredAt: time.iso,
        location: name || facilityCode ? { facilityCode, name } : null,
        attributes: {
          source: 'x12-214',
          // Where the status came from, for tracing it back to the carrier's message.
          x12: { interchange: interchange.control, group: groupControl, set: tx.control, at7: p.index },
          ...(reference ? { reference } : {}),
          ...(scac ? { scac } : {}),
          ...(refs.length ? { references: refs } : {}),
          ...(ms1City ? { city: ms1City } : {}),
          ...(p.ms2 && el(p.ms2, 2) ? { equipment: [el(p.ms2, 1), el(p.ms2, 2)].filter(Boolean).join(' ') } : {}),
          ...(el(p.at7, 7) ? { timeCode: el(p.at7, 7).toUpperCase() } : {}),
          ...(time.assumedUtc ? { timeAssumedUtc: true } : {}),
        },
      },
    });
  };

  for (const s of tx.body) {
    if (s.id === 'LX') {
      flush();
      inDetail = true;
    } else if (s.id === 'AT7') {
      pending.push({ index: count++, at7: s });
    } else if (s.id === 'MS1' || s.id === 'MS2') {
      const last = pending.at(-1);
      if (last) last[s.id === 'MS1' ? 'ms1' : 'ms2'] = s;
    } else if (s.id === 'L11' && el(s, 1)) {
      (inDetail ? loopRefs : headerRefs).push({ qualifier: el(s, 2), value: el(s, 1) });
    } else if (s.id === 'N1' && !party) {
      party = { name: el(s, 2) || null, facilityCode: el(s, 3) && el(s, 4) ? el(s, 4) : null, city: null };
    } else if (s.id === 'N4' && party && !party.city) {
      party.city = [el(s, 1), el(s, 2), el(s, 4)].filter(Boolean).join(', ') || null;
    }
  }
  flush();
  result.rejected.sort((a, b) => a.index - b.index);
  return result;
}

/** Every 214 transaction set of an interchange, in order. */
export function mapInterchange(interchange: Interchange): ShipmentStatus[] {
  return interchange.groups.flatMap((group) => group.transactions.map((tx) => mapTransaction(interchange, group.control, tx)));
}
