import type { PackageHistory } from '../timeline.types.js';
import { isTerminal, orderedEvents } from './event-classification.js';
import { currentVisit } from './facility-visits.js';
import { hoursBetween } from '../common/time.js';
import { summarize } from './duration-summary.js';
import type { HeldAtFacility, HeldPackage } from './statistics.types.js';

/** In-flight packages whose last scan is at a facility, grouped by facility, with how long they have been there. */
export function computeHeldAtFacility(histories: readonly PackageHistory[], now: Date): Record<string, HeldAtFacility> {
  const byFacility = new Map<string, HeldPackage[]>();
  for (const pkg of histories) {
    if (isTerminal(pkg.status)) continue;
    const visit = currentVisit(orderedEvents(pkg));
    if (!visit) continue;
    const held = byFacility.get(visit.facilityCode) ?? [];
    byFacility.set(visit.facilityCode, held);
    held.push({
      packageId: pkg.id,
      since: visit.first.occurredAt.toISOString(),
      lastScanAt: visit.last.occurredAt.toISOString(),
      lastEventId: visit.last.eventId,
      heldHours: Math.max(0, hoursBetween(visit.first.occurredAt, now)),
    });
  }
  const result: Record<string, HeldAtFacility> = {};
  for (const [code, packages] of [...byFacility].sort(([a], [b]) => a.localeCompare(b))) {
    // Longest-held first: that is the order an operator triages in.
    packages.sort((a, b) => b.heldHours - a.heldHours || a.packageId.localeCompare(b.packageId));
    result[code] = { count: packages.length, packages, heldHours: summarize(packages.map((p) => p.heldHours)) };
  }
  return result;
}

