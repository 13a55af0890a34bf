import { sql } from 'kysely';
import { stepLogConsumer, type Bus, type Db, type Logger, type PackageRow, type Tx, type Unsubscribe } from '@clearpath/core';
import { enqueue, organizationsListening, type OutboxEvent } from './outbox.js';

const CONSUMER = 'webhooks.packages';
/** Log entries per step; each step commits its offset together with the events it wrote. */
const STEP = 2000;
const PACKAGE_TYPES = ['package.created', 'package.status_changed', 'package.delivered'];
/** Also looks by itself, in case a bus message was missed (another replica, a restart). */
const POLL_MS = 5_000;

export interface PackageFeed {
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

interface Entry {
  organization_id: string;
  package_id: string;
  seq: string | number;
  change: 'EVENT' | 'CREATED' | 'UPDATED' | 'DELETED';
}

export const packageSnapshot = (p: PackageRow) => ({
  id: p.id,
  tracking_number: p.tracking_number,
  carrier: p.carrier,
  service_level: p.service_level,
  reference: p.reference,
  status: p.status,
  current_location: p.current_location
    ? { facility_code: p.current_location.facilityCode ?? null, name: p.current_location.name ?? null, lat: p.current_location.lat ?? null, lon: p.current_location.lon ?? null }
    : null,
  last_event_at: p.last_event_at?.toISOString() ?? null,
  promised_delivery_at: p.promised_delivery_at?.toISOString() ?? null,
  updated_at: p.updated_at.toISOString(),
});

/**
 * A package first met by the feed (created before anyone listened): its status before this range is the
 * status of its latest earlier event by occurredAt, or where every package starts.
 */
async function statusBefore(tx: Tx, packageId: string, seq: number): Promise<string> {
  const row = await tx.selectFrom('tracking_events').select('status').where('package_id', '=', packageId).where('seq', '<=', seq).orderBy('occurred_at', 'desc').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row?.status ?? 'INFO_RECEIVED';
}

/** The package events of one organization's entries: created, and status changes against what was last told. */
async function eventsFor(tx: Tx, organizationId: string, entries: Entry[], from: number): Promise<OutboxEvent[]> {
  const ids = [...new Set(entries.map((e) => e.package_id))];
  const [packages, states] = await Promise.all([
    tx.selectFrom('packages').selectAll().where('organization_id', '=', organizationId).where('id', 'in', ids).where('deleted_at', 'is', null).execute(),
    tx.selectFrom('webhook_package_state').select(['package_id', 'status']).where('package_id', 'in', ids).execute(),
  ]);
  const told = new Map(states.map((s) => [s.package_id, s.status]));
  const events: OutboxEvent[] = [];
  for (const pkg of packages) {
    const mine = entries.filter((e) => e.package_id === pkg.id);
    if (mine.some((e) => e.change === 'CREATED')) {
      events.push({ type: 'package.created', data: { package: packageSnapshot(pkg) } });
      if (!told.has(pkg.id)) told.set(pkg.id, 'INFO_RECEIVED');
    }
    if (!mine.some((e) => e.change === 'EVENT')) continue;
    const previous = told.get(pkg.id) ?? (await statusBefore(tx, pkg.id, from));
    if (previous === pkg.status) continue;
    events.push({ type: 'package.status_changed', data: { package: packageSnapshot(pkg), previous_status: previous } });
    if (pkg.status === 'DELIVERED') events.push({ type: 'package.delivered', data: { package: packageSnapshot(pkg), previous_status: previous } });
  }
  if (packages.length > 0) {
    await tx
      .insertInto('webhook_package_state')
      .values(packages.map((p) => ({ package_id: p.id, organization_id: organizationId, status: p.status })))
      .onConflict((oc) => oc.column('package_id').doUpdateSet({ status: (eb) => eb.ref('excluded.status') }))
      .execute();
  }
  return events;
}

/**
 * Follows the event log (events and package edits, one sequence, commit-ordered) from its stored offset and
 * turns it into package.* webhook events. The offset commits with the outbox rows it wrote: a crash
 * repeats a step (the state table makes the repeat say nothing new), never skips one.
 */
export async function startPackageFeed(deps: { db: Db; bus: Bus; logger: Logger; retryHours: number; wake: () => void }): Promise<PackageFeed> {
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;

  async function step(): Promise<boolean> {
    const written = await stepLogConsumer(deps.db, CONSUMER, async (tx, from) => {
      const { rows } = await sql<Entry>`
        SELECT organization_id, package_id, seq, 'EVENT' AS change FROM tracking_events WHERE seq > ${from}
        UNION ALL
        SELECT organization_id, package_id, seq, change FROM package_changes WHERE seq > ${from}
        ORDER BY seq LIMIT ${STEP}`.execute(tx);
      if (rows.length === 0) return undefined;
      const listening = await organizationsListening(tx, PACKAGE_TYPES);
      let count = 0;
      for (const org of listening) {
        const entries = rows.filter((r) => r.organization_id === org);
        if (entries.length > 0) count += await enqueue(tx, org, await eventsFor(tx, org, entries, from), { retryHours: deps.retryHours });
      }
      return { to: Number(rows.at(-1)!.seq), result: count };
    });
    if (written) deps.wake();
    return written !== undefined;
  }

  const catchUp = () => {
    chain = chain
      .then(async () => {
        while (!stopped && (await step()));
      })
      .catch((error: unknown) => deps.logger.error({ err: error }, 'webhook package feed failed'));
    return chain;
  };
  const unsubscribes: Unsubscribe[] = [await deps.bus.subscribe('events.recorded', () => void catchUp()), await deps.bus.subscribe('package.changed', () => void catchUp())];
  const timer = setInterval(() => void catchUp(), POLL_MS);
  timer.unref();
  void catchUp();
  return {
    catchUp,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await Promise.all(unsubscribes.map((u) => u()));
      await chain;
    },
  };
}
