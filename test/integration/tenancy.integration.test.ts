import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

/** One organization can never read, count, export or modify another's rows, through any door. */
describe.each(BACKENDS)('tenant isolation on %s', (backend) => {
  let app: TestApp;
  let alice: string;
  let mallory: string;
  let pkg: { id: string; trackingNumber: string };

  beforeAll(async () => {
    app = await startTestApp(backend);
    alice = app.token('org_alice');
    mallory = app.token('org_mallory');
    await app.gql(`mutation { upsertFacilities(facilities: [{ code: "HUB-A", name: "Alice hub", type: HUB, lat: 1, lon: 1 }]) { code } }`, {}, alice);
    pkg = await createPackage(app, alice, { reference: 'alice-secret' });
    await app.gql(RECORD, { events: [event(pkg.id, 'alice-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT', { location: { facilityCode: 'HUB-A' } })] }, alice);
  });
  afterAll(() => app?.close());

  it('GraphQL reads', async () => {
    const one = await app.gql(`query($id: ID!) { package(id: $id) { id } }`, { id: pkg.id }, mallory);
    expect(one.data).toEqual({ package: null });
    const byNumber = await app.gql(`query($t: String!) { packageByTrackingNumber(trackingNumber: $t) { id } }`, { t: pkg.trackingNumber }, mallory);
    expect(byNumber.data).toEqual({ packageByTrackingNumber: null });
    const list = await app.gql<{ packages: { totalCount: number; edges: unknown[] } }>(`{ packages(filter: { q: "alice" }) { totalCount edges { node { id } } } }`, {}, mallory);
    expect(list.data?.packages).toEqual({ totalCount: 0, edges: [] });
    const stats = await app.gql<{ packageStats: { total: number } }>(`{ packageStats { total } }`, {}, mallory);
    expect(stats.data?.packageStats.total).toBe(0);
    const events = await app.gql(`query($id: ID!) { trackingEvents(packageId: $id) { eventId } }`, { id: pkg.id }, mallory);
    expect(events.data).toEqual({ trackingEvents: [] });
    const facilities = await app.gql(`{ facilities { code } }`, {}, mallory);
    expect(facilities.data).toEqual({ facilities: [] });
    const investigations = await app.gql(`query($id: ID!) { investigations(packageId: $id) { id } }`, { id: pkg.id }, mallory);
    expect(investigations.data).toEqual({ investigations: [] });
    const entities = await app.gql(`query($id: ID!) { package(id: $id) { id anomalies { id } investigations { id } } }`, { id: pkg.id }, mallory);
    expect(entities.data).toEqual({ package: null });
  });

  it('GraphQL writes', async () => {
    const update = await app.gql(`mutation($id: ID!) { updatePackage(id: $id, input: { reference: "pwned" }) { id } }`, { id: pkg.id }, mallory);
    expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const del = await app.gql(`mutation($id: ID!) { deletePackage(id: $id) { id } }`, { id: pkg.id }, mallory);
    expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byId = await app.gql<{ recordTrackingEvents: { accepted: number; rejected: { code: string }[] } }>(
      RECORD,
      { events: [event(pkg.id, 'm-1', '2026-11-21T08:00:00Z', 'DELIVERED'), { eventId: 'm-2', trackingNumber: pkg.trackingNumber, occurredAt: '2026-11-21T08:00:00Z', status: 'DELIVERED' }] },
      mallory,
    );
    expect(byId.data?.recordTrackingEvents.accepted).toBe(0);
    expect(byId.data?.recordTrackingEvents.rejected.map((r) => r.code)).toEqual(['PACKAGE_NOT_FOUND', 'PACKAGE_NOT_FOUND']);
    // Reusing Alice's eventId in another organization is not a duplicate of hers
    const mine = await createPackage(app, mallory);
    const reuse = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events: [event(mine.id, 'alice-1', '2026-11-21T08:00:00Z', 'IN_TRANSIT')] }, mallory);
    expect(reuse.data?.recordTrackingEvents.accepted).toBe(1);
    // Upserting a facility with the same code creates Mallory's own, leaving Alice's untouched
    await app.gql(`mutation { upsertFacilities(facilities: [{ code: "HUB-A", name: "Mallory", type: HUB, lat: 2, lon: 2 }]) { code } }`, {}, mallory);

    const check = await app.gql<{ package: { reference: string; status: string; events: unknown[] } }>(
      `query($id: ID!) { package(id: $id) { reference status events { eventId } } }`,
      { id: pkg.id },
      alice,
    );
    expect(check.data?.package).toEqual({ reference: 'alice-secret', status: 'IN_TRANSIT', events: [{ eventId: 'alice-1' }] });
    const facilities = await app.gql(`{ facilities { code name } }`, {}, alice);
    expect(facilities.data).toEqual({ facilities: [{ code: 'HUB-A', name: 'Alice hub' }] });
  });

  it('REST reads, writes and export', async () => {
    expect((await app.rest('GET', `/api/v1/packages/${pkg.id}`, { token: mallory })).status).toBe(404);
    expect((await app.rest('GET', `/api/v1/packages/${pkg.id}/events`, { token: mallory })).status).toBe(404);
    expect((await app.rest('PUT', `/api/v1/packages/${pkg.id}`, { token: mallory, body: { reference: 'x' } })).status).toBe(404);
    expect((await app.rest('DELETE', `/api/v1/packages/${pkg.id}`, { token: mallory })).status).toBe(404);
    const post = await app.rest('POST', `/api/v1/packages/${pkg.id}/events`, { token: mallory, body: { event_id: 'm-3', occurred_at: '2026-11-21T08:00:00Z', status: 'DELIVERED' } });
    expect(post.status).toBe(422);
    expect(post.body.error.details.rejected[0].code).toBe('PACKAGE_NOT_FOUND');
    const list = await app.rest('GET', '/api/v1/packages?q=alice', { token: mallory });
    expect(list.body).toMatchObject({ data: [], total_count: 0 });
    const exported = await app.rest('GET', '/api/v1/packages/export?format=ndjson', { token: mallory });
    expect(exported.text).not.toContain(pkg.id);
    const aliceExport = await app.rest('GET', '/api/v1/packages/export?format=ndjson', { token: alice });
    expect(aliceExport.text).toContain(pkg.id);
  });
});
