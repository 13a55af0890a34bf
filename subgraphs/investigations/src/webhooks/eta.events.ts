import type { DbOrTx } from '@clearpath/core';
import type { EtaPrediction } from '@clearpath/analysis/eta';
import type { OutboxEvent } from './outbox.js';

/**
 * eta.changed for packages whose predicted delivery (p50) moved by the threshold or more since it was last
 * told. The first prediction of a package is remembered silently: a change needs something to change from.
 * Runs in detection's transaction, with the ETAs detection just computed (memoized, not recomputed).
 */
export async function etaChangedEvents(tx: DbOrTx, organizationId: string, etas: ReadonlyMap<string, EtaPrediction>, thresholdMinutes: number): Promise<OutboxEvent[]> {
  const live = [...etas].filter(([, eta]) => eta.basis !== 'DELIVERED' && eta.basis !== 'CLOSED');
  if (live.length === 0) return [];
  const told = new Map(
    (await tx.selectFrom('webhook_eta_state').select(['package_id', 'p50']).where('package_id', 'in', live.map(([id]) => id)).execute()).map((r) => [r.package_id, new Date(r.p50)]),
  );
  const events: OutboxEvent[] = [];
  const update: { package_id: string; organization_id: string; p50: Date }[] = [];
  for (const [packageId, eta] of live) {
    const previous = told.get(packageId);
    const movedMinutes = previous ? (eta.p50.getTime() - previous.getTime()) / 60_000 : 0;
    if (previous && Math.abs(movedMinutes) < thresholdMinutes) continue;
    update.push({ package_id: packageId, organization_id: organizationId, p50: eta.p50 });
    if (!previous) continue;
    events.push({
      type: 'eta.changed',
      data: {
        package_id: packageId,
        previous_p50: previous.toISOString(),
        p50: eta.p50.toISOString(),
        p90: eta.p90.toISOString(),
        on_time_probability: eta.onTimeProbability,
        moved_minutes: Math.round(movedMinutes),
        basis: eta.basis,
      },
    });
  }
  if (update.length > 0) {
    await tx.insertInto('webhook_eta_state').values(update).onConflict((oc) => oc.column('package_id').doUpdateSet({ p50: (eb) => eb.ref('excluded.p50') })).execute();
  }
  return events;
}
