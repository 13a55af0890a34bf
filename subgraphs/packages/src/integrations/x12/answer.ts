import type { ShipmentStatus } from './map-214.js';

interface Item { index: number; eventId: string | null; code: string; message: string }
interface Warning { index: number; eventId: string; code: string; message: string }

/** What recordTrackingEvents answered for the flattened batch of all sets' events. */
export interface BatchResult {
  duplicates: { index: number; eventId: string }[];
  rejected: Item[];
  warnings: Warning[];
}

export interface TransactionAnswer {
  controlNumber: string;
  groupControlNumber: string;
  shipmentId: string;
  reference: string | null;
  accepted: number;
  duplicates: { index: number; eventId: string }[];
  rejected: Item[];
  warnings: Warning[];
}

/** The events of every set, in order, each with its set's position: the batch sent to recordTrackingEvents. */
export function flattenEvents(transactions: readonly ShipmentStatus[]) {
  return transactions.flatMap((tx, t) => tx.events.map(({ index, event }) => ({ t, index, event })));
}

/**
 * Per transaction set: the ingest result's indices refer to the flattened batch; each is one AT7 of one
 * set, answered by its position in that set. Shared by the REST route and the ingestX12 mutation.
 */
export function answerPerTransaction(transactions: readonly ShipmentStatus[], result: BatchResult): TransactionAnswer[] {
  const sent = flattenEvents(transactions);
  const answers: TransactionAnswer[] = transactions.map((tx) => ({
    controlNumber: tx.control,
    groupControlNumber: tx.groupControl,
    shipmentId: tx.shipmentId,
    reference: tx.reference,
    accepted: tx.events.length,
    duplicates: [],
    rejected: tx.rejected.map((r) => ({ index: r.index, eventId: r.eventId, code: r.code, message: r.message })),
    warnings: [],
  }));
  for (const d of result.duplicates) {
    const s = sent[d.index]!;
    answers[s.t]!.duplicates.push({ index: s.index, eventId: d.eventId });
    answers[s.t]!.accepted--;
  }
  for (const r of result.rejected) {
    const s = sent[r.index]!;
    answers[s.t]!.rejected.push({ index: s.index, eventId: s.event.eventId, code: r.code, message: r.message });
    answers[s.t]!.accepted--;
  }
  for (const w of result.warnings) {
    const s = sent[w.index]!;
    answers[s.t]!.warnings.push({ index: s.index, eventId: w.eventId, code: w.code, message: w.message });
  }
  for (const a of answers) a.rejected.sort((x, y) => x.index - y.index);
  return answers;
}
