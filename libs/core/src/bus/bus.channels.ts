/**
 * Every message that crosses process boundaries, by channel. Payloads are small references (ids and log
 * seqs); consumers read the committed rows, so a message can never disagree with the database.
 */
export interface BusChannels {
  /** A batch of tracking events was committed. */
  'events.recorded': { organizationId: string; packageIds: string[]; fromSeq: number; toSeq: number };
  /** Package fields changed without an event (create, update, delete); `seq` is the change's log position. */
  'package.changed': { organizationId: string; packageId: string; change: 'created' | 'updated' | 'deleted'; seq: number };
  /** An admin edited the organization's carrier code mapping: cached lookups of it are stale. */
  'carrier-codes.changed': { organizationId: string };
  'anomaly.detected': { organizationId: string; anomalyId: string; packageId: string | null; type: string; state: string };
  'investigation.progress': {
    organizationId: string;
    investigationId: string;
    packageId: string;
    state: string;
    step: string;
    ts: string;
  };
  /** Something people are told about (an anomaly above the organization's severity, a completed investigation). */
  notification: { organizationId: string; id: string; type: string; createdAt: string; data: Record<string, unknown> };
}

export type BusChannel = keyof BusChannels;
