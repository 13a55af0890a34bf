import { codeLookup, DEFAULT_CARRIER_CODE_MAPPINGS, eventReason, type EventReason, type PackageStatus } from '@clearpath/core';
import type { TimelineEvent } from '../timeline.types.js';

type ReasonInput = Pick<TimelineEvent, 'status' | 'carrierCode'> & Partial<Pick<TimelineEvent, 'description' | 'reason'>>;

const defaultLookup = codeLookup(DEFAULT_CARRIER_CODE_MAPPINGS);

/** Statuses a known code can say that mean "all normal" (a scan saying where the package is). */
const NORMAL_STATUSES: ReadonlySet<PackageStatus> = new Set(['INFO_RECEIVED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'AVAILABLE_FOR_PICKUP']);

/**
 * The event's reason: the stored one when ingest gave it, else derived as ingest would with the default
 * code mapping (code, then description, then OTHER), so simulated and test histories read like stored ones.
 */
export function reasonOf(event: ReasonInput): EventReason {
  if (event.reason) return event.reason;
  const meaning = event.carrierCode ? defaultLookup(null, event.carrierCode) : null;
  return eventReason(event.carrierCode, meaning, event.description ?? null).reason;
}

/**
 * The reason when it names a problem, else null. A normal scan's words are not trusted over its known
 * code: "AR — arrived at the customs facility" is an arrival, not a customs hold. An unknown code (or none)
 * leaves the words to speak: carriers put the reason in words far more often than in a code we know.
 */
export function problemReason(event: ReasonInput): EventReason | null {
  const reason = reasonOf(event);
  if (reason === 'OTHER') return null;
  if (event.status === 'EXCEPTION' || event.status === 'FAILED_ATTEMPT') return reason;
  const meaning = event.carrierCode ? defaultLookup(null, event.carrierCode) : null;
  if (meaning?.known && meaning.reason === null && meaning.status !== null && NORMAL_STATUSES.has(meaning.status)) return null;
  return reason;
}
