import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect, legacyClient, sleep, wsClient } from '../integration/realtime-client.js';
import { CREATE, event, RECORD, uniqueTracking } from '../support/factories.js';

/**
 * The docker-compose stack, started by scripts/test-compose.sh (npm run test:compose) with two replicas of
 * the gateway and of each subgraph: everything goes through nginx over HTTPS, as a client would. The
 * script passes the stack's address, its API key and the self-signed certificate (NODE_EXTRA_CA_CERTS).
 */
const env = (name: string) => process.env[name] ?? (() => { throw new Error(`${name} is not set: run npm run test:compose`); })();
const BASE = env('COMPOSE_TEST_URL');
const HTTP_BASE = env('COMPOSE_TEST_HTTP_URL');
const PROJECT = env('COMPOSE_TEST_PROJECT');
const KEY = env('COMPOSE_TEST_API_KEY');
const APP_SERVICES = ['gateway', 'packages', 'investigations', 'realtime'] as const;
const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim();
const containers = (service: string) =>
  docker('ps', '-q', '--no-trunc', '--filter', `label=com.docker.compose.project=${PROJECT}`, '--filter', `label=com.docker.compose.service=${service}`).split('\n').filter(Boolean);
const state = (id: string) => JSON.parse(docker('inspect', '-f', '{{json .State}}', id)) as { Pid: number; Health?: { Status: string } };
const restarts = (id: string) => Number(docker('inspect', '-f', '{{.RestartCount}}', id));
const healthy = (service: string) => containers(service).filter((id) => state(id).Health?.Status === 'healthy').length;

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${BASE}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(10_000) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const PACKAGE = /* GraphQL */ `
  query Package($id: ID!) { package(id: $id) { status events { eventId } eta { p50 onTimeProbability } anomalies { type } investigations { id } } }
`;
interface PackageView { package: { status: string; events: { eventId: string }[]; eta: { p50: string } | null; anomalies: { type: string }[] } }

async function createPackage(): Promise<string> {
  const data = await gql<{ createPackage: { id: string } }>(CREATE, { input: { trackingNumber: uniqueTracking('CMP'), carrier: 'DHL', destination: { lat: 48.1, lon: 11.6 } } });
  return data.createPackage.id;
}

async function record(events: unknown[]): Promise<void> {
  const data = await gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events });
  expect(data.recordTrackingEvents.accepted).toBe(events.length);
}

let seq = 0;
const hourAgo = (minutes = 0) => new Date(Date.now() - 3600_000 + minutes * 60_000).toISOString();

/** One round trip through every service: ingest (packages), a query joining all three subgraphs. */
async function roundTrip(packageId: string): Promise<void> {
  const eventId = `cmp-${process.pid}-${++seq}`;
  await record([event(packageId, eventId, hourAgo(seq % 50), 'IN_TRANSIT', { location: { lat: 50, lon: 10 } })]);
  const view = await gql<PackageView & { realtimeStats: { subscriptions: number } }>(
    `query($id: ID!) { package(id: $id) { status events { eventId } eta { p50 onTimeProbability } anomalies { type } investigations { id } } realtimeStats { subscriptions } }`,
    { id: packageId },
  );
  expect(view.package.events.map((e) => e.eventId)).toContain(eventId);
}

async function eventually<T>(what: string, attempt: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > until) throw new Error(`${what}: still failing after ${timeoutMs} ms: ${String(error)}`);
      await sleep(500);
    }
  }
}

describe('docker-compose stack through nginx over HTTPS', () => {
  let packageId = '';

  beforeAll(async () => {
    packageId = await createPackage();
  });

  it('runs two healthy replicas of the gateway and of each subgraph', () => {
    for (const service of APP_SERVICES) expect(healthy(service), service).toBe(2);
    for (const service of ['postgres', 'redis', 'nginx']) expect(healthy(service), service).toBe(1);
  });

  it('redirects plain HTTP to HTTPS and reports every subgraph healthy', async () => {
    const redirect = await fetch(`${HTTP_BASE}/health`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toMatch(/^https:\/\//);
    const health = (await (await fetch(`${BASE}/health`)).json()) as { status: string; subgraphs: Record<string, { status: string }> };
    expect(health.status).toBe('ok');
    expect(Object.values(health.subgraphs).map((s) => s.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('serves REST and GraphQL; detection opens an anomaly from an ingested event', async () => {
    const created = await fetch(`${BASE}/api/v1/packages`, { method: 'POST', headers: auth, body: JSON.stringify({ tracking_number: uniqueTracking('REST'), carrier: 'DHL', destination: { lat: 48.1, lon: 11.6 } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const events = await fetch(`${BASE}/api/v1/events`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify([{ event_id: `rest-${id}`, package_id: id, status: 'EXCEPTION', carrier_code: 'DAMAGED', occurred_at: hourAgo(), location: { lat: 52.5, lon: 13.4 } }]),
    });
    expect(events.status).toBe(201);
    const read = await fetch(`${BASE}/api/v1/packages/${id}`, { headers: auth });
    expect(((await read.json()) as { status: string }).status).toBe('EXCEPTION');
    expect((await fetch(`${BASE}/api/v1/packages`)).status).toBe(401);
    const anomalies = await eventually('CARRIER_EXCEPTION anomaly', async () => {
      const view = await gql<PackageView>(PACKAGE, { id });
      const types = view.package.anomalies.map((a) => a.type);
      if (!types.includes('CARRIER_EXCEPTION')) throw new Error(`anomalies: ${types.join(', ') || 'none'}`);
      return types;
    }, 30_000);
    expect(anomalies).toContain('CARRIER_EXCEPTION');
  });

  it('delivers events to a graphql-ws subscription and to the legacy WebSocket', async () => {
    const client = wsClient(BASE, { authorization: `Bearer ${KEY}` });
    const subscription = collect<{ eventId: string }>(client, `subscription($packageId: ID) { trackingEventRecorded(packageId: $packageId) { seq eventId } }`, { packageId });
    const legacy = legacyClient(BASE, `/ws/packages?token=${encodeURIComponent(KEY)}`);
    try {
      await legacy.waitFor('subscribed');
      legacy.send({ type: 'subscribe', packageIds: [packageId] });
      await legacy.waitFor<{ filters: { packageIds?: string[] } }>('subscribed', (d) => Boolean(d.filters.packageIds));
      // The subscription is live once an event recorded now reaches it; retry until one does.
      const eventId = await eventually('subscription delivery', async () => {
        const id = `ws-${++seq}`;
        await record([event(packageId, id, hourAgo(seq % 50), 'IN_TRANSIT')]);
        await subscription.atLeast(1, 3_000);
        return id;
      }, 30_000);
      expect(subscription.items.map((i) => i.eventId)).toContain(eventId);
      const legacyEvent = await legacy.waitFor<{ eventId: string; packageId: string }>('tracking_event', (d) => d.eventId === eventId);
      expect(legacyEvent.packageId).toBe(packageId);
    } finally {
      legacy.close();
      await client.dispose();
    }
  });

  it('serves GraphiQL and the dashboard with its assets', async () => {
    const graphiql = await fetch(`${BASE}/graphiql`);
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toMatch(/graphiql/i);
    const dashboard = await fetch(`${BASE}/`);
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();
    const asset = await fetch(`${BASE}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
  });

  it('keeps serving while one replica of each application service is killed, and recovers', { timeout: 240_000 }, async () => {
    const victims = APP_SERVICES.map((service) => ({ service, id: containers(service)[0]!, restarts: 0 }));
    for (const victim of victims) {
      victim.restarts = restarts(victim.id);
      // SIGKILL to the container's init from outside: a crash, not a stop, so Docker's restart policy applies.
      execFileSync('kill', ['-9', String(state(victim.id).Pid)]);
    }
    const killedAt = Date.now();
    // Serving: ten consecutive round trips through every service succeed while the victims are still down
    // or starting (failures only while nginx and the gateways notice a replica is gone).
    let failures = 0;
    let streak = 0;
    while (streak < 10) {
      try {
        await roundTrip(packageId);
        streak++;
      } catch (error) {
        failures++;
        streak = 0;
        if (Date.now() - killedAt > 30_000) throw new Error(`not serving 30 s after the kill: ${String(error)}`);
        await sleep(200);
      }
    }
    const servedAfter = Date.now() - killedAt;
    const stillRecovering = victims.filter((v) => state(v.id).Health?.Status !== 'healthy').map((v) => v.service);
    console.log(`served 10 round trips in a row ${servedAfter} ms after the kill (${failures} failed before); not yet healthy again: ${stillRecovering.join(', ') || 'none'}`);
    // Recovering: Docker restarts each victim, it turns healthy, and the stack is back at two replicas each.
    await eventually('killed replicas restarted and healthy', async () => {
      for (const victim of victims) {
        if (restarts(victim.id) <= victim.restarts) throw new Error(`${victim.service} not restarted`);
        if (state(victim.id).Health?.Status !== 'healthy') throw new Error(`${victim.service} not healthy yet`);
      }
    }, 180_000);
    for (const service of APP_SERVICES) expect(healthy(service), service).toBe(2);
    console.log(`all replicas healthy again ${Date.now() - killedAt} ms after the kill`);
    for (let i = 0; i < 5; i++) await roundTrip(packageId);
  });

  it('recovers after nginx, Redis and PostgreSQL are each killed and restarted by Docker', { timeout: 300_000 }, async () => {
    for (const service of ['nginx', 'redis', 'postgres']) {
      const id = containers(service)[0]!;
      const before = restarts(id);
      execFileSync('kill', ['-9', String(state(id).Pid)]);
      await eventually(`${service} restarted and healthy`, async () => {
        if (restarts(id) <= before || state(id).Health?.Status !== 'healthy') throw new Error(`${service} not back yet`);
      }, 120_000);
      await eventually(`serving after ${service} came back`, () => roundTrip(packageId), 120_000);
    }
    // Subscriptions work again end to end (Redis was replaced underneath the realtime replicas).
    const client = wsClient(BASE, { authorization: `Bearer ${KEY}` });
    try {
      const subscription = collect<{ eventId: string }>(client, `subscription($packageId: ID) { trackingEventRecorded(packageId: $packageId) { eventId } }`, { packageId });
      await eventually('subscription delivery after the restarts', async () => {
        await record([event(packageId, `after-${++seq}`, hourAgo(seq % 50), 'IN_TRANSIT')]);
        await subscription.atLeast(1, 3_000);
      }, 60_000);
    } finally {
      await client.dispose();
    }
  });
});
