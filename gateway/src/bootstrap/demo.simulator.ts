import type { Bus, Db, Logger, Session } from '@clearpath/core';
import type { PackageHistory, TimelineEvent } from '@clearpath/analysis';
import { nextLiveEvents, simulateNetwork, type SimulationState } from '@clearpath/analysis/simulation';
import { createPackage, recordTrackingEvents, upsertFacilityRows } from '@clearpath/packages';

const DEMO_SEED = 7;
const DEMO_DAYS = 14;
const DEMO_PACKAGES = 400;

export interface DemoFeedOptions {
  /** Milliseconds between live batches. */
  intervalMs: number;
  /** New shipments per hour in the live feed; the seeded history keeps its own, calmer rate. */
  packagesPerHour: number;
}

export interface DemoSimulator {
  stop(): void;
}

const toInput = (trackingNumber: string, e: TimelineEvent) => ({
  eventId: e.eventId,
  trackingNumber,
  status: e.status,
  carrierCode: e.carrierCode,
  description: e.description,
  occurredAt: e.occurredAt.toISOString(),
  location: e.facilityCode ? { facilityCode: e.facilityCode } : e.location,
});

async function register(deps: { db: Db; bus: Bus }, session: Session, packages: PackageHistory[]): Promise<void> {
  for (const p of packages) {
    await createPackage(deps, session, {
      trackingNumber: p.trackingNumber,
      carrier: p.carrier,
      serviceLevel: p.serviceLevel,
      reference: `DEMO-${p.trackingNumber.slice(-6)}`,
      recipient: `Recipient ${p.trackingNumber.slice(-4)}`,
      origin: p.origin,
      destination: p.destination && { ...p.destination, name: p.destination.facilityCode ?? null },
      promisedDeliveryAt: p.promisedDeliveryAt,
      metadata: { demo: true },
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code !== 'CONFLICT') throw error;
    });
  }
}

async function ingest(deps: { db: Db; bus: Bus }, session: Session, events: ReturnType<typeof toInput>[]): Promise<void> {
  for (let i = 0; i < events.length; i += 1000) await recordTrackingEvents(deps, session, events.slice(i, i + 1000));
}

/**
 * Gives the all-in-one app something to show: a simulated European network with two weeks of packages on
 * first start, then a live feed of new scans. Event ids are deterministic, so a restart re-simulates from
 * the same epoch and ingestion skips what is already stored (duplicates are reported, not applied).
 */
export async function startDemoSimulator(
  deps: { db: Db; bus: Bus; logger: Logger },
  organizationId: string,
  feed: DemoFeedOptions,
): Promise<DemoSimulator> {
  const session: Session = { organizationId, role: 'admin', subject: 'demo-simulator', via: 'api-key' };
  const first = await deps.db
    .selectFrom('packages')
    .select('created_at')
    .where('organization_id', '=', organizationId)
    .where(({ ref }) => ref('metadata', '->>').key('demo'), '=', 'true')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  const now = new Date();
  const start = new Date((first ? first.created_at.getTime() : now.getTime()) - DEMO_DAYS * 86_400_000);
  const sim = simulateNetwork({ seed: DEMO_SEED, packageCount: DEMO_PACKAGES, start, spanDays: DEMO_DAYS, now });
  await upsertFacilityRows(deps.db, organizationId, sim.facilities);
  await register(deps, session, sim.packages);
  await ingest(deps, session, sim.packages.flatMap((p) => p.events.map((e) => toInput(p.trackingNumber, e))));
  deps.logger.info({ packages: sim.packages.length, facilities: sim.facilities.length }, 'demo network ready');

  // A livelier arrival rate than the history's makes the dashboard move; journeys still scan at their own pace.
  const state: SimulationState = { ...sim.state, packagesPerHour: feed.packagesPerHour };
  let last = now;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    const to = new Date();
    const batch = nextLiveEvents(state, last, to);
    last = to;
    void register(deps, session, batch.newPackages)
      .then(() => ingest(deps, session, batch.events.map((e) => toInput(e.trackingNumber, e.event))))
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'demo feed failed'))
      .finally(() => (busy = false));
  }, feed.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
