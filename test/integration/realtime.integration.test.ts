import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { sql } from 'kysely';
import { collect, legacyClient, sleep, waitForSubscriptions, wsClient } from './realtime-client.js';

const PACKAGE_UPDATED = /* GraphQL */ `
  subscription Updates($id: ID) {
    packageUpdated(id: $id) {
      seq
      change
      package {
        trackingNumber
        status
        events { eventId }
        eta { p50 onTimeProbability }
        anomalies { type }
        investigations { id }
      }
    }
  }
`;

const EVENTS = /* GraphQL */ `
  subscription Events($packageId: ID, $after: String) {
    trackingEventRecorded(packageId: $packageId, after: $after) { seq eventId status packageId }
  }
`;

interface EventPayload {
  seq: string;
  eventId: string;
  status: string;
  packageId: string;
}

describe('realtime subscriptions (PostgreSQL, in-process bus)', () => {
  let app: TestApp;
  let tokenA: string;
  let tokenB: string;
  const record = (token: string, events: unknown[]) => app.gql(RECORD, { events }, token);

  beforeAll(async () => {
    app = await startTestApp('postgres');
    tokenA = app.token('org_rt_a');
    tokenB = app.token('org_rt_b');
  });
  afterAll(() => app?.close());

  it('resolves a packageUpdated selection spanning all three subgraphs', async () => {
    const pkg = await createPackage(app, tokenA);
    const client = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const updates = collect<{ seq: string; change: string; package: { trackingNumber: string; status: string; events: { eventId: string }[]; anomalies: unknown[]; investigations: unknown[] } }>(
      client,
      PACKAGE_UPDATED,
      { id: pkg.id },
    );
    await waitForSubscriptions(app, tokenA, 1);
    const result = await record(tokenA, [event(pkg.id, 'fed-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'), event(pkg.id, 'fed-2', '2026-11-20T09:00:00Z', 'OUT_FOR_DELIVERY')]);
    expect(result.errors).toBeUndefined();
    const [update] = await updates.atLeast(1);
    expect(update).toMatchObject({
      change: 'EVENTS_RECORDED',
      package: { trackingNumber: pkg.trackingNumber, status: 'OUT_FOR_DELIVERY', events: [{ eventId: 'fed-1' }, { eventId: 'fed-2' }] },
    });
    expect(Number(update!.seq)).toBeGreaterThan(0);
    expect(update!.package).toHaveProperty('eta');
    expect(Array.isArray(update!.package.anomalies)).toBe(true);
    expect(Array.isArray(update!.package.investigations)).toBe(true);
    updates.dispose();
    await client.dispose();
  });

  it('delivers every recorded event once, in log order', async () => {
    const pkg = await createPackage(app, tokenA);
    const client = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const events = collect<EventPayload>(client, EVENTS, { packageId: pkg.id });
    await waitForSubscriptions(app, tokenA, 1);
    await record(tokenA, [1, 2, 3].map((i) => event(pkg.id, `ord-${i}`, `2026-11-20T0${i}:00:00Z`, 'IN_TRANSIT')));
    await record(tokenA, [event(pkg.id, 'ord-4', '2026-11-20T05:00:00Z', 'DELIVERED')]);
    const items = await events.atLeast(4);
    await sleep(200);
    expect(items.map((e) => e.eventId)).toEqual(['ord-1', 'ord-2', 'ord-3', 'ord-4']);
    const seqs = items.map((e) => Number(e.seq));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    events.dispose();
    await client.dispose();
  });

  it('refuses connections without a token (4401) and with a wrong one (4403)', async () => {
    for (const [params, code] of [
      [{}, 4401],
      [{ authorization: 'Bearer cp_nope_nope_nope_nope_nope' }, 4403],
      [{ token: 'not-a-token' }, 4403],
    ] as const) {
      let closed: number | undefined;
      const client = wsClient(app.url, params, (c) => (closed = c));
      const sub = collect(client, EVENTS, {});
      const until = Date.now() + 5000;
      while (closed === undefined && Date.now() < until) await sleep(20);
      expect(closed).toBe(code);
      expect(sub.items).toEqual([]);
      await client.dispose();
    }
    // the { token } form of connection_init works too
    const client = wsClient(app.url, { token: tokenA });
    const result = await new Promise<unknown>((resolve, reject) =>
      client.subscribe({ query: '{ realtimeStats { bus } }' }, { next: resolve, error: reject, complete: () => {} }),
    );
    expect(result).toEqual({ data: { realtimeStats: { bus: 'memory' } } });
    await client.dispose();
  });

  it('rejects invalid subscriptions with GraphQL errors', async () => {
    const client = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const unknownField = collect(client, 'subscription { nope { seq } }');
    const badBox = collect(client, 'subscription { mapUpdates(bbox: { minLat: 10, maxLat: 0, minLon: 0, maxLon: 1 }, after: "0") { seq } }');
    const ahead = collect(client, EVENTS, { after: '999999999999' });
    const garbage = collect(client, EVENTS, { after: 'yesterday' });
    const until = Date.now() + 5000;
    while ([unknownField, badBox, ahead, garbage].some((s) => !s.errors.length) && Date.now() < until) await sleep(20);
    expect(JSON.stringify(unknownField.errors)).toMatch(/Cannot query field .{0,2}nope/);
    expect(JSON.stringify(badBox.errors)).toMatch(/BAD_USER_INPUT/);
    expect(JSON.stringify(ahead.errors)).toMatch(/BAD_USER_INPUT/);
    expect(JSON.stringify(garbage.errors)).toMatch(/BAD_USER_INPUT/);
    await client.dispose();
  });

  it('shows each organization only its own events', async () => {
    const pkgA = await createPackage(app, tokenA);
    const pkgB = await createPackage(app, tokenB);
    const clientA = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const clientB = wsClient(app.url, { authorization: `Bearer ${tokenB}` });
    const seenA = collect<EventPayload>(clientA, EVENTS);
    const seenB = collect<EventPayload>(clientB, EVENTS);
    // B also tries to name A's package explicitly
    const probeB = collect<EventPayload>(clientB, EVENTS, { packageId: pkgA.id });
    const updatesB = collect<{ packageId: string }>(clientB, 'subscription { packageUpdated { packageId change } }');
    await waitForSubscriptions(app, tokenA, 1);
    await waitForSubscriptions(app, tokenB, 3);
    await record(tokenA, [event(pkgA.id, 'iso-a1', '2026-11-20T08:00:00Z', 'IN_TRANSIT')]);
    await record(tokenB, [event(pkgB.id, 'iso-b1', '2026-11-20T08:00:00Z', 'IN_TRANSIT')]);
    await seenA.atLeast(1);
    await seenB.atLeast(1);
    await updatesB.atLeast(1);
    await sleep(300);
    expect(seenA.items.map((e) => e.eventId)).toEqual(['iso-a1']);
    expect(seenB.items.map((e) => e.eventId)).toEqual(['iso-b1']);
    expect(probeB.items).toEqual([]);
    expect(updatesB.items.map((u) => u.packageId)).toEqual([pkgB.id]);
    const stats = await app.gql<{ realtimeStats: { connections: number; subscriptions: number } }>('{ realtimeStats { connections subscriptions } }', {}, tokenB);
    expect(stats.data?.realtimeStats).toEqual({ connections: 1, subscriptions: 3 });
    await Promise.all([clientA.dispose(), clientB.dispose()]);
  });

  it('resumes with after: replays the missed events, then continues live without gaps or duplicates', async () => {
    const pkg = await createPackage(app, tokenA);
    await record(tokenA, [1, 2, 3].map((i) => event(pkg.id, `res-${i}`, `2026-11-20T0${i}:00:00Z`, 'IN_TRANSIT')));
    const history = await app.gql<{ trackingEvents: { eventId: string; seq: string }[] }>(
      'query($id: ID!) { trackingEvents(packageId: $id) { eventId seq } }',
      { id: pkg.id },
      tokenA,
    );
    const first = history.data!.trackingEvents.find((e) => e.eventId === 'res-1')!;
    const client = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const resumed = collect<EventPayload>(client, EVENTS, { packageId: pkg.id, after: first.seq });
    // live events race the replay on purpose
    const live = record(tokenA, [event(pkg.id, 'res-4', '2026-11-20T04:00:00Z', 'IN_TRANSIT')]);
    await live;
    await record(tokenA, [event(pkg.id, 'res-5', '2026-11-20T05:00:00Z', 'OUT_FOR_DELIVERY')]);
    await resumed.atLeast(4);
    await sleep(300);
    expect(resumed.items.map((e) => e.eventId)).toEqual(['res-2', 'res-3', 'res-4', 'res-5']);
    await client.dispose();
  });

  it('shares one resolution per event among subscribers of the same operation', async () => {
    const pkg = await createPackage(app, tokenA);
    const clients = [0, 1, 2].map(() => wsClient(app.url, { authorization: `Bearer ${tokenA}` }));
    const subs = clients.map((c) => collect<EventPayload>(c, EVENTS, { packageId: pkg.id }));
    await waitForSubscriptions(app, tokenA, 3);
    const before = (await app.rest('GET', '/health')).body.realtime.local;
    await record(tokenA, [event(pkg.id, 'share-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'), event(pkg.id, 'share-2', '2026-11-20T09:00:00Z', 'IN_TRANSIT')]);
    for (const s of subs) expect((await s.atLeast(2)).map((e) => e.eventId)).toEqual(['share-1', 'share-2']);
    const after = (await app.rest('GET', '/health')).body.realtime.local;
    expect(after.resolutions - before.resolutions).toBe(1);
    expect(after.deliveries - before.deliveries).toBe(6);
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('streams anomalies and investigation progress with fields from the investigations subgraph', async () => {
    const pkg = await createPackage(app, tokenA);
    const client = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const anomalies = collect<{ type: string; packageId: string; anomaly: { severity: string; state: string } }>(
      client,
      'subscription { anomalyDetected(filter: { types: ["CARRIER_EXCEPTION"] }) { seq type packageId anomaly { severity state } } }',
    );
    const progress = collect<{ state: string; investigation: { kind: string } | null; package: { trackingNumber: string } }>(
      client,
      'subscription($id: ID) { investigationProgress(packageId: $id) { seq state step investigation { kind } package { trackingNumber } } }',
      { id: pkg.id },
    );
    await waitForSubscriptions(app, tokenA, 2);
    await record(tokenA, [event(pkg.id, 'anom-1', new Date(Date.now() - 3_600_000).toISOString(), 'EXCEPTION')]);
    const [anomaly] = await anomalies.atLeast(1, 20_000);
    expect(anomaly).toMatchObject({ type: 'CARRIER_EXCEPTION', packageId: pkg.id, anomaly: { state: 'OPEN' } });
    await app.gql('mutation($id: ID!) { investigateAnomaly(packageId: $id) { id } }', { id: pkg.id }, tokenA);
    const steps = await progress.atLeast(1, 20_000);
    expect(steps[0]).toMatchObject({ investigation: { kind: 'ANOMALY' }, package: { trackingNumber: pkg.trackingNumber } });
    await client.dispose();
  });

  it('sends dashboard snapshots while subscribed and throttled map positions inside the box', async () => {
    const pkg = await createPackage(app, tokenA);
    const client = wsClient(app.url, { authorization: `Bearer ${tokenA}` });
    const dashboard = collect<{ activeTotal: number; activeByStatus: { status: string; count: number }[]; eventsPerMinute: number }>(
      client,
      'subscription { dashboardMetrics(intervalSeconds: 1) { seq at activeTotal activeByStatus { status count } onTimeRate openAnomalies eventsPerMinute } }',
    );
    const map = collect<{ packageId: string; lat: number; lon: number; package: { status: string } }>(
      client,
      'subscription { mapUpdates(bbox: { minLat: 50, minLon: 10, maxLat: 55, maxLon: 15 }, throttleMs: 500) { packageId lat lon package { status } } }',
    );
    await dashboard.atLeast(2, 5000);
    expect(dashboard.items[0]!.activeTotal).toBeGreaterThan(0);
    await waitForSubscriptions(app, tokenA, 2);
    const rateBefore = dashboard.items.at(-1)!.eventsPerMinute;
    const snapshotsBefore = dashboard.items.length;
    await record(tokenA, [
      event(pkg.id, 'map-1', '2026-11-20T01:00:00Z', 'IN_TRANSIT', { location: { lat: 52.5, lon: 13.4 } }),
      event(pkg.id, 'map-2', '2026-11-20T02:00:00Z', 'IN_TRANSIT', { location: { lat: 40.0, lon: 3.0 } }), // outside
    ]);
    await record(tokenA, [event(pkg.id, 'map-3', '2026-11-20T03:00:00Z', 'IN_TRANSIT', { location: { lat: 51.0, lon: 12.0 } })]);
    await record(tokenA, [event(pkg.id, 'map-4', '2026-11-20T04:00:00Z', 'IN_TRANSIT', { location: { lat: 53.0, lon: 14.0 } })]);
    await map.atLeast(2, 5000);
    // Events that occurred days ago, received now, are a backfill, not a rate.
    await dashboard.atLeast(snapshotsBefore + 2, 5000);
    expect(dashboard.items.at(-1)!.eventsPerMinute).toBeLessThanOrEqual(rateBefore);
    await sleep(700);
    // the first position at once, then the newest of the throttled ones (map-3 is coalesced away)
    expect(map.items.map((m) => [m.lat, m.lon])).toEqual([
      [52.5, 13.4],
      [53.0, 14.0],
    ]);
    await client.dispose();
  });

  it('fails a replay that is too far behind with HISTORY_EXPIRED', async () => {
    const token = app.token('org_rt_history');
    const pkg = await createPackage(app, token);
    // 10,001 events straight into the log: the replay window is 10,000 events of the organization
    await sql`insert into tracking_events (organization_id, event_id, package_id, status, occurred_at)
      select 'org_rt_history', 'h-' || g, ${pkg.id}::uuid, 'IN_TRANSIT', now() - interval '1 day'
      from generate_series(1, 10001) g`.execute(app.gateway.runtime.database.db);
    const client = wsClient(app.url, { authorization: `Bearer ${token}` });
    const sub = collect(client, EVENTS, { after: '0' });
    const until = Date.now() + 10_000;
    while (!sub.errors.length && Date.now() < until) await sleep(20);
    expect(JSON.stringify(sub.errors)).toMatch(/HISTORY_EXPIRED/);
    expect(sub.items).toEqual([]);
    await client.dispose();
  });

  describe('legacy /ws channels', () => {
    it('authenticates by ?token=, sends {type,data,ts} package and event messages, answers ping', async () => {
      const pkg = await createPackage(app, tokenA);
      const ws = legacyClient(app.url, `/ws/packages?token=${encodeURIComponent(tokenA)}`);
      const connected = await ws.waitFor<{ organizationId: string; channel: string }>('connected');
      expect(connected).toMatchObject({ organizationId: 'org_rt_a', channel: 'packages' });
      await ws.waitFor('subscribed');
      ws.send({ type: 'subscribe', packageIds: [pkg.id] });
      await ws.waitFor<{ filters: { packageIds?: string[] } }>('subscribed', (d) => Boolean(d.filters.packageIds));
      await record(tokenA, [event(pkg.id, 'leg-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT')]);
      const tracking = await ws.waitFor<{ eventId: string; packageId: string }>('tracking_event');
      expect(tracking).toMatchObject({ eventId: 'leg-1', packageId: pkg.id });
      const update = await ws.waitFor<{ change: string; package: { status: string } }>('package_update');
      expect(update).toMatchObject({ change: 'EVENTS_RECORDED', package: { status: 'IN_TRANSIT' } });
      const message = ws.messages.find((m) => m.type === 'tracking_event')!;
      expect(new Date(message.ts).getTime()).toBeGreaterThan(0);
      ws.send({ type: 'ping' });
      await ws.waitFor('pong');
      ws.close();
    });

    it('authenticates by a first auth message on /ws/connect and subscribes to a named channel', async () => {
      const ws = legacyClient(app.url, '/ws/connect');
      ws.send({ type: 'auth', token: tokenA });
      await ws.waitFor('connected');
      ws.send({ type: 'subscribe', channel: 'dashboard', intervalSeconds: 1 });
      const metrics = await ws.waitFor<{ activeTotal: number }>('dashboard_metrics');
      expect(typeof metrics.activeTotal).toBe('number');
      ws.send({ type: 'subscribe', channel: 'nowhere' });
      expect(await ws.waitFor<{ code: string }>('error')).toMatchObject({ code: 'BAD_REQUEST' });
      ws.close();
    });

    it('closes 4401 without authentication and 4403 with a wrong token', async () => {
      const anonymous = legacyClient(app.url, '/ws/agents');
      anonymous.send({ type: 'subscribe' });
      expect((await anonymous.waitForClose()).code).toBe(4401);
      const wrong = legacyClient(app.url, '/ws/map?token=cp_wrong_wrong_wrong_wrong_wrong');
      expect((await wrong.waitForClose()).code).toBe(4403);
    });
  });
});
