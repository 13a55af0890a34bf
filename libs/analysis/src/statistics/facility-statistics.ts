import type { PackageHistory } from '../timeline.types.js';
import { orderedEvents } from './event-classification.js';
import { facilityVisits } from './facility-visits.js';
import { hoursBetween } from '../common/time.js';
import { computeHeldAtFacility } from './held-at-facility.js';
import { summarize } from './duration-summary.js';
import type { FacilityStatistics } from './statistics.types.js';

interface FacilitySamples {
  visits: number;
  dwell: number[];
  turnaround: number[];
}

/**
 * Per-facility stays and turnaround plus what each facility holds now.
 * `windowHours` is the span the histories cover; it turns visit counts into an arrival rate for typicalHeld.
 */
export function computeFacilityStatistics(
  histories: readonly PackageHistory[],
  now: Date,
  windowHours: number,
): Record<string, FacilityStatistics> {
  const samples = new Map<string, FacilitySamples>();
  for (const pkg of histories) {
    for (const visit of facilityVisits(orderedEvents(pkg))) {
      const s = samples.get(visit.facilityCode) ?? { visits: 0, dwell: [], turnaround: [] };
      samples.set(visit.facilityCode, s);
      s.visits += 1;
      // An ongoing stay has no known length yet; counting it would bias dwell toward short stays.
      if (!visit.exit) continue;
      s.dwell.push(hoursBetween(visit.first.occurredAt, visit.last.occurredAt));
      s.turnaround.push(hoursBetween(visit.first.occurredAt, visit.exit.occurredAt));
    }
  }

  const held = computeHeldAtFacility(histories, now);
  const codes = [...new Set([...samples.keys(), ...Object.keys(held)])].sort();
  const result: Record<string, FacilityStatistics> = {};
  for (const code of codes) {
    const s = samples.get(code) ?? { visits: 0, dwell: [], turnaround: [] };
    const turnaroundHours = summarize(s.turnaround);
    result[code] = {
      code,
      visits: s.visits,
      dwellHours: summarize(s.dwell),
      turnaroundHours,
      typicalHeld: turnaroundHours && windowHours > 0 ? (s.visits / windowHours) * turnaroundHours.mean : null,
      held: held[code] ?? { count: 0, packages: [], heldHours: null },
    };
  }
  return result;
}
