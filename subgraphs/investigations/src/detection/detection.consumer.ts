import { readLogOffset, stepLogConsumer, type Logger, type Unsubscribe } from '@clearpath/core';
import { listOrganizationsWithActivePackages } from '../history/history.repository.js';
import type { StoredChange } from './anomaly.store.js';
import { detectForPackages, publishChanges, sweepOrganization, type DetectionDeps } from './detection.service.js';

const CONSUMER = 'detection';
/** Events per step; each step commits its offset, so a restart resumes where it stopped. */
const STEP = 2000;

export interface DetectionConsumer {
  /** Processes everything committed so far (also what happened while the process was down). */
  catchUp(): Promise<void>;
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Follows the event log (tracking_events.seq) from its stored offset. Bus messages only say "there is
 * more"; the offset is the truth, so no batch is skipped across restarts or missed messages.
 */
export async function startDetectionConsumer(deps: DetectionDeps, options: { logger: Logger; sweepSeconds: number }): Promise<DetectionConsumer> {
  let chain: Promise<void> = Promise.resolve();
  let stopped = false;
  const serialize = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((error: unknown) => options.logger.error({ err: error }, 'detection failed'));
    return chain;
  };

  /** Organizations with events after the stored offset (read without a lock; the step re-reads under one). */
  async function pendingOrganizations(): Promise<string[]> {
    const offset = await readLogOffset(deps.db, CONSUMER);
    const rows = await deps.db
      .selectFrom((eb) => eb.selectFrom('tracking_events').select('organization_id').where('seq', '>', offset).orderBy('seq').limit(STEP).as('pending'))
      .select('organization_id')
      .distinct()
      .execute();
    return rows.map((r) => r.organization_id);
  }

  async function step(): Promise<boolean> {
    // Models are learned before the transaction: on PGlite the transaction holds the only connection.
    const orgs = await pendingOrganizations();
    if (orgs.length === 0) return false;
    const models = new Map(await Promise.all(orgs.map(async (org) => [org, await deps.models.get(org)] as const)));
    const changes: [string, StoredChange[]][] = [];
    let restart = false;
    const more = await stepLogConsumer(deps.db, CONSUMER, async (tx, from) => {
      const rows = await tx.selectFrom('tracking_events').select(['organization_id', 'package_id', 'seq']).where('seq', '>', from).orderBy('seq').limit(STEP).execute();
      if (rows.length === 0) return undefined;
      const byOrg = new Map<string, Set<string>>();
      for (const r of rows) {
        if (!models.has(r.organization_id)) {
          restart = true; // another replica moved the offset meanwhile: start over
          return undefined;
        }
        (byOrg.get(r.organization_id) ?? byOrg.set(r.organization_id, new Set()).get(r.organization_id)!).add(r.package_id);
      }
      for (const [org, ids] of byOrg) {
        changes.push([org, (await detectForPackages(deps, org, [...ids], { db: tx, model: models.get(org)! })).changes]);
      }
      return { to: Number(rows.at(-1)!.seq), result: true };
    });
    for (const [org, list] of changes) await publishChanges(deps, org, list);
    return restart || more === true;
  }

  const catchUp = () =>
    serialize(async () => {
      while (!stopped && (await step()));
    });
  const sweep = () =>
    serialize(async () => {
      for (const org of await listOrganizationsWithActivePackages(deps.db)) {
        if (stopped) return;
        const result = await sweepOrganization(deps, org);
        options.logger.debug({ org, ...result }, 'sweep');
      }
    });

  const unsubscribe: Unsubscribe = await deps.bus.subscribe('events.recorded', () => void catchUp());
  // Announcements of batches committed while the bus was down never come: read the log when it is back.
  const unwatch = deps.bus.onInterruption({ restored: () => void catchUp() });
  const timer = setInterval(() => void sweep(), options.sweepSeconds * 1000);
  timer.unref();
  void catchUp();
  return {
    catchUp,
    sweep,
    async stop() {
      stopped = true;
      clearInterval(timer);
      unwatch();
      await unsubscribe();
      await chain;
    },
  };
}
