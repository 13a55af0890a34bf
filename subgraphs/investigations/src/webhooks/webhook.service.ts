import { randomBytes } from 'node:crypto';
import { assertAdmin, badInput, ensureOrganization, isUuid, notFound, type Db, type Session, type WebhookEndpointRow } from '@clearpath/core';
import { TEST_EVENT, WEBHOOK_EVENT_TYPES } from './outbox.js';
import { checkTarget, type TargetPolicy } from './target-guard.js';
import { findDelivery, findEndpoint, type DeliveryWithEvent } from './webhook.repository.js';

/** Endpoints per organization: enough for any integration, a bound on fan-out per event. */
const MAX_ENDPOINTS = 20;

export interface WebhookSettings {
  policy: TargetPolicy;
  retryHours: number;
  wake: () => void;
}

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

function checkEvents(events: readonly string[]): string[] {
  const unique = [...new Set(events.map((e) => e.trim()))];
  if (unique.length === 0) throw badInput('events must name at least one event type', { field: 'events' });
  const unknown = unique.filter((e) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e));
  if (unknown.length > 0) {
    throw badInput(`Unknown event type ${JSON.stringify(unknown[0])}; one of ${WEBHOOK_EVENT_TYPES.join(', ')}`, { field: 'events' });
  }
  return unique;
}

async function endpointOf(db: Db, session: Session, id: string): Promise<WebhookEndpointRow> {
  const row = isUuid(id) ? await findEndpoint(db, session.organizationId, id) : undefined;
  if (!row) throw notFound('Webhook endpoint', id);
  return row;
}

export async function createEndpoint(db: Db, session: Session, settings: WebhookSettings, input: { url: string; events: readonly string[]; enabled?: boolean | null }) {
  assertAdmin(session);
  const events = checkEvents(input.events);
  const url = await checkTarget(settings.policy, input.url.trim());
  const count = await db.selectFrom('webhook_endpoints').select((eb) => eb.fn.countAll<string>().as('n')).where('organization_id', '=', session.organizationId).executeTakeFirstOrThrow();
  if (Number(count.n) >= MAX_ENDPOINTS) throw badInput(`An organization has at most ${MAX_ENDPOINTS} webhook endpoints; delete one first`);
  await ensureOrganization(db, session.organizationId, session.organizationId);
  const secret = newSecret();
  const endpoint = await db
    .insertInto('webhook_endpoints')
    .values({ organization_id: session.organizationId, url: url.toString(), events, secret, enabled: input.enabled ?? true, disabled_reason: null })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { secret, endpoint };
}

export async function updateEndpoint(db: Db, session: Session, settings: WebhookSettings, id: string, input: { url?: string | null; events?: readonly string[] | null; enabled?: boolean | null }) {
  assertAdmin(session);
  const current = await endpointOf(db, session, id);
  const url = input.url == null ? current.url : (await checkTarget(settings.policy, input.url.trim())).toString();
  const events = input.events == null ? current.events : checkEvents(input.events);
  const enabling = input.enabled === true && !current.enabled;
  const row = await db
    .updateTable('webhook_endpoints')
    .set({
      url,
      events,
      updated_at: new Date(),
      ...(input.enabled == null ? {} : { enabled: input.enabled, disabled_reason: null }),
      ...(enabling ? { consecutive_failures: 0 } : {}),
    })
    .where('organization_id', '=', session.organizationId)
    .where('id', '=', current.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (enabling) settings.wake();
  return row;
}

export async function deleteEndpoint(db: Db, session: Session, id: string): Promise<WebhookEndpointRow> {
  assertAdmin(session);
  const row = await endpointOf(db, session, id);
  await db.deleteFrom('webhook_endpoints').where('organization_id', '=', session.organizationId).where('id', '=', row.id).execute();
  return row;
}

export async function rotateSecret(db: Db, session: Session, id: string) {
  assertAdmin(session);
  const current = await endpointOf(db, session, id);
  const secret = newSecret();
  const endpoint = await db.updateTable('webhook_endpoints').set({ secret, updated_at: new Date() }).where('id', '=', current.id).returningAll().executeTakeFirstOrThrow();
  return { secret, endpoint };
}

export async function sendTestEvent(db: Db, session: Session, settings: WebhookSettings, id: string): Promise<DeliveryWithEvent> {
  assertAdmin(session);
  const endpoint = await endpointOf(db, session, id);
  if (!endpoint.enabled) throw badInput('The endpoint is disabled; enable it (updateWebhookEndpoint) before sending a test event');
  const deliveryId = await db.transaction().execute(async (tx) => {
    const event = await tx
      .insertInto('outbox_events')
      .values({ organization_id: session.organizationId, type: TEST_EVENT, payload: JSON.stringify({ message: 'A test event from ClearPath', endpoint_id: endpoint.id }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const delivery = await tx
      .insertInto('outbox_deliveries')
      .values({ organization_id: session.organizationId, event_id: event.id, channel: 'webhook', endpoint_id: endpoint.id, next_attempt_at: new Date(), give_up_at: new Date(Date.now() + settings.retryHours * 3600_000) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return delivery.id;
  });
  settings.wake();
  return (await findDelivery(db, session.organizationId, deliveryId))!;
}

export async function redeliver(db: Db, session: Session, settings: WebhookSettings, deliveryId: string): Promise<DeliveryWithEvent> {
  assertAdmin(session);
  const found = isUuid(deliveryId) ? await findDelivery(db, session.organizationId, deliveryId) : undefined;
  if (!found) throw notFound('Webhook delivery', deliveryId);
  await db
    .updateTable('outbox_deliveries')
    .set({ state: 'PENDING', next_attempt_at: new Date(), give_up_at: new Date(Date.now() + settings.retryHours * 3600_000), delivered_at: null })
    .where('id', '=', found.id)
    .execute();
  settings.wake();
  return (await findDelivery(db, session.organizationId, found.id))!;
}
