import type { Interchange } from './envelope.js';
import type { ShipmentStatus, X12Rejection } from './map-214.js';

/** AK403 data element syntax error codes (X12 element 723) for the per-event findings of the parser. */
function ak403(rejection: X12Rejection): string {
  if (rejection.code === 'MISSING_STATUS_CODE') return '1'; // mandatory data element missing
  if (rejection.code === 'INVALID_DATE_TIME') return rejection.element === 5 ? '8' : rejection.element === 6 ? '9' : '7';
  return '7'; // invalid code value
}

const pad = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A 997 functional acknowledgment (X12 004010 997) for a parsed 214 interchange: one 997 per functional
 * group, AK2/AK5 per transaction set, AK3/AK4 naming each AT7 the parser could not take. It acknowledges
 * syntax and code values only; whether a shipment matched a package is application-level and is reported
 * in the JSON results. The ack's envelope swaps sender and receiver and reuses the received control
 * numbers (ISA13, GS06), so it needs no counter of its own.
 */
export function buildAck997(interchange: Interchange, results: ShipmentStatus[], now: Date): string {
  const { element: e, segment: t } = interchange.delimiters;
  const isa = interchange.isa.elements;
  const seg = (...parts: string[]) => parts.join(e) + t;
  const yymmdd = `${String(now.getUTCFullYear()).slice(2)}${two(now.getUTCMonth() + 1)}${two(now.getUTCDate())}`;
  const hhmm = `${two(now.getUTCHours())}${two(now.getUTCMinutes())}`;
  const out: string[] = [
    seg('ISA', '00', pad('', 10), '00', pad('', 10), pad(isa[7] ?? '', 2), pad(isa[8] ?? '', 15), pad(isa[5] ?? '', 2), pad(isa[6] ?? '', 15), yymmdd, hhmm, isa[11] ?? 'U', isa[12] ?? '00401', interchange.control, '0', isa[15] ?? 'P', interchange.delimiters.component),
  ];
  for (const group of interchange.groups) {
    const txs = results.filter((r) => r.groupControl === group.control);
    out.push(seg('GS', 'FA', group.receiver, group.sender, `20${yymmdd}`, hhmm, group.control, 'X', group.version));
    const body: string[] = [seg('AK1', group.functionalId, group.control)];
    let accepted = 0;
    const statuses = txs.map((tx) => {
      body.push(seg('AK2', '214', tx.control));
      for (const r of tx.rejected) {
        body.push(seg('AK3', 'AT7', String(r.segment - tx.stSegment + 1), '', '8'));
        body.push(seg('AK4', String(r.element), '', ak403(r)));
      }
      // A set whose every AT7 was refused is rejected; one with some refused is accepted with errors noted.
      const code = tx.rejected.length === 0 ? 'A' : tx.events.length === 0 ? 'R' : 'E';
      body.push(code === 'R' ? seg('AK5', 'R', '5') : seg('AK5', code));
      if (code !== 'R') accepted++;
      return code;
    });
    const ak901 = statuses.every((s) => s === 'A') ? 'A' : statuses.every((s) => s === 'R') ? 'R' : statuses.includes('R') ? 'P' : 'E';
    body.push(seg('AK9', ak901, String(txs.length), String(txs.length), String(accepted)));
    out.push(seg('ST', '997', '0001'), ...body, seg('SE', String(body.length + 2), '0001'), seg('GE', '1', group.control));
  }
  out.push(seg('IEA', String(interchange.groups.length), interchange.control));
  // A line break after each terminator is allowed formatting; redundant when the terminator is one.
  return out.join(t === '\n' || t === '\r' ? '' : '\n');
}
