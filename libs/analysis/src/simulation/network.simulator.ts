import { hashSeed, SeededRandom } from '../common/seeded-random.js';
import type { TimelineEvent } from '../timeline.types.js';
import { historyAsOf } from './history-snapshot.js';
import { buildNetwork } from './network.builder.js';
import { indexNetwork } from './network.index.js';
import { simulateJourney } from './package-journey.js';
import type { SimulatedJourney, SimulatedNetwork, SimulationOptions, PackageTruth } from './simulation.types.js';
import { DAY_MS, HOUR_MS } from '../common/time.js';

/** Creation time: a uniform day, then office hours (shippers hand over parcels during the day). */
export function creationTime(random: SeededRandom, start: Date, spanMs: number): Date {
  const dayCount = Math.max(1, Math.ceil(spanMs / DAY_MS));
  for (let attempt = 0; attempt < 20; attempt++) {
    const day = random.int(0, dayCount);
    const hour = Math.min(23.99, Math.max(0, 13 + 3.5 * random.normal()));
    const offset = day * DAY_MS + hour * HOUR_MS;
    if (offset < spanMs) return new Date(start.getTime() + offset);
  }
  return new Date(start.getTime() + random.next() * spanMs);
}

/** Numbers the scans that have happened by `now` in time order, as the platform would on receipt. */
function assignSeq(journeys: readonly SimulatedJourney[], now: Date): number {
  const seen: TimelineEvent[] = journeys.flatMap((journey) => journey.package.events.filter((event) => event.occurredAt <= now));
  seen.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.eventId < b.eventId ? -1 : 1));
  seen.forEach((event, i) => {
    event.seq = i + 1;
  });
  return seen.length + 1;
}

/**
 * Deterministic shipment network: the same options always give the same facilities, parcels, events
 * and ids. Packages created close to `now` are still in transit; their later events are kept in
 * `journeys` / `state` for ground truth and for the live feed.
 */
export function simulateNetwork(options: SimulationOptions): SimulatedNetwork {
  const { seed, packageCount, start, spanDays } = options;
  const spanMs = spanDays * DAY_MS;
  const now = options.now ?? new Date(start.getTime() + spanMs);
  const carrier = options.carrier ?? 'ClearPath Express';
  const network = buildNetwork(new SeededRandom(hashSeed(seed, 'network')), start, spanDays);
  const index = indexNetwork(network);

  const journeys: SimulatedJourney[] = [];
  for (let packageIndex = 0; packageIndex < packageCount; packageIndex++) {
    // One stream per package, so each parcel is stable whatever else changes.
    const random = new SeededRandom(hashSeed(seed, 'package', packageIndex));
    const createdAt = creationTime(random, start, spanMs);
    if (createdAt > now) continue;
    journeys.push(simulateJourney({ index, seed, carrier, packageIndex, createdAt, random }));
  }
  journeys.sort((a, b) => a.package.createdAt.getTime() - b.package.createdAt.getTime() || (a.package.trackingNumber < b.package.trackingNumber ? -1 : 1));
  const nextSeq = assignSeq(journeys, now);

  const packages = journeys.flatMap((journey) => historyAsOf(journey.package, now) ?? []);
  const truth: Record<string, PackageTruth> = {};
  for (const journey of journeys) truth[journey.package.id] = journey.truth;
  const pending = journeys.filter((journey) => journey.package.events.some((event) => event.occurredAt > now));
  return {
    ...network,
    packages,
    truth,
    journeys,
    state: {
      seed,
      carrier,
      network,
      now,
      nextSeq,
      nextPackageIndex: packageCount,
      packagesPerHour: packageCount / (spanDays * 24),
      pending,
    },
  };
}
