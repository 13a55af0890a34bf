import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { collect, legacyClient, sleep, wsClient } from '../integration/realtime-client.js';
import { event, uniqueTracking } from '../support/factories.js';
import {
  APP_SERVICES, auth, BASE, containers, createPackage, env, eventually, gql, healthy, hourAgo, HTTP_BASE, KEY, nextSeq,
  PACKAGE, type PackageView, record, restarts, roundTrip, state,
} from './compose-client.js';

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
    // The upgrade phase (upgrade.compose.test.ts) checks this package survived the new images.
    writeFileSync(env('COMPOSE_TEST_STATE'), JSON.stringify({ packageId: id }));
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
        const id = `ws-${nextSeq()}`;
        await record([event(packageId, id, hourAgo(nextSeq() % 50), 'IN_TRANSIT')]);
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
        await record([event(packageId, `after-${nextSeq()}`, hourAgo(nextSeq() % 50), 'IN_TRANSIT')]);
        await subscription.atLeast(1, 3_000);
      }, 60_000);
    } finally {
      await client.dispose();
    }
  });
});
