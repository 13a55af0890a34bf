import type { PackageHistory, PackageStatus, TimelineEvent } from '../timeline.types.js';
import type { SimulatedJourney } from './simulation.types.js';

const TERMINAL = new Set<PackageStatus>(['DELIVERED', 'RETURNED', 'CANCELLED']);

/** Status from events by occurredAt; a terminal status is not undone by a later-sorted scan. */
export function deriveStatus(events: readonly TimelineEvent[]): PackageStatus {
  const terminal = events.findLast((event) => TERMINAL.has(event.status));
  if (terminal) return terminal.status;
  return events[events.length - 1]?.status ?? 'INFO_RECEIVED';
}

/** The package as the platform would have seen it at `at` (null if not created yet). */
export function historyAsOf(history: PackageHistory, at: Date): PackageHistory | null {
  if (history.createdAt.getTime() > at.getTime()) return null;
  const events = history.events.filter((event) => event.occurredAt.getTime() <= at.getTime());
  return { ...history, events, status: deriveStatus(events) };
}

export function packagesAsOf(journeys: readonly SimulatedJourney[], at: Date): PackageHistory[] {
  return journeys.flatMap((journey) => historyAsOf(journey.package, at) ?? []);
}
