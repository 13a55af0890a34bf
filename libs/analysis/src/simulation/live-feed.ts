import { hashSeed, SeededRandom } from '../common/seeded-random.js';
import type { PackageHistory, TimelineEvent } from '../timeline.types.js';
import { indexNetwork } from './network.index.js';
import { simulateJourney } from './package-journey.js';
import type { PackageTruth, SimulationState } from './simulation.types.js';

export interface LiveEvent {
  packageId: string;
  trackingNumber: string;
  event: TimelineEvent;
}

export interface LiveBatch {
  /** Shipments created in the window (as registered: no events yet). */
  newPackages: PackageHistory[];
  newTruth: PackageTruth[];
  /** Scans that occur in (from, to], in time order, with seq continuing the state's numbering. */
  events: LiveEvent[];
}

/** Poisson count by inversion; windows are short, so the mean stays small. */
function poisson(random: SeededRandom, mean: number): number {
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.normal()));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count++;
    product *= random.next();
  }
  return count;
}

/**
 * Advances the simulation from `from` to `to`: new shipments arrive at the initial simulation's rate
 * and every journey reveals the scans that fall in the window. Mutates `state` (cursor, seq, pending),
 * so calling it for consecutive windows yields a continuous, deterministic feed.
 */
export function nextLiveEvents(state: SimulationState, from: Date, to: Date): LiveBatch {
  if (to <= from) return { newPackages: [], newTruth: [], events: [] };
  const random = new SeededRandom(hashSeed(state.seed, 'live', from.getTime()));
  const index = indexNetwork(state.network);
  const hours = (to.getTime() - from.getTime()) / 3_600_000;
  const count = poisson(random, state.packagesPerHour * hours);
  const newPackages: PackageHistory[] = [];
  const newTruth: PackageTruth[] = [];
  for (let i = 0; i < count; i++) {
    const packageIndex = state.nextPackageIndex++;
    const createdAt = new Date(from.getTime() + random.next() * (to.getTime() - from.getTime()));
    const journey = simulateJourney({
      index,
      seed: state.seed,
      carrier: state.carrier,
      packageIndex,
      createdAt,
      random: new SeededRandom(hashSeed(state.seed, 'package', packageIndex)),
    });
    state.pending.push(journey);
    newPackages.push({ ...journey.package, events: [], status: 'INFO_RECEIVED' });
    newTruth.push(journey.truth);
  }

  const events: LiveEvent[] = state.pending.flatMap((journey) =>
    journey.package.events
      .filter((event) => event.occurredAt > from && event.occurredAt <= to)
      .map((event) => ({ packageId: journey.package.id, trackingNumber: journey.package.trackingNumber, event })),
  );
  events.sort((a, b) => a.event.occurredAt.getTime() - b.event.occurredAt.getTime() || (a.event.eventId < b.event.eventId ? -1 : 1));
  for (const item of events) item.event.seq = state.nextSeq++;
  state.pending = state.pending.filter((journey) => journey.package.events.some((event) => event.occurredAt > to));
  state.now = to;
  return { newPackages, newTruth, events };
}
