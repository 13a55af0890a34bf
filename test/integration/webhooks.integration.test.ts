import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayEnv, startGateway, type RunningGateway } from '@clearpath/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS, createPostgresDatabase, type Backend } from '../support/test-database.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { startReceiver, verifySignature, waitFor } from '../support/webhook-receiver.js';

/** Fast retries for tests: first retry after 0.2 s, disabled after 3 failures in a row, 1 s to answer. */
const FAST = {
  CLEARPATH_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  CLEARPATH_WEBHOOK_RETRY_BASE_SECONDS: '0.2',
  CLEARPATH_WEBHOOK_DISABLE_AFTER: '3',
  CLEARPATH_WEBHOOK_TIMEOUT_MS: '1000',
  CLEARPATH_WEBHOOK_ETA_THRESHOLD_MINUTES: '30',
};

interface Delivery {
  id: string;
  event_id: string;
  event_type: string;
  state: string;
  attempt_count: number;
  attempts: { status_code: number | null; latency_ms: number; error: string | null; response_excerpt: string | null }[];
}

describe.each(BACKENDS)('webhooks on %s', (backend) => {
  let app: TestApp;
  let other: string;
  const deliveries = async (id: string, token = ADMIN_KEY) => (await app.rest('GET', `/api/v1/webhooks/${id}/deliveries`, { token })).body.data as Delivery[];
  const register = async (url: string, events: string[], token = ADMIN_KEY) => {
    const created = await app.rest('POST', '/api/v1/webhooks', { token, body: { url, events } });
    expect(created.status, created.text).toBe(201);
    return created.body as { id: string; secret: string; enabled: boolean };
  };

  beforeAll(async () => {
    app = await startTestApp(backend, FAST);
    other = app.token('org_webhooks_other');
  }, 120_000);
  afterAll(() => app?.close());

  it('manages endpoints over REST and GraphQL, admins only, with clear input errors', async () => {
    const receiver = await startReceiver();
    try {
      const created = await register(receiver.url, ['package.created', 'anomaly.opened']);
      expect(created).toMatchObject({ url: receiver.url, events: ['package.created', 'anomaly.opened'], enabled: true, disabled_reason: null });
      expect(created.secret).toMatch(/^whsec_/);
      const listed = await app.rest('GET', '/api/v1/webhooks');
      expect(listed.body.data.find((e: { id: string }) => e.id === created.id)).not.toHaveProperty('secret');

      const patched = await app.rest('PATCH', `/api/v1/webhooks/${created.id}`, { body: { events: ['package.delivered'], enabled: false } });
      expect(patched.body).toMatchObject({ events: ['package.delivered'], enabled: false });
      const rotated = await app.rest('POST', `/api/v1/webhooks/${created.id}/rotate-secret`);
      expect(rotated.body.secret).toMatch(/^whsec_/);
      expect(rotated.body.secret).not.toBe(created.secret);

      const gql = await app.gql<{ webhookEndpoints: { id: string }[] }>(`{ webhookEndpoints { id url events enabled } }`);
      expect(gql.data?.webhookEndpoints.map((e) => e.id)).toContain(created.id);

      const unknown = await app.rest('POST', '/api/v1/webhooks', { body: { url: receiver.url, events: ['package.exploded'] } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(/Unknown event type "package.exploded"/);
      expect((await app.rest('POST', '/api/v1/webhooks', { body: { url: receiver.url } })).body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'events' } });
      expect((await app.rest('POST', '/api/v1/webhooks', { body: { url: 'ftp://127.0.0.1/x', events: ['package.created'] } })).status).toBe(400);
      const operator = await app.rest('POST', '/api/v1/webhooks', { token: app.token('org_webhooks_ops', 'org:member'), body: { url: receiver.url, events: ['package.created'] } });
      expect(operator.status).toBe(403);
      expect((await app.rest('GET', '/api/v1/webhooks/not-a-uuid')).status).toBe(404);
      expect((await app.rest('DELETE', `/api/v1/webhooks/${created.id}`)).status).toBe(200);
      expect((await app.rest('GET', `/api/v1/webhooks/${created.id}`)).status).toBe(404);
    } finally {
      await receiver.close();
    }
  });

  it('refuses private, loopback and link-local targets at creation', async () => {
    for (const url of ['http://10.0.0.7/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]:8080/hook', 'http://192.168.1.1/', 'http://[::ffff:10.0.0.1]/', 'http://127.0.0.2/']) {
      const refused = await app.rest('POST', '/api/v1/webhooks', { body: { url, events: ['package.created'] } });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.message, url).toMatch(/private, loopback or link-local|CLEARPATH_WEBHOOK_ALLOWED_HOSTS/);
    }
    const gql = await app.gql(`mutation { createWebhookEndpoint(input: { url: "http://169.254.169.254/", events: ["package.created"] }) { secret } }`);
    expect(gql.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('retries a failing receiver with backoff: delivered once, logged three times, signed with the secret', async () => {
    const receiver = await startReceiver((n) => (n <= 2 ? 500 : 200));
    try {
      const endpoint = await register(receiver.url, ['package.created']);
      const pkg = await createPackage(app, ADMIN_KEY);
      const done = await waitFor('delivery', async () => (await deliveries(endpoint.id)).find((d) => d.state === 'DELIVERED'));
      expect(receiver.received).toHaveLength(3);
      const [first, second, third] = receiver.received;
      // Same delivery and event on every attempt; the receiver de-duplicates by them.
      expect(new Set(receiver.received.map((r) => r.headers['clearpath-delivery-id']))).toEqual(new Set([done.id]));
      expect(new Set(receiver.bodies().map((b) => b.id))).toEqual(new Set([done.event_id]));
      for (const r of receiver.received) expect(verifySignature(endpoint.secret, r.headers['clearpath-signature'] as string, r.body)).toBe(true);
      expect(verifySignature('whsec_wrong', first!.headers['clearpath-signature'] as string, first!.body)).toBe(false);
      expect(receiver.bodies()[2]).toMatchObject({ type: 'package.created', data: { package: { id: pkg.id, tracking_number: pkg.trackingNumber, status: 'INFO_RECEIVED' } } });
      // Backoff: 0.2 s, then 0.4 s (each plus up to 25% jitter).
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(190);
      expect(third!.at - second!.at).toBeGreaterThanOrEqual(390);
      expect(done.attempts.map((a) => a.status_code)).toEqual([500, 500, 200]);
      expect(done.attempts[0]).toMatchObject({ error: 'HTTP 500', response_excerpt: 'failing on purpose (500)' });
      expect(done.attempts[2]).toMatchObject({ error: null, response_excerpt: 'thanks' });
      expect(done.attempts.every((a) => a.latency_ms >= 0)).toBe(true);
      await app.rest('DELETE', `/api/v1/webhooks/${endpoint.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('tells status changes and deliveries, sends test events and redelivers', async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await register(receiver.url, ['package.status_changed', 'package.delivered']);
      const pkg = await createPackage(app, ADMIN_KEY);
      const record = (eventId: string, status: string, at: string) =>
        app.gql(`mutation($e: [TrackingEventInput!]!) { recordTrackingEvents(events: $e) { accepted } }`, { e: [{ eventId, packageId: pkg.id, status, occurredAt: at }] });
      await record(`${pkg.id}-1`, 'IN_TRANSIT', '2026-11-20T08:00:00Z');
      await waitFor('status change', () => receiver.bodies().some((b) => b.type === 'package.status_changed'));
      await record(`${pkg.id}-2`, 'IN_TRANSIT', '2026-11-20T09:00:00Z'); // no change: nothing to tell
      await record(`${pkg.id}-3`, 'DELIVERED', '2026-11-21T10:00:00Z');
      await waitFor('delivered', () => receiver.received.length >= 3);
      await new Promise((r) => setTimeout(r, 300));
      // Delivery order is not guaranteed (deliveries are sent concurrently): compare as a set.
      const types = receiver.bodies().map((b) => [b.type, (b.data as { previous_status?: string }).previous_status, (b.data as { package: { status: string } }).package.status]);
      expect(types.sort()).toEqual([
        ['package.delivered', 'IN_TRANSIT', 'DELIVERED'],
        ['package.status_changed', 'INFO_RECEIVED', 'IN_TRANSIT'],
        ['package.status_changed', 'IN_TRANSIT', 'DELIVERED'],
      ]);

      const test = await app.rest('POST', `/api/v1/webhooks/${endpoint.id}/test`);
      expect(test.status).toBe(202);
      await waitFor('test event', () => receiver.bodies().some((b) => b.type === 'webhook.test'));
      const before = receiver.received.length;
      const redeliver = await app.rest('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${test.body.id}/redeliver`);
      expect(redeliver.status).toBe(202);
      await waitFor('redelivery', () => receiver.received.length > before);
      expect(receiver.bodies().at(-1)).toMatchObject({ id: test.body.event_id, type: 'webhook.test' });
      const log = (await deliveries(endpoint.id)).find((d) => d.id === test.body.id)!;
      expect(log.attempts).toHaveLength(2);
      expect((await app.rest('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/00000000-0000-4000-8000-000000000000/redeliver`)).status).toBe(404);
      await app.rest('DELETE', `/api/v1/webhooks/${endpoint.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('tells eta.changed when the predicted delivery moves by the threshold', async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await register(receiver.url, ['eta.changed']);
      const pkg = await createPackage(app, ADMIN_KEY, {
        serviceLevel: 'STANDARD',
        origin: { name: 'Berlin', lat: 52.52, lon: 13.4 },
        destination: { name: 'Madrid', lat: 40.42, lon: -3.7 },
      });
      const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
      await app.gql(`mutation($e: [TrackingEventInput!]!) { recordTrackingEvents(events: $e) { accepted } }`, { e: [{ eventId: `${pkg.id}-eta-1`, packageId: pkg.id, status: 'IN_TRANSIT', occurredAt: hoursAgo(30) }] });
      // The first prediction is remembered silently: there is nothing to change from yet.
      const db = app.gateway.runtime.database.db;
      await waitFor('baseline', () => db.selectFrom('webhook_eta_state').select('p50').where('package_id', '=', pkg.id).executeTakeFirst());
      expect(receiver.received).toHaveLength(0);
      await app.gql(`mutation($e: [TrackingEventInput!]!) { recordTrackingEvents(events: $e) { accepted } }`, { e: [{ eventId: `${pkg.id}-eta-2`, packageId: pkg.id, status: 'OUT_FOR_DELIVERY', occurredAt: hoursAgo(0.1) }] });
      await waitFor('eta.changed', () => receiver.received.length >= 1);
      const body = receiver.bodies()[0]!;
      expect(body.type).toBe('eta.changed');
      expect(body.data).toMatchObject({ package_id: pkg.id });
      const data = body.data as { previous_p50: string; p50: string; moved_minutes: number };
      expect(Math.abs(Date.parse(data.p50) - Date.parse(data.previous_p50))).toBeGreaterThanOrEqual(30 * 60_000);
      expect(Math.abs(data.moved_minutes)).toBeGreaterThanOrEqual(30);
      await app.rest('DELETE', `/api/v1/webhooks/${endpoint.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('disables an endpoint whose receiver never answers, with the reason', async () => {
    const receiver = await startReceiver(() => 'hang');
    try {
      const endpoint = await register(receiver.url, ['package.created']);
      await createPackage(app, ADMIN_KEY);
      const disabled = await waitFor('disable', async () => {
        const row = (await app.rest('GET', `/api/v1/webhooks/${endpoint.id}`)).body as { enabled: boolean; disabled_reason: string | null };
        return row.enabled ? undefined : row;
      });
      expect(disabled.disabled_reason).toMatch(/3 consecutive failed deliveries; last error: no answer within 1000 ms/);
      const [delivery] = await deliveries(endpoint.id);
      expect(delivery!.attempts.map((a) => a.error)).toEqual(Array(3).fill('no answer within 1000 ms'));
      // Disabled: nothing more is sent, new events are not queued for it.
      await createPackage(app, ADMIN_KEY);
      await new Promise((r) => setTimeout(r, 1500));
      expect(receiver.received).toHaveLength(3);
      expect(await deliveries(endpoint.id)).toHaveLength(1);
      // A test event to a disabled endpoint is refused with what to do.
      const test = await app.rest('POST', `/api/v1/webhooks/${endpoint.id}/test`);
      expect(test.status).toBe(400);
      expect(test.body.error.message).toMatch(/enable it/);
      await app.rest('DELETE', `/api/v1/webhooks/${endpoint.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('checks the target again at delivery time', async () => {
    const receiver = await startReceiver();
    try {
      const endpoint = await register(receiver.url, ['package.created']);
      // As if the host now resolved elsewhere: the same receiver through 127.0.0.2, which is not allowed.
      await app.gateway.runtime.database.db.updateTable('webhook_endpoints').set({ url: `http://127.0.0.2:${receiver.port}/hooks` }).where('id', '=', endpoint.id).execute();
      await createPackage(app, ADMIN_KEY);
      const [delivery] = await waitFor('refused attempt', async () => {
        const list = await deliveries(endpoint.id);
        return list[0]?.attempts.length ? list : undefined;
      });
      expect(delivery!.attempts[0]!.error).toMatch(/127\.0\.0\.2, a private, loopback or link-local address/);
      expect(delivery!.attempts[0]!.status_code).toBeNull();
      expect(receiver.received).toHaveLength(0);
      await app.rest('DELETE', `/api/v1/webhooks/${endpoint.id}`);
    } finally {
      await receiver.close();
    }
  });

  it('keeps endpoints and deliveries within their organization', async () => {
    const mine = await startReceiver();
    const theirs = await startReceiver();
    try {
      const endpoint = await register(mine.url, ['package.created']);
      const foreign = await register(theirs.url, ['package.created'], other);
      expect((await app.rest('GET', '/api/v1/webhooks', { token: other })).body.data.map((e: { id: string }) => e.id)).toEqual([foreign.id]);
      for (const [method, path] of [
        ['GET', `/api/v1/webhooks/${endpoint.id}`],
        ['PATCH', `/api/v1/webhooks/${endpoint.id}`],
        ['DELETE', `/api/v1/webhooks/${endpoint.id}`],
        ['POST', `/api/v1/webhooks/${endpoint.id}/rotate-secret`],
        ['POST', `/api/v1/webhooks/${endpoint.id}/test`],
        ['GET', `/api/v1/webhooks/${endpoint.id}/deliveries`],
      ] as const) {
        const answer = await app.rest(method, path, { token: other, ...(method === 'PATCH' ? { body: { enabled: false } } : {}) });
        expect(answer.status, `${method} ${path}`).toBe(404);
      }
      const pkg = await createPackage(app, ADMIN_KEY);
      const theirPkg = await createPackage(app, other);
      await waitFor('both deliveries', () => mine.received.length >= 1 && theirs.received.length >= 1);
      await new Promise((r) => setTimeout(r, 500));
      expect(mine.bodies().map((b) => (b.data as { package: { id: string } }).package.id)).toEqual([pkg.id]);
      expect(theirs.bodies().map((b) => (b.data as { package: { id: string } }).package.id)).toEqual([theirPkg.id]);
      const [delivery] = await deliveries(endpoint.id);
      const redeliver = await app.rest('POST', `/api/v1/webhooks/${endpoint.id}/deliveries/${delivery!.id}/redeliver`, { token: other });
      expect(redeliver.status).toBe(404);
      const gql = await app.gql(`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id: delivery!.id }, other);
      expect(gql.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await app.rest('DELETE', `/api/v1/webhooks/${endpoint.id}`);
      await app.rest('DELETE', `/api/v1/webhooks/${foreign.id}`, { token: other });
    } finally {
      await mine.close();
      await theirs.close();
    }
  });
});

describe.each(BACKENDS)('webhook delivery across a restart on %s', (backend: Backend) => {
  it('loses nothing when the process stops mid-retry', { timeout: 120_000 }, async () => {
    const database = backend === 'postgres' ? await createPostgresDatabase() : undefined;
    const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'clearpath-webhooks-')) : undefined;
    let failing = true;
    const receiver = await startReceiver(() => (failing ? 503 : 200));
    const start = () =>
      startGateway(
        loadGatewayEnv({
          PORT: '0',
          LOG_LEVEL: 'silent',
          DATABASE_URL: database?.url ?? '',
          CLEARPATH_DATA_DIR: dataDir ?? 'memory://',
          CLEARPATH_API_KEY: ADMIN_KEY,
          CLEARPATH_DEMO: 'false',
          REDIS_URL: '',
          ...FAST,
          // Slow enough retries that the stop lands between two attempts.
          CLEARPATH_WEBHOOK_RETRY_BASE_SECONDS: '1',
          CLEARPATH_WEBHOOK_DISABLE_AFTER: '100',
        }),
      );
    const call = async (gateway: RunningGateway, method: string, path: string, body?: unknown) => {
      const response = await fetch(`${gateway.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as Record<string, unknown> & { data?: Delivery[] };
    };
    let gateway = await start();
    try {
      const endpoint = await call(gateway, 'POST', '/api/v1/webhooks', { url: receiver.url, events: ['package.created'] });
      await call(gateway, 'POST', '/api/v1/packages', { tracking_number: `RESTART${Date.now()}`, carrier: 'DHL' });
      await waitFor('first failed attempt', () => receiver.received.length >= 1);
      await gateway.stop();
      failing = false;
      gateway = await start();
      const delivered = await waitFor('delivery after restart', async () => {
        const d = (await call(gateway, 'GET', `/api/v1/webhooks/${String(endpoint.id)}/deliveries`)).data;
        return d?.find((d) => d.state === 'DELIVERED');
      });
      expect(delivered.attempts.at(-1)!.status_code).toBe(200);
      // Before the restart the receiver failed; every attempt until the last is a failure in the log.
      expect(delivered.attempts[0]).toMatchObject({ status_code: 503, error: 'HTTP 503' });
      expect(delivered.attempts.slice(0, -1).every((a) => a.error !== null)).toBe(true);
      expect(new Set(receiver.bodies().map((b) => b.id))).toEqual(new Set([delivered.event_id]));
    } finally {
      await gateway.stop();
      await receiver.close();
      await database?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
