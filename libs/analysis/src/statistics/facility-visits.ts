import type { TimelineEvent } from '../timeline.types.js';
import { isPositional } from './event-classification.js';

/** A stay at one facility: a run of scans there, uninterrupted by a scan anywhere else. */
export interface FacilityVisit {
  facilityCode: string;
  /** First and last scan at the facility (the same event for a single scan). */
  first: TimelineEvent;
  last: TimelineEvent;
  /** All events of the stay, including position-less ones in between (e.g. an EXCEPTION without location). */
  events: TimelineEvent[];
  /** First later scan somewhere else (another facility or a located non-facility scan); null while still there. */
  exit: TimelineEvent | null;
  /** First event of any kind after the last scan here; null when nothing followed yet. */
  next: TimelineEvent | null;
}

/**
 * Splits an ordered timeline into facility visits. Position-less events (label created, carrier notes) do
 * not end a visit, because they say nothing about where the package is; a scan at another facility or a
 * located non-facility scan (courier, delivery address) does.
 */
export function facilityVisits(events: readonly TimelineEvent[]): FacilityVisit[] {
  const visits: FacilityVisit[] = [];
  let open: FacilityVisit | null = null;
  const trailing: TimelineEvent[] = [];

  for (const event of events) {
    if (open && open.next === null) open.next = event;
    if (!isPositional(event)) {
      if (open) trailing.push(event);
      continue;
    }
    if (open && event.facilityCode === open.facilityCode) {
      open.events.push(...trailing, event);
      trailing.length = 0;
      open.last = event;
      open.next = null;
      continue;
    }
    if (open) {
      open.exit = event;
      open = null;
    }
    trailing.length = 0;
    if (event.facilityCode !== null) {
      open = { facilityCode: event.facilityCode, first: event, last: event, events: [event], exit: null, next: null };
      visits.push(open);
    }
  }
  // Events after the last scan still belong to the ongoing stay (e.g. an exception raised there).
  if (open) open.events.push(...trailing);
  return visits;
}

/** The stay the package is in now: its last positional event is a scan at that facility. */
export function currentVisit(events: readonly TimelineEvent[]): FacilityVisit | null {
  const visits = facilityVisits(events);
  const last = visits[visits.length - 1];
  return last && last.exit === null ? last : null;
}
