import type { PackageHistory, PackageStatus } from '../timeline.types.js';
import { facilityVisits } from './journey-segments.js';
import { isDepartureScan } from './scan-roles.js';

/** Where a package is in its journey as of its latest scan; `since` starts the current phase. */
export type PackagePosition =
  | { kind: 'delivered'; at: Date }
  | { kind: 'terminal'; status: PackageStatus; at: Date }
  | { kind: 'awaiting-pickup'; since: Date }
  | { kind: 'at-facility'; facilityCode: string; since: Date }
  | { kind: 'in-transit'; fromFacilityCode: string; since: Date }
  | { kind: 'out-for-delivery'; since: Date }
  | { kind: 'failed-attempt'; since: Date };

export function packagePosition(history: PackageHistory, now: Date): PackagePosition {
  const events = history.events
    .filter((event) => event.occurredAt.getTime() <= now.getTime())
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.seq - b.seq);
  // Terminal statuses win regardless of later (late-arriving, older) scans.
  const delivered = events.findLast((event) => event.status === 'DELIVERED');
  if (delivered) return { kind: 'delivered', at: delivered.occurredAt };
  const terminal = events.findLast((event) => event.status === 'RETURNED' || event.status === 'CANCELLED');
  if (terminal) return { kind: 'terminal', status: terminal.status, at: terminal.occurredAt };

  const last = events[events.length - 1];
  if (last?.status === 'OUT_FOR_DELIVERY') return { kind: 'out-for-delivery', since: last.occurredAt };
  if (last?.status === 'FAILED_ATTEMPT' || last?.status === 'AVAILABLE_FOR_PICKUP') return { kind: 'failed-attempt', since: last.occurredAt };

  const visit = facilityVisits(events).at(-1);
  if (!visit) {
    const created = events.find((event) => event.status === 'INFO_RECEIVED')?.occurredAt ?? history.createdAt;
    return { kind: 'awaiting-pickup', since: created };
  }
  if (visit.departedAt && isDepartureScan(visit.lastEvent)) {
    return { kind: 'in-transit', fromFacilityCode: visit.facilityCode, since: visit.departedAt };
  }
  return { kind: 'at-facility', facilityCode: visit.facilityCode, since: visit.arrivedAt ?? visit.firstEventAt };
}
