import { AppError, assertAdmin, badInput, isUuid, notFound } from '@clearpath/core';
import type { Resolvers, Severity, WebhookDeliveryState } from '../__generated__/resolvers-types.js';
import type { SubgraphContext } from '../context.js';
import { getSettings, updateSettings } from '../notifications/notification.settings.js';
import { attemptsOf, findEndpoint, listDeliveries, listEndpoints } from './webhook.repository.js';
import { createEndpoint, deleteEndpoint, redeliver, rotateSecret, sendTestEvent, updateEndpoint, type WebhookSettings } from './webhook.service.js';

const MAX_DELIVERIES = 200;

/** Webhook endpoints are managed where their dispatcher runs: this subgraph's engine. */
function settingsOf(ctx: SubgraphContext): WebhookSettings {
  const runtime = ctx.webhooks;
  if (!runtime) throw new AppError('SERVICE_UNAVAILABLE', 'Webhooks are not running in this process');
  return { policy: runtime.policy, retryHours: runtime.retryHours, wake: runtime.dispatcher.wake };
}

export const webhookResolvers: Resolvers = {
  Query: {
    webhookEndpoints: (_, __, ctx) => {
      assertAdmin(ctx.session);
      return listEndpoints(ctx.db, ctx.session.organizationId);
    },
    webhookEndpoint: async (_, { id }, ctx) => {
      assertAdmin(ctx.session);
      return isUuid(id) ? ((await findEndpoint(ctx.db, ctx.session.organizationId, id)) ?? null) : null;
    },
    webhookDeliveries: async (_, { endpointId, first }, ctx) => {
      assertAdmin(ctx.session);
      const size = first ?? 50;
      if (size < 0 || size > MAX_DELIVERIES) throw badInput(`first must be between 0 and ${MAX_DELIVERIES}`);
      const mine = isUuid(endpointId) && (await findEndpoint(ctx.db, ctx.session.organizationId, endpointId));
      if (!mine) throw notFound('Webhook endpoint', endpointId);
      return listDeliveries(ctx.db, ctx.session.organizationId, endpointId, size);
    },
    notificationSettings: (_, __, ctx) => getSettings(ctx.db, ctx.session),
  },
  Mutation: {
    createWebhookEndpoint: (_, { input }, ctx) => createEndpoint(ctx.db, ctx.session, settingsOf(ctx), input),
    updateWebhookEndpoint: (_, { id, input }, ctx) => updateEndpoint(ctx.db, ctx.session, settingsOf(ctx), id, input),
    deleteWebhookEndpoint: (_, { id }, ctx) => deleteEndpoint(ctx.db, ctx.session, id),
    rotateWebhookSecret: (_, { id }, ctx) => rotateSecret(ctx.db, ctx.session, id),
    sendTestWebhook: (_, { id }, ctx) => sendTestEvent(ctx.db, ctx.session, settingsOf(ctx), id),
    redeliverWebhook: (_, { deliveryId }, ctx) => redeliver(ctx.db, ctx.session, settingsOf(ctx), deliveryId),
    updateNotificationSettings: (_, { input }, ctx) => updateSettings(ctx.db, ctx.session, input),
  },
  WebhookEndpoint: {
    disabledReason: (e) => e.disabled_reason,
    consecutiveFailures: (e) => e.consecutive_failures,
    createdAt: (e) => e.created_at,
    updatedAt: (e) => e.updated_at,
  },
  WebhookDelivery: {
    eventId: (d) => d.event_id,
    endpointId: (d) => d.endpoint_id!,
    eventType: (d) => d.type,
    state: (d) => d.state as WebhookDeliveryState,
    attemptCount: (d) => d.attempts,
    nextAttemptAt: (d) => (d.state === 'PENDING' ? d.next_attempt_at : null),
    lastError: (d) => d.last_error,
    createdAt: (d) => d.created_at,
    deliveredAt: (d) => d.delivered_at,
    attempts: (d, _, ctx) => attemptsOf(ctx.db, [d.id]),
  },
  WebhookAttempt: {
    at: (a) => a.attempted_at,
    statusCode: (a) => a.status_code,
    latencyMs: (a) => a.latency_ms,
    responseExcerpt: (a) => a.response_excerpt,
  },
  NotificationSettings: {
    emailTo: (s) => s.email_to,
    minSeverity: (s) => s.min_severity as Severity,
    digestMinutes: (s) => s.digest_minutes,
  },
};
