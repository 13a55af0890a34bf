import type { DbOrTx, OutboxDeliveryRow, WebhookAttemptRow, WebhookEndpointRow } from '@clearpath/core';

export interface DeliveryWithEvent extends OutboxDeliveryRow {
  type: string;
  payload: Record<string, unknown>;
}

export async function listEndpoints(db: DbOrTx, organizationId: string): Promise<WebhookEndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').orderBy('id').execute();
}

export async function findEndpoint(db: DbOrTx, organizationId: string, id: string): Promise<WebhookEndpointRow | undefined> {
  return db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

const deliveries = (db: DbOrTx, organizationId: string) =>
  db
    .selectFrom('outbox_deliveries as d')
    .innerJoin('outbox_events as e', 'e.id', 'd.event_id')
    .selectAll('d')
    .select(['e.type', 'e.payload'])
    .where('d.organization_id', '=', organizationId)
    .where('d.channel', '=', 'webhook');

export async function listDeliveries(db: DbOrTx, organizationId: string, endpointId: string, first: number): Promise<DeliveryWithEvent[]> {
  return deliveries(db, organizationId).where('d.endpoint_id', '=', endpointId).orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(first).execute();
}

export async function findDelivery(db: DbOrTx, organizationId: string, id: string): Promise<DeliveryWithEvent | undefined> {
  return deliveries(db, organizationId).where('d.id', '=', id).executeTakeFirst();
}

export async function attemptsOf(db: DbOrTx, deliveryIds: readonly string[]): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', [...deliveryIds]).orderBy('id').execute();
}
