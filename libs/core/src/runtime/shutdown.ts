import type { Logger } from '../logger.js';
import type { Lifecycle } from './health-routes.js';

/** What must still happen after a clean stop, just before exit (tracing sends its last spans). */
const exitHooks: (() => Promise<unknown>)[] = [];

export function beforeSignalExit(hook: () => Promise<unknown>): void {
  exitHooks.push(hook);
}

/**
 * On SIGTERM or SIGINT: readiness goes red, then `stop` runs (stop accepting, finish in-flight requests
 * and batches, close WebSockets with 1001, hand back claimed work); the process exits 0 when it is done,
 * or 1 once the deadline passes with work still open, so an orchestrator's kill never comes first.
 */
export function exitOnSignals(options: { logger: Logger; lifecycle: Lifecycle; deadlineSeconds: number; stop: (deadline: number) => Promise<void> }): void {
  const { logger, lifecycle } = options;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (lifecycle.draining) return;
      lifecycle.draining = true;
      const deadline = Date.now() + options.deadlineSeconds * 1000;
      logger.info({ signal, deadlineSeconds: options.deadlineSeconds }, 'shutting down');
      setTimeout(() => {
        logger.error({ deadlineSeconds: options.deadlineSeconds }, 'shutdown deadline passed with work still open: exiting');
        process.exit(1);
      }, options.deadlineSeconds * 1000);
      options.stop(deadline).then(
        async () => {
          logger.info('shut down cleanly');
          await Promise.allSettled(exitHooks.map((hook) => hook()));
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}

/** How long HTTP servers wait for in-flight requests: the shutdown deadline less a second to close the rest. */
export function drainGracePeriodMs(deadlineSeconds: number): number {
  return Math.max(0, deadlineSeconds * 1000 - 1000);
}
