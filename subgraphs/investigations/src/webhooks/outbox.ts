import { sql } from 'kysely';
import type { DbOrTx } from '@clearpath/core';

export const WEBHOOK_EVENT_TYPES = [
  'package.created',
  'package.status_changed',
  'package.delivered',
  'anomaly.opened',
  'anomaly.resolved',
  'investigation.completed',
  'eta.changed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
/** Sent by "send test event" only, to the one endpoint asked. */
export const TEST_EVENT = 'webhook.test';

export interface OutboxEvent {
  type: WebhookEventType;
  data: Record<string, unknown>;
  /** Anomalies: decides whether people are notified (notification_settings.min_severity). */
  severity?: string;
}

const SEVERITY_RANK: Record<string, number> = { LOW: 1, MEDIUM: 2, HIGH: 3, CRITICAL: 4 };
/** Events people are told about (e-mail, legacy WebSocket), given the organization's settings. */
function notifiesPeople(event: OutboxEvent, settings: { min_severity: string; investigations: boolean }): boolean {
  if (event.type === 'investigation.completed') return settings.investigations;
  if (event.type === 'anomaly.opened') return (SEVERITY_RANK[event.severity ?? ''] ?? 0) >= (SEVERITY_RANK[settings.min_severity] ?? 3);
  return false;
}

export interface OutboxOptions {
  retryHours: number;
  now?: Date;
}

/** The webhook payload: Stripe-like envelope, the id is the receiver's idempotency key. */
export function envelope(id: string, organizationId: string, type: string, createdAt: Date, data: Record<string, unknown>) {
  return { id, type, created_at: createdAt.toISOString(), organization_id: organizationId, data };
}

/**
 * Writes events and one delivery per interested target, in the caller's transaction: the events commit
 * with the change that caused them or not at all. Nothing is written for an event nobody listens to.
 * E-mail of an organization with a digest waits for the end of the digest window.
 */
export async function enqueue(tx: DbOrTx, organizationId: string, events: readonly OutboxEvent[], options: OutboxOptions): Promise<number> {
  if (events.length === 0) return 0;
  const now = options.now ?? new Date();
  const [endpoints, settings] = await Promise.all([
    tx.selectFrom('webhook_endpoints').select(['id', 'events']).where('organization_id', '=', organizationId).where('enabled', '=', true).execute(),
    tx.selectFrom('notification_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst(),
  ]);
  const people = settings ?? { min_severity: 'HIGH', investigations: true, email_to: [], digest_minutes: null };
  const giveUpAt = new Date(now.getTime() + options.retryHours * 3600_000);
  const digestMs = (people.digest_minutes ?? 0) * 60_000;
  const emailAt = digestMs > 0 ? new Date(Math.ceil(now.getTime() / digestMs) * digestMs) : now;
  let written = 0;
  for (const event of events) {
    const targets: { channel: 'webhook' | 'email' | 'ws'; endpoint_id: string | null; next_attempt_at: Date }[] = endpoints
      .filter((e) => e.events.includes(event.type))
      .map((e) => ({ channel: 'webhook', endpoint_id: e.id, next_attempt_at: now }));
    if (notifiesPeople(event, people)) {
      targets.push({ channel: 'ws', endpoint_id: null, next_attempt_at: now });
      if (people.email_to.length > 0) targets.push({ channel: 'email', endpoint_id: null, next_attempt_at: emailAt });
    }
    if (targets.length === 0) continue;
    const { id } = await tx
      .insertInto('outbox_events')
      .values({ organization_id: organizationId, type: event.type, payload: JSON.stringify(event.data), created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('outbox_deliveries')
      .values(targets.map((t) => ({ ...t, organization_id: organizationId, event_id: id, give_up_at: giveUpAt })))
      .execute();
    written += 1;
  }
  return written;
}

/** Does any enabled endpoint of these organizations want one of these types? (Skips work nobody asked for.) */
export async function organizationsListening(db: DbOrTx, types: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .selectFrom('webhook_endpoints')
    .select('organization_id')
    .distinct()
    .where('enabled', '=', true)
    .where(sql<boolean>`events && ${sql.val([...types])}::text[]`)
    .execute();
  return new Set(rows.map((r) => r.organization_id));
}

/** What writers hold: `add` inside their transaction, `wake` after it committed. */
export interface Outbox {
  add(tx: DbOrTx, organizationId: string, events: readonly OutboxEvent[]): Promise<number>;
  wake(): void;
  /** eta.changed fires when a predicted delivery moves this far. */
  etaThresholdMinutes: number;
}

export function createOutbox(options: { retryHours: number; etaThresholdMinutes: number; wake: () => void }): Outbox {
  return {
    etaThresholdMinutes: options.etaThresholdMinutes,
    add: (tx, organizationId, events) => enqueue(tx, organizationId, events, { retryHours: options.retryHours }),
    wake: () => options.wake(),
  };
}

/** anomaly.opened / anomaly.resolved for anomalies that changed state. */
export function anomalyEvents(changes: readonly { id: string; packageId: string | null; type: string; state: string; severity: string; summary: string }[]): OutboxEvent[] {
  return changes.flatMap((c): OutboxEvent[] => {
    const type = c.state === 'OPEN' ? 'anomaly.opened' : c.state === 'RESOLVED' ? 'anomaly.resolved' : undefined;
    if (!type) return [];
    return [{ type, severity: c.severity, data: { anomaly: { id: c.id, package_id: c.packageId, type: c.type, severity: c.severity, state: c.state, summary: c.summary } } }];
  });
}
