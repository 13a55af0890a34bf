import { parseEnvelope, type Interchange } from './envelope.js';
import { mapInterchange, type ShipmentStatus } from './map-214.js';

export { X12Error, type X12Position } from './errors.js';
export { buildAck997 } from './ack-997.js';
export type { ShipmentStatus, X12Event, X12Rejection } from './map-214.js';
export type { Interchange } from './envelope.js';

/** Text in, validated events out: throws X12Error (segment-precise) when the interchange is malformed. */
export function parseX12_214(text: string): { interchange: Interchange; transactions: ShipmentStatus[] } {
  const interchange = parseEnvelope(text);
  return { interchange, transactions: mapInterchange(interchange) };
}
export { answerPerTransaction, flattenEvents, type BatchResult, type TransactionAnswer } from './answer.js';
