import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/test-database.js';
import { createPackage, event, RECORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, sleep, waitForSubscriptions, wsClient, type Collected } from './realtime-client.js';

/** The log position of the package's newest event (clients read positions from payloads and events). */
async function positionOf(app: TestApp, token: string, packageId: string): Promise<string> {
  const result = await app.gql<{ package: { events: { seq: string }[] } }>(`query($id: ID!) { package(id: $id) { events { seq } } }`, { id: packageId }, token);
  return result.data!.package.events.map((e) => e.seq).sort((a, b) => Number(a) - Number(b)).at(-1)!;
}

/** A recent time (hours before now), so detection sees nothing stale in the tests' packages. */
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/** Waits until the collection stops growing (the live stream has delivered what the writes caused). */
async function settled<T>(c: Collected<T>, min: number): Promise<T[]> {
  await c.atLeast(min, 20_000);
  for (let last = -1; last !== c.items.length; ) {
    last = c.items.length;
    await sleep(400);
  }
  return c.items;
}

describe.each(BACKENDS)('a resumed subscription is the live stream (%s)', (backend) => {
  let app: TestApp;
  let n = 0;

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  /** A fresh organization with one package and a first event whose position the resumer starts from. */
  async function setup() {
    const token = app.token(`org_resume_${backend}_${n++}`);
    const pkg = await createPackage(app, token, { destination: { name: 'Lyon', lat: 45.76, lon: 4.84 } });
    await app.gql(RECORD, { events: [event(pkg.id, 'start', hoursAgo(6), 'INFO_RECEIVED')] }, token);
    const client = wsClient(app.url, { authorization: `Bearer ${token}` });
    return { token, pkg, client, start: await positionOf(app, token, pkg.id) };
  }

  it('packageUpdated: every batch and every edit, in log order, replayed exactly', async () => {
    const { token, pkg, client, start } = await setup();
    const query = `subscription($after: String) { packageUpdated(after: $after) { seq key change packageId package { status } } }`;
    const live = collect<{ seq: string; key: string; change: string }>(client, query);
    await waitForSubscriptions(app, token, 1);
    // Three committed batches of one package (the resume once coalesced them into one), edits in between.
    for (const i of [0, 1, 2]) {
      const batch = [event(pkg.id, `b${i}-a`, hoursAgo(5 - i), 'IN_TRANSIT'), event(pkg.id, `b${i}-b`, hoursAgo(4.5 - i), 'IN_TRANSIT')];
      expect((await app.gql(RECORD, { events: batch }, token)).data).toMatchObject({ recordTrackingEvents: { accepted: 2 } });
      await app.gql(`mutation($id: ID!) { updatePackage(id: $id, input: { reference: "r${i}" }) { id } }`, { id: pkg.id }, token);
    }
    const other = await createPackage(app, token);
    await app.gql(`mutation($id: ID!) { deletePackage(id: $id) { id } }`, { id: other.id }, token);
    const liveItems = await settled(live, 8);
    expect(liveItems.map((u) => u.change)).toEqual(['EVENTS_RECORDED', 'UPDATED', 'EVENTS_RECORDED', 'UPDATED', 'EVENTS_RECORDED', 'UPDATED', 'CREATED', 'DELETED']);

    const resumed = collect<{ seq: string; key: string; change: string }>(client, query, { after: start });
    // The same changes in the same order; `package` is the package as it is now (null once deleted).
    const changes = (items: { seq: string; key: string; change: string; packageId?: string }[]) => items.map(({ seq, key, change, packageId }) => ({ seq, key, change, packageId }));
    expect(changes(await settled(resumed, liveItems.length))).toEqual(changes(liveItems));
    await client.dispose();
  });

  it('trackingEventRecorded: every event, replayed exactly', async () => {
    const { token, pkg, client, start } = await setup();
    const query = `subscription($after: String) { trackingEventRecorded(after: $after) { seq key eventId status } }`;
    const live = collect(client, query);
    await waitForSubscriptions(app, token, 1);
    for (const i of [1, 2, 3]) await app.gql(RECORD, { events: [event(pkg.id, `e${i}`, hoursAgo(5 - i), 'IN_TRANSIT')] }, token);
    const liveItems = await settled(live, 3);
    const resumed = collect(client, query, { after: start });
    expect(await settled(resumed, liveItems.length)).toEqual(liveItems);
    await client.dispose();
  });

  it('mapUpdates: live is coalesced by time; the replay holds every located scan and ends where live ended', async () => {
    const { token, pkg, client, start } = await setup();
    const query = `subscription($after: String) { mapUpdates(bbox: { minLat: 40, minLon: -5, maxLat: 55, maxLon: 15 }, throttleMs: 100, after: $after) { seq packageId lat lon } }`;
    const live = collect<{ seq: string; lat: number }>(client, query);
    await waitForSubscriptions(app, token, 1);
    const places = [{ lat: 48.85, lon: 2.35 }, { lat: 47.2, lon: 3.1 }, { lat: 45.76, lon: 4.84 }];
    for (const [i, p] of places.entries()) {
      await app.gql(RECORD, { events: [event(pkg.id, `m${i}`, hoursAgo(5 - i), 'IN_TRANSIT', { location: { name: `p${i}`, ...p } })] }, token);
      await sleep(150);
    }
    const liveItems = await settled(live, 1);
    const resumed = await settled(collect<{ seq: string; lat: number }>(client, query, { after: start }), 3);
    expect(resumed.map((u) => u.lat)).toEqual(places.map((p) => p.lat));
    expect(resumed.at(-1)).toEqual(liveItems.at(-1));
    for (const item of liveItems) expect(resumed).toContainEqual(item);
    await client.dispose();
  });

  it('anomalyDetected: the replay gives each anomaly once, as the last live notification left it', async () => {
    const { token, pkg, client, start } = await setup();
    const query = `subscription($after: String) { anomalyDetected(filter: { types: ["CARRIER_EXCEPTION"] }, after: $after) { key anomalyId type state } }`;
    const live = collect<{ key: string; anomalyId: string; state: string }>(client, query);
    await waitForSubscriptions(app, token, 1);
    await app.gql(RECORD, { events: [event(pkg.id, 'x1', hoursAgo(5), 'EXCEPTION', { carrierCode: 'CUSTOMS_HOLD' })] }, token);
    await live.atLeast(1, 20_000);
    await app.gql(RECORD, { events: [event(pkg.id, 'x2', hoursAgo(4), 'IN_TRANSIT')] }, token);
    const liveItems = await settled(live, 2);
    expect(liveItems.map((a) => a.state)).toEqual(['OPEN', 'RESOLVED']);
    const resumed = await settled(collect<{ key: string; anomalyId: string; state: string }>(client, query, { after: start }), 1);
    expect(resumed).toEqual([liveItems.at(-1)]);
    await client.dispose();
  });

  it('investigationProgress: the replay gives each investigation once, at the state live ended with', async () => {
    const { token, pkg, client, start } = await setup();
    const query = `subscription($after: String) { investigationProgress(after: $after) { investigationId state } }`;
    const live = collect<{ investigationId: string; state: string }>(client, query);
    await waitForSubscriptions(app, token, 1);
    await app.gql(`mutation($id: ID!) { investigateDelay(packageId: $id) { id } }`, { id: pkg.id }, token);
    await live.atLeast(1, 20_000);
    for (let i = 0; i < 200 && live.items.at(-1)?.state !== 'COMPLETED'; i++) await sleep(100);
    const liveItems = await settled(live, 2);
    expect(liveItems.at(-1)?.state).toBe('COMPLETED');
    const resumed = await settled(collect<{ investigationId: string; state: string }>(client, query, { after: start }), 1);
    expect(resumed).toEqual([liveItems.at(-1)]);
    await client.dispose();
  });
});
