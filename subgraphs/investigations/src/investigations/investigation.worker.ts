import { claimNextInvestigation, recoverInterrupted, releaseClaim } from './investigation.store.js';
import { runInvestigation, type RunnerDeps } from './investigation.runner.js';

export interface InvestigationWorker {
  /** Wakes the worker after a new investigation was queued. */
  notify(): void;
  /** Resolves when the queue is empty (tests use it). */
  idle(): Promise<void>;
  /** Finishes the investigation in hand; one still running at `deadline` (epoch ms) is put back in the queue for another replica. */
  stop(deadline?: number): Promise<void>;
}

/** Runs RUNNING investigations older than this again after a restart (a run takes seconds). */
const STALE_AFTER_MS = 2 * 60_000;
const MAX_ATTEMPTS = 3;
/** Also polls, so work queued by another replica is picked up without a message. */
const POLL_MS = 5_000;

/** Works through the queue one investigation at a time (the analyses are CPU-bound). */
export async function startInvestigationWorker(deps: RunnerDeps, options: { recoverAfterMs?: number } = {}): Promise<InvestigationWorker> {
  const recovered = await recoverInterrupted(deps.db, { staleAfterMs: options.recoverAfterMs ?? STALE_AFTER_MS, maxAttempts: MAX_ATTEMPTS });
  if (recovered.requeued || recovered.failed) deps.logger.info(recovered, 'recovered interrupted investigations');

  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let wanted = false;
  let current: string | undefined;

  const drain = async () => {
    while (!stopped) {
      const row = await claimNextInvestigation(deps.db);
      if (!row) return;
      current = row.id;
      await runInvestigation(deps, row).finally(() => (current = undefined));
    }
  };
  const notify = () => {
    if (wanted) return;
    wanted = true;
    running = running.then(async () => {
      wanted = false;
      await drain().catch((error: unknown) => deps.logger.error({ err: error }, 'investigation worker failed'));
    });
  };
  const timer = setInterval(notify, POLL_MS);
  timer.unref();
  notify();
  return {
    notify,
    idle: async () => {
      await running;
      if (wanted) await running;
    },
    async stop(deadline) {
      stopped = true;
      clearInterval(timer);
      if (deadline === undefined) return running;
      let timeout: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        running.then(() => true),
        new Promise<false>((resolve) => (timeout = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now())))),
      ]);
      clearTimeout(timeout);
      if (!finished && current) {
        await releaseClaim(deps.db, current);
        deps.logger.warn({ investigationId: current }, 'shutdown: investigation handed back to the queue');
      }
    },
  };
}
