import type { EventReason } from '@clearpath/core';
import { problemReason } from '../common/event-reason.js';
import type { FacilityNode, GeoPoint, PackageHistory, PackageStatus, TimelineEvent } from '../timeline.types.js';

/** Statuses after which the network no longer moves the package. */
export const TERMINAL_STATUSES: ReadonlySet<PackageStatus> = new Set(['DELIVERED', 'RETURNED', 'CANCELLED']);

export function isTerminal(status: PackageStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** RECIPIENT: an exception because nobody could take the package (absent, business closed); CAPACITY: no room on the leg. */
export type ExceptionSubtype = 'CUSTOMS' | 'DAMAGED' | 'ADDRESS' | 'LOST' | 'REFUSED' | 'WEATHER' | 'RECIPIENT' | 'CAPACITY' | 'OTHER';

// Carriers spell the same condition many ways (CUSTOMS_HOLD, HELD_BY_CUSTOMS, CLEARANCE_DELAY...), so raw codes
// are matched by fragment. Order matters: the first matching fragment decides the subtype.
const CODE_FRAGMENTS: ReadonlyArray<readonly [RegExp, ExceptionSubtype]> = [
  [/CUSTOM|CLEARANCE|DUTY|BROKER/, 'CUSTOMS'],
  [/DAMAGE|BROKEN|CRUSH/, 'DAMAGED'],
  [/ADDRESS|UNDELIVERABLE|WRONG_ADDR|MISSING_HOUSE|INCOMPLETE_ADDR/, 'ADDRESS'],
  [/LOST|MISSING|NOT_FOUND/, 'LOST'],
  [/REFUS|REJECT/, 'REFUSED'],
  [/WEATHER|STORM|FLOOD|SNOW/, 'WEATHER'],
];
const GENERIC_CODE = /EXCEPTION|HOLD|DELAY|INCIDENT|SECURITY/;

/**
 * Reasons that make an event an exception whatever its status. A recipient who was out is an exception only
 * when the carrier says EXCEPTION: on a failed attempt it is the attempt (REPEATED_FAILED_ATTEMPTS) that counts.
 */
const REASON_SUBTYPE: Partial<Record<EventReason, ExceptionSubtype>> = {
  CUSTOMS: 'CUSTOMS',
  // Held for payment is nearly always duties and taxes at import.
  HELD_FOR_PAYMENT: 'CUSTOMS',
  DAMAGED: 'DAMAGED',
  ADDRESS: 'ADDRESS',
  NO_ACCESS: 'ADDRESS',
  LOST: 'LOST',
  REFUSED: 'REFUSED',
  WEATHER: 'WEATHER',
  CAPACITY: 'CAPACITY',
};
const EXCEPTION_ONLY_SUBTYPE: Partial<Record<EventReason, ExceptionSubtype>> = {
  RECIPIENT_UNAVAILABLE: 'RECIPIENT',
  BUSINESS_CLOSED: 'RECIPIENT',
};

/**
 * The exception subtype an event reports, or null for a normal scan. An event counts when its normalized
 * status is EXCEPTION, when its raw carrier code names a known exception (carriers often send CUSTOMS_HOLD
 * or ADDRESS_ISSUE with an IN_TRANSIT or FAILED_ATTEMPT status), or when its reason (stored, or read from
 * its code mapping and description) names a problem: an unknown code described as "held by customs
 * authority" is a customs hold, a failed attempt for "incorrect address" an address problem.
 */
export function exceptionSubtype(
  event: Pick<TimelineEvent, 'status' | 'carrierCode'> & Partial<Pick<TimelineEvent, 'description' | 'reason'>>,
): ExceptionSubtype | null {
  const code = (event.carrierCode ?? '').toUpperCase();
  if (code !== '') {
    for (const [pattern, subtype] of CODE_FRAGMENTS) {
      if (pattern.test(code)) return subtype;
    }
  }
  const reason = problemReason(event);
  const byReason = reason ? (REASON_SUBTYPE[reason] ?? (event.status === 'EXCEPTION' ? EXCEPTION_ONLY_SUBTYPE[reason] : undefined)) : undefined;
  if (byReason) return byReason;
  return event.status === 'EXCEPTION' || GENERIC_CODE.test(code) ? 'OTHER' : null;
}

/** Events in occurredAt order (seq breaks ties); the input is not trusted to be sorted. */
export function orderedEvents(pkg: Pick<PackageHistory, 'events'>): TimelineEvent[] {
  return [...pkg.events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq);
}

/** Where a scan happened: its own position, else its facility's. */
export function eventPosition(
  event: Pick<TimelineEvent, 'location' | 'facilityCode'>,
  facilities?: ReadonlyMap<string, FacilityNode>,
): GeoPoint | null {
  if (event.location) return event.location;
  if (event.facilityCode && facilities) {
    const facility = facilities.get(event.facilityCode);
    if (facility) return { lat: facility.lat, lon: facility.lon };
  }
  return null;
}

/** Does the event say where the package physically is? Label-only or position-less scans do not. */
export function isPositional(event: Pick<TimelineEvent, 'location' | 'facilityCode'>): boolean {
  return event.facilityCode !== null || event.location !== null;
}
