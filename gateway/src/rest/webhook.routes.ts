import { Router, json, type Request, type Response } from 'express';
import type { Caller } from './auth.middleware.js';
import { snakeKeys } from './case-mapping.js';
import type { Execute } from './graphql-executor.js';
import { RestError } from './rest-error.js';

const ENDPOINT = 'id url events enabled disabledReason consecutiveFailures createdAt updatedAt';
const DELIVERY = 'id eventId endpointId eventType state attemptCount nextAttemptAt lastError createdAt deliveredAt payload attempts { at statusCode latencyMs error responseExcerpt }';
const SETTINGS = 'emailTo minSeverity investigations digestMinutes';
const Q = {
  list: `query RestWebhooks { webhookEndpoints { ${ENDPOINT} } }`,
  get: `query RestWebhook($id: ID!) { webhookEndpoint(id: $id) { ${ENDPOINT} } }`,
  create: `mutation RestCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT} } } }`,
  update: `mutation RestUpdateWebhook($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { ${ENDPOINT} } }`,
  remove: `mutation RestDeleteWebhook($id: ID!) { deleteWebhookEndpoint(id: $id) { ${ENDPOINT} } }`,
  rotate: `mutation RestRotateWebhookSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { ${ENDPOINT} } } }`,
  test: `mutation RestTestWebhook($id: ID!) { sendTestWebhook(id: $id) { ${DELIVERY} } }`,
  deliveries: `query RestWebhookDeliveries($id: ID!, $first: Int) { webhookDeliveries(endpointId: $id, first: $first) { ${DELIVERY} } }`,
  redeliver: `mutation RestRedeliverWebhook($id: ID!) { redeliverWebhook(deliveryId: $id) { ${DELIVERY} } }`,
  settings: `query RestNotificationSettings { notificationSettings { ${SETTINGS} } }`,
  updateSettings: `mutation RestUpdateNotificationSettings($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { ${SETTINGS} } }`,
};

const bad = (message: string, field?: string) => new RestError(400, 'BAD_USER_INPUT', message, field ? { field } : undefined);

function objectBody(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw bad('Expected a JSON object body');
  return body as Record<string, unknown>;
}

/** The endpoint fields in REST's (snake_case) terms; `partial` for PATCH. */
function endpointInput(body: unknown, partial: boolean): Record<string, unknown> {
  const { url, events, enabled, ...rest } = objectBody(body);
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw bad(`${unknown} is not a known field; send url, events, enabled`, unknown);
  if ((!partial || url !== undefined) && typeof url !== 'string') throw bad('url: a string is required', 'url');
  if ((!partial || events !== undefined) && (!Array.isArray(events) || !events.every((e) => typeof e === 'string'))) {
    throw bad('events: an array of event type names is required, e.g. ["package.status_changed"]', 'events');
  }
  if (enabled !== undefined && typeof enabled !== 'boolean') throw bad('enabled: true or false', 'enabled');
  return { ...(url === undefined ? {} : { url }), ...(events === undefined ? {} : { events }), ...(enabled === undefined ? {} : { enabled }) };
}

function settingsInput(body: unknown): Record<string, unknown> {
  const { email_to: emailTo, min_severity: minSeverity, investigations, digest_minutes: digestMinutes, ...rest } = objectBody(body);
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw bad(`${unknown} is not a known field; send email_to, min_severity, investigations, digest_minutes`, unknown);
  if (emailTo !== undefined && (!Array.isArray(emailTo) || !emailTo.every((e) => typeof e === 'string'))) throw bad('email_to: an array of e-mail addresses', 'email_to');
  if (minSeverity !== undefined && !['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(String(minSeverity))) throw bad('min_severity: one of LOW, MEDIUM, HIGH, CRITICAL', 'min_severity');
  if (investigations !== undefined && typeof investigations !== 'boolean') throw bad('investigations: true or false', 'investigations');
  if (digestMinutes !== undefined && digestMinutes !== null && !Number.isInteger(digestMinutes)) throw bad('digest_minutes: whole minutes (1–1440) or null', 'digest_minutes');
  return {
    ...(emailTo === undefined ? {} : { emailTo }),
    ...(minSeverity === undefined ? {} : { minSeverity }),
    ...(investigations === undefined ? {} : { investigations }),
    ...(digestMinutes === undefined ? {} : { digestMinutes }),
  };
}

function limit(raw: unknown): number {
  if (raw === undefined) return 50;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 200) throw bad('limit: a whole number from 1 to 200', 'limit');
  return n;
}

/** /api/v1/webhooks and /api/v1/notification-settings (admins only), each a GraphQL operation on the supergraph. */
export function webhookRoutes(execute: Execute): Router {
  const router = Router();
  const run = <T>(res: Response, query: string, variables: Record<string, unknown> = {}) =>
    execute<T>((res.locals.caller as Caller).session, (res.locals.caller as Caller).token, query, variables);
  const body = json({ limit: '16kb' });
  const id = (req: Request) => String(req.params.id);

  router.get('/webhooks', async (_req, res) => {
    const data = await run<{ webhookEndpoints: unknown[] }>(res, Q.list);
    res.json({ data: data.webhookEndpoints.map(snakeKeys) });
  });
  router.post('/webhooks', body, async (req, res) => {
    const data = await run<{ createWebhookEndpoint: { secret: string; endpoint: object } }>(res, Q.create, { input: endpointInput(req.body, false) });
    res.status(201).json(snakeKeys({ ...data.createWebhookEndpoint.endpoint, secret: data.createWebhookEndpoint.secret }));
  });
  router.get('/webhooks/:id', async (req, res) => {
    const data = await run<{ webhookEndpoint: unknown }>(res, Q.get, { id: id(req) });
    if (!data.webhookEndpoint) throw new RestError(404, 'NOT_FOUND', `Webhook endpoint ${JSON.stringify(id(req))} was not found`);
    res.json(snakeKeys(data.webhookEndpoint));
  });
  router.patch('/webhooks/:id', body, async (req, res) => {
    const data = await run<{ updateWebhookEndpoint: unknown }>(res, Q.update, { id: id(req), input: endpointInput(req.body, true) });
    res.json(snakeKeys(data.updateWebhookEndpoint));
  });
  router.delete('/webhooks/:id', async (req, res) => {
    const data = await run<{ deleteWebhookEndpoint: unknown }>(res, Q.remove, { id: id(req) });
    res.json(snakeKeys(data.deleteWebhookEndpoint));
  });
  router.post('/webhooks/:id/rotate-secret', async (req, res) => {
    const data = await run<{ rotateWebhookSecret: { secret: string; endpoint: object } }>(res, Q.rotate, { id: id(req) });
    res.json(snakeKeys({ ...data.rotateWebhookSecret.endpoint, secret: data.rotateWebhookSecret.secret }));
  });
  router.post('/webhooks/:id/test', async (req, res) => {
    const data = await run<{ sendTestWebhook: unknown }>(res, Q.test, { id: id(req) });
    res.status(202).json(snakeKeys(data.sendTestWebhook));
  });
  router.get('/webhooks/:id/deliveries', async (req, res) => {
    const data = await run<{ webhookDeliveries: unknown[] }>(res, Q.deliveries, { id: id(req), first: limit(req.query.limit) });
    res.json({ data: data.webhookDeliveries.map(snakeKeys) });
  });
  router.post('/webhooks/:id/deliveries/:delivery_id/redeliver', async (req, res) => {
    // The delivery must belong to the endpoint in the path: checked before anything is sent again.
    const list = await run<{ webhookDeliveries: { id: string }[] }>(res, Q.deliveries, { id: id(req), first: 200 });
    const deliveryId = String(req.params.delivery_id);
    if (!list.webhookDeliveries.some((d) => d.id === deliveryId)) throw new RestError(404, 'NOT_FOUND', `Webhook delivery ${JSON.stringify(deliveryId)} of endpoint ${JSON.stringify(id(req))} was not found`);
    const data = await run<{ redeliverWebhook: unknown }>(res, Q.redeliver, { id: deliveryId });
    res.status(202).json(snakeKeys(data.redeliverWebhook));
  });
  router.get('/notification-settings', async (_req, res) => {
    const data = await run<{ notificationSettings: unknown }>(res, Q.settings);
    res.json(snakeKeys(data.notificationSettings));
  });
  router.put('/notification-settings', body, async (req, res) => {
    const data = await run<{ updateNotificationSettings: unknown }>(res, Q.updateSettings, { input: settingsInput(req.body) });
    res.json(snakeKeys(data.updateNotificationSettings));
  });
  return router;
}
