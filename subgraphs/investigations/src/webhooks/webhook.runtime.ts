import type { Bus, Db, Logger } from '@clearpath/core';
import type { InvestigationsEnv } from '../environment.js';
import { createMailer } from '../notifications/mailer.js';
import { startDispatcher, type Dispatcher } from './dispatcher.js';
import { createOutbox, type Outbox } from './outbox.js';
import { startPackageFeed, type PackageFeed } from './package.feed.js';
import { targetPolicy, type TargetPolicy } from './target-guard.js';

export interface WebhookRuntime {
  policy: TargetPolicy;
  retryHours: number;
  outbox: Outbox;
  dispatcher: Dispatcher;
  feed: PackageFeed;
  stop(): Promise<void>;
}

/** Outgoing integrations of one process: the package feed over the log and the dispatcher of the outbox. */
export async function startWebhookRuntime(deps: { db: Db; bus: Bus; logger: Logger; env: InvestigationsEnv }): Promise<WebhookRuntime> {
  const { env } = deps;
  const policy = targetPolicy(env.CLEARPATH_WEBHOOK_ALLOWED_HOSTS);
  const mailer = createMailer(env);
  const dispatcher = startDispatcher({
    db: deps.db,
    bus: deps.bus,
    logger: deps.logger,
    mailer,
    config: { policy, retryBaseSeconds: env.CLEARPATH_WEBHOOK_RETRY_BASE_SECONDS, disableAfter: env.CLEARPATH_WEBHOOK_DISABLE_AFTER, timeoutMs: env.CLEARPATH_WEBHOOK_TIMEOUT_MS },
  });
  const retryHours = env.CLEARPATH_WEBHOOK_RETRY_HOURS;
  const outbox = createOutbox({ retryHours, etaThresholdMinutes: env.CLEARPATH_WEBHOOK_ETA_THRESHOLD_MINUTES, wake: dispatcher.wake });
  const feed = await startPackageFeed({ db: deps.db, bus: deps.bus, logger: deps.logger, retryHours, wake: dispatcher.wake });
  return {
    policy,
    retryHours,
    outbox,
    dispatcher,
    feed,
    async stop() {
      await feed.stop();
      await dispatcher.stop();
      mailer?.close();
    },
  };
}
