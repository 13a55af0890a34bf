import { sql } from 'kysely';
import type { Bus, Db, Logger, OutboxDeliveryRow } from '@clearpath/core';
import type { Mailer } from '../notifications/mailer.js';
import { envelope } from './outbox.js';
import type { TargetPolicy } from './target-guard.js';
import { postWebhook, signatureHeader, type AttemptResult } from './webhook.sender.js';

export interface DispatcherConfig {
  policy: TargetPolicy;
  retryBaseSeconds: number;
  disableAfter: number;
  timeoutMs: number;
}

export interface Dispatcher {
  /** Looks for due deliveries now (after an enqueue in this process). */
  wake(): void;
  /** Resolves when the current pass is over (tests). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Deliveries claimed per pass, and sent at once. */
const BATCH = 20;
const MAX_POLL_MS = 1_000;

/** The wait before retry n (1-based): base · 2^(n-1), plus up to 25% jitter so failed receivers are not hit in lockstep. */
export function retryDelayMs(baseSeconds: number, failedAttempts: number): number {
  return baseSeconds * 1000 * 2 ** (failedAttempts - 1) * (1 + Math.random() * 0.25);
}

interface Claimed extends OutboxDeliveryRow {
  type: string;
  payload: Record<string, unknown>;
  event_created_at: Date;
}

/**
 * Claims due deliveries with FOR UPDATE SKIP LOCKED and leases them (next_attempt_at moves past the
 * longest attempt), so replicas never send the same delivery at once and a crash mid-send only delays it.
 * Deliveries to a disabled endpoint wait until it is enabled again.
 */
async function claim(db: Db, leaseMs: number): Promise<Claimed[]> {
  const { rows } = await sql<Claimed>`
    WITH due AS (
      SELECT d.id FROM outbox_deliveries d LEFT JOIN webhook_endpoints w ON w.id = d.endpoint_id
       WHERE d.state = 'PENDING' AND d.next_attempt_at <= now() AND (d.channel <> 'webhook' OR w.enabled)
       ORDER BY d.next_attempt_at LIMIT ${BATCH}
       FOR UPDATE OF d SKIP LOCKED)
    UPDATE outbox_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + ${`${leaseMs} milliseconds`}::interval
      FROM due, outbox_events e
     WHERE d.id = due.id AND e.id = d.event_id
    RETURNING d.*, e.type, e.payload, e.created_at AS event_created_at`.execute(db);
  return rows;
}

/** Marks a delivery done, or schedules its retry (FAILED past its window). Returns whether it gave up. */
async function settle(db: Db, delivery: Claimed, result: { ok: boolean; error: string | null }, baseSeconds: number): Promise<boolean> {
  if (result.ok) {
    await db.updateTable('outbox_deliveries').set({ state: 'DELIVERED', delivered_at: new Date(), last_error: null }).where('id', '=', delivery.id).execute();
    return false;
  }
  const next = new Date(Date.now() + retryDelayMs(baseSeconds, delivery.attempts));
  const giveUp = next.getTime() > new Date(delivery.give_up_at).getTime();
  await db
    .updateTable('outbox_deliveries')
    .set({ state: giveUp ? 'FAILED' : 'PENDING', next_attempt_at: next, last_error: result.error })
    .where('id', '=', delivery.id)
    .execute();
  return giveUp;
}

const describe = (r: AttemptResult) => r.error ?? `HTTP ${String(r.statusCode)}`;

export function startDispatcher(deps: { db: Db; bus: Bus; logger: Logger; mailer: Mailer | undefined; config: DispatcherConfig }): Dispatcher {
  const { db, config } = deps;
  const leaseMs = config.timeoutMs + 30_000;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let wanted = false;

  async function sendWebhook(delivery: Claimed): Promise<void> {
    const endpoint = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', delivery.endpoint_id!).executeTakeFirst();
    if (!endpoint) return;
    const body = JSON.stringify(envelope(delivery.event_id, delivery.organization_id, delivery.type, delivery.event_created_at, delivery.payload));
    const result = await postWebhook({
      policy: config.policy,
      url: endpoint.url,
      body,
      timeoutMs: config.timeoutMs,
      headers: {
        'ClearPath-Signature': signatureHeader(endpoint.secret, Math.floor(Date.now() / 1000), body),
        'ClearPath-Event-Id': delivery.event_id,
        'ClearPath-Event-Type': delivery.type,
        'ClearPath-Delivery-Id': delivery.id,
        'ClearPath-Attempt': String(delivery.attempts),
      },
    });
    await db
      .insertInto('webhook_attempts')
      .values({ delivery_id: delivery.id, status_code: result.statusCode, latency_ms: result.latencyMs, error: result.ok ? null : describe(result), response_excerpt: result.excerpt })
      .execute();
    const gaveUp = await settle(db, delivery, { ok: result.ok, error: result.ok ? null : describe(result) }, config.retryBaseSeconds);
    if (result.ok) {
      await db.updateTable('webhook_endpoints').set({ consecutive_failures: 0 }).where('id', '=', endpoint.id).execute();
      return;
    }
    const { consecutive_failures: failures } = await db
      .updateTable('webhook_endpoints')
      .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
      .where('id', '=', endpoint.id)
      .returning('consecutive_failures')
      .executeTakeFirstOrThrow();
    if (failures >= config.disableAfter || gaveUp) {
      const reason = gaveUp
        ? `A delivery failed for its whole retry window; last error: ${describe(result)}`
        : `${failures} consecutive failed deliveries; last error: ${describe(result)}`;
      await db.updateTable('webhook_endpoints').set({ enabled: false, disabled_reason: reason.slice(0, 500), updated_at: new Date() }).where('id', '=', endpoint.id).where('enabled', '=', true).execute();
      deps.logger.warn({ endpoint: endpoint.id, reason }, 'webhook endpoint disabled');
    }
  }

  async function sendEmails(deliveries: Claimed[]): Promise<void> {
    const byOrg = new Map<string, Claimed[]>();
    for (const d of deliveries) byOrg.set(d.organization_id, [...(byOrg.get(d.organization_id) ?? []), d]);
    for (const [org, list] of byOrg) {
      let error: string | null = null;
      try {
        if (!deps.mailer) throw new Error('SMTP is not configured (SMTP_URL or SMTP_HOST)');
        const settings = await db.selectFrom('notification_settings').select('email_to').where('organization_id', '=', org).executeTakeFirst();
        if (!settings?.email_to.length) throw new Error('No e-mail recipients configured');
        await deps.mailer.send(settings.email_to, list.map((d) => envelope(d.event_id, org, d.type, d.event_created_at, d.payload)));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        deps.logger.warn({ org, err: e }, 'notification e-mail failed');
      }
      for (const d of list) await settle(db, d, { ok: error === null, error }, config.retryBaseSeconds);
    }
  }

  async function publishNotifications(deliveries: Claimed[]): Promise<void> {
    for (const d of deliveries) {
      await deps.bus.publish('notification', { organizationId: d.organization_id, id: d.event_id, type: d.type, createdAt: d.event_created_at.toISOString(), data: d.payload });
      await settle(db, d, { ok: true, error: null }, config.retryBaseSeconds);
    }
  }

  async function pass(): Promise<void> {
    while (!stopped) {
      const claimed = await claim(db, leaseMs);
      if (claimed.length === 0) return;
      await Promise.all([
        ...claimed.filter((d) => d.channel === 'webhook').map((d) => sendWebhook(d)),
        sendEmails(claimed.filter((d) => d.channel === 'email')),
        publishNotifications(claimed.filter((d) => d.channel === 'ws')),
      ]);
    }
  }

  const wake = () => {
    if (wanted || stopped) return;
    wanted = true;
    running = running.then(async () => {
      wanted = false;
      await pass().catch((error: unknown) => deps.logger.error({ err: error }, 'webhook dispatcher failed'));
    });
  };
  const timer = setInterval(wake, Math.min(MAX_POLL_MS, config.retryBaseSeconds * 500));
  timer.unref();
  wake();
  return {
    wake,
    idle: async () => {
      await running;
      if (wanted) await running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
