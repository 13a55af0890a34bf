import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, sleep, wsClient } from './realtime-client.js';

/** Inputs the API fuzz (api-fuzz.integration.test.ts) found ending in internal errors, one test each. */
describe.each(BACKENDS)('client input that used to be an internal error (%s)', (backend) => {
  let app: TestApp;
  let packageId: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    packageId = (await createPackage(app, ADMIN_KEY, { reference: 'REF-1' })).id;
  });

  afterAll(async () => {
    await app?.close();
  });

  const codes = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.map((e) => e.extensions?.code);

  it('refuses a NUL character in filter text with BAD_USER_INPUT naming the argument', async () => {
    const list = await app.gql('query($f: PackageFilter) { packages(filter: $f) { totalCount } }', { f: { carrier: ['DHL', 'a\u0000b'] } });
    expect(codes(list)).toEqual(['BAD_USER_INPUT']);
    expect(list.errors?.[0]?.message).toContain('filter.carrier[1]');
    const stats = await app.gql('query($f: PackageFilter) { packageStats(filter: $f) { total } }', { f: { q: 'REF\u0000' } });
    expect(codes(stats)).toEqual(['BAD_USER_INPUT']);
    const byNumber = await app.gql('query($t: String!) { packageByTrackingNumber(trackingNumber: $t) { id } }', { t: 'TN\u0000' });
    expect(codes(byNumber)).toEqual(['BAD_USER_INPUT']);
    const exported = await app.rest('GET', '/api/v1/packages/export?format=ndjson&carrier=a%00b');
    expect(exported.status).toBe(400);
    expect(exported.body.error.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a NUL character in JSON metadata, in a value or a key', async () => {
    for (const metadata of [{ note: 'a\u0000b' }, { '\u0000': 1 }]) {
      const result = await app.gql('mutation($id: ID!, $input: UpdatePackageInput!) { updatePackage(id: $id, input: $input) { id } }', { id: packageId, input: { metadata } });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('rejects only the event with a NUL character in a batch, and stores the rest', async () => {
    const result = await app.gql<{ recordTrackingEvents: { accepted: number; rejected: { index: number; code: string }[] } }>(RECORD, {
      events: [
        event(packageId, 'nul-1', '2026-11-25T08:00:00Z', 'IN_TRANSIT', { description: 'bad\u0000scan' }),
        event(packageId, 'nul-2', '2026-11-25T09:00:00Z', 'IN_TRANSIT'),
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.recordTrackingEvents.accepted).toBe(1);
    expect(result.data?.recordTrackingEvents.rejected).toEqual([expect.objectContaining({ index: 0, code: 'INVALID_EVENT' })]);
  });

  it('treats a blank search as no search and refuses one longer than 200 characters', async () => {
    const query = 'query($q: String) { packages(filter: { q: $q }) { totalCount } }';
    const blank = await app.gql<{ packages: { totalCount: number } }>(query, { q: ' \t\n ' });
    const all = await app.gql<{ packages: { totalCount: number } }>('{ packages { totalCount } }');
    expect(blank.data?.packages.totalCount).toBe(all.data?.packages.totalCount);
    const long = await app.gql(query, { q: 'x'.repeat(10_000) });
    expect(codes(long)).toEqual(['BAD_USER_INPUT']);
    expect(long.errors?.[0]?.message).toContain('200 characters');
  });

  it('upserts a facility code given twice in one call as its last entry', async () => {
    const result = await app.gql<{ upsertFacilities: { code: string; name: string }[] }>(
      'mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code name } }',
      { f: [{ code: 'TWICE', name: 'First', type: 'HUB', lat: 50, lon: 8 }, { code: 'TWICE', name: 'Second', type: 'DEPOT', lat: 51, lon: 9 }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.upsertFacilities).toEqual([{ code: 'TWICE', name: 'Second' }]);
  });

  it('resumes trackingEventRecorded for a package id that is not a uuid as an empty replay, not an error', async () => {
    const client = wsClient(app.url, { authorization: `Bearer ${ADMIN_KEY}` });
    const events = collect(client, 'subscription($id: ID) { trackingEventRecorded(packageId: $id, after: "0") { seq } }', { id: '\u202enot-a-uuid' });
    await sleep(500);
    expect(events.errors).toEqual([]);
    expect(events.items).toEqual([]);
    events.dispose();
    await client.dispose();
  });
});
