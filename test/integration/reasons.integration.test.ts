import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const RECORD = /* GraphQL */ `
  mutation($events: [TrackingEventInput!]!) {
    recordTrackingEvents(events: $events) {
      accepted
      rejected { index code message }
      warnings { index eventId code message }
      events { eventId status carrierCode reason reasonSource }
    }
  }
`;
const MAPPINGS = /* GraphQL */ `query($carrier: String) { carrierCodeMappings(carrier: $carrier) { carrier code status reason source } }`;
const UPSERT = /* GraphQL */ `
  mutation($input: CarrierCodeMappingInput!) { upsertCarrierCodeMapping(input: $input) { carrier code status reason description source updatedAt } }
`;
const DELETE = /* GraphQL */ `mutation($carrier: String!, $code: String!) { deleteCarrierCodeMapping(carrier: $carrier, code: $code) }`;
const UNMAPPED = /* GraphQL */ `query { unmappedCarrierCodes { carrier code events lastSeenAt } }`;

interface Recorded {
  recordTrackingEvents: {
    accepted: number;
    rejected: { index: number; code: string; message: string }[];
    warnings: { index: number; eventId: string; code: string; message: string }[];
    events: { eventId: string; status: string; carrierCode: string | null; reason: string; reasonSource: string }[];
  };
}

describe.each(BACKENDS)('event reasons and the carrier code mapping on %s', (backend) => {
  let app: TestApp;
  let admin: string;
  let member: string;
  let viewer: string;
  let other: string;
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 8, minute)).toISOString();

  beforeAll(async () => {
    app = await startTestApp(backend);
    admin = app.token(`org_rsn_${backend}`);
    member = app.token(`org_rsn_${backend}`, 'org:member');
    viewer = app.token(`org_rsn_${backend}`, 'org:viewer');
    other = app.token(`org_rsn_other_${backend}`);
  });
  afterAll(() => app?.close());

  const record = async (token: string, events: object[]) => {
    const result = await app.gql<Recorded>(RECORD, { events }, token);
    expect(result.errors).toBeUndefined();
    return result.data!.recordTrackingEvents;
  };

  it("reads the reason from the description when the code says none: the issue's address and customs cases", async () => {
    const pkg = await createPackage(app, admin);
    const r = await record(admin, [
      { eventId: 'd1', packageId: pkg.id, occurredAt: at(0), status: 'FAILED_ATTEMPT', description: 'Incorrect address - consignee unknown at this address' },
      { eventId: 'd2', packageId: pkg.id, occurredAt: at(1), status: 'EXCEPTION', carrierCode: 'ZC-HLD-7', description: 'Shipment held by customs authority - awaiting import documents' },
      { eventId: 'd3', packageId: pkg.id, occurredAt: at(2), carrierCode: 'AR', description: 'Arrived at hub' },
      { eventId: 'd4', packageId: pkg.id, occurredAt: at(3), carrierCode: 'NH', description: 'Zustellversuch' },
      { eventId: 'd5', packageId: pkg.id, occurredAt: at(4), status: 'EXCEPTION', carrierCode: 'SD/AO', description: 'Shipment delayed' },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.events.map((e) => [e.eventId, e.status, e.carrierCode, e.reason, e.reasonSource])).toEqual([
      ['d1', 'FAILED_ATTEMPT', null, 'ADDRESS', 'DESCRIPTION'],
      ['d2', 'EXCEPTION', 'ZC-HLD-7', 'CUSTOMS', 'DESCRIPTION'],
      ['d3', 'IN_TRANSIT', 'AR', 'OTHER', 'DEFAULT'],
      ['d4', 'FAILED_ATTEMPT', 'NH', 'RECIPIENT_UNAVAILABLE', 'CODE'],
      ['d5', 'EXCEPTION', 'SD/AO', 'WEATHER', 'CODE'],
    ]);
    // The unknown code is stored raw and reported, never dropped.
    expect(r.warnings).toEqual([{ index: 1, eventId: 'd2', code: 'UNMAPPED_CARRIER_CODE', message: expect.stringContaining('"ZC-HLD-7"') }]);
    const unmapped = await app.gql<{ unmappedCarrierCodes: { carrier: string; code: string; events: number }[] }>(UNMAPPED, {}, member);
    expect(unmapped.data?.unmappedCarrierCodes.map(({ carrier, code, events }) => ({ carrier, code, events }))).toEqual([{ carrier: 'DHL', code: 'ZC-HLD-7', events: 1 }]);
  });

  it('lets admins map a code per carrier; ingest uses it from the next batch, and only for that carrier', async () => {
    const dhl = await createPackage(app, admin);
    const ups = await createPackage(app, admin, { carrier: 'UPS' });
    const before = await record(admin, [{ eventId: 'm0', packageId: dhl.id, occurredAt: at(0), carrierCode: 'zc-hld-7' }]);
    expect(before.rejected.map((x) => x.code)).toEqual(['UNKNOWN_CARRIER_CODE']);

    const saved = await app.gql<{ upsertCarrierCodeMapping: Record<string, unknown> }>(UPSERT, { input: { carrier: 'dhl', code: 'zc-hld-7', status: 'EXCEPTION', reason: 'CUSTOMS', description: ' Customs hold ' } }, admin);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.upsertCarrierCodeMapping).toMatchObject({ carrier: 'DHL', code: 'ZC-HLD-7', status: 'EXCEPTION', reason: 'CUSTOMS', description: 'Customs hold', source: 'ORGANIZATION' });

    const after = await record(admin, [
      { eventId: 'm1', packageId: dhl.id, occurredAt: at(1), carrierCode: 'ZC-HLD-7', description: 'Clearance pending' },
      { eventId: 'm2', packageId: ups.id, occurredAt: at(1), carrierCode: 'ZC-HLD-7' },
    ]);
    expect(after.events.map((e) => [e.eventId, e.status, e.reason, e.reasonSource])).toEqual([['m1', 'EXCEPTION', 'CUSTOMS', 'CODE']]);
    expect(after.rejected).toEqual([{ index: 1, code: 'UNKNOWN_CARRIER_CODE', message: expect.any(String) }]);
    expect(after.warnings).toEqual([]);
    // Mapped now: no longer reported as unmapped.
    const unmapped = await app.gql<{ unmappedCarrierCodes: { code: string }[] }>(UNMAPPED, {}, admin);
    expect(unmapped.data?.unmappedCarrierCodes).toEqual([]);

    const list = await app.gql<{ carrierCodeMappings: { carrier: string; code: string; source: string }[] }>(MAPPINGS, {}, admin);
    expect(list.data?.carrierCodeMappings).toContainEqual(expect.objectContaining({ carrier: 'DHL', code: 'ZC-HLD-7', source: 'ORGANIZATION' }));
    expect(list.data?.carrierCodeMappings).toContainEqual({ carrier: '*', code: 'CUSTOMS_HOLD', status: 'EXCEPTION', reason: 'CUSTOMS', source: 'DEFAULT' });
    expect(list.data?.carrierCodeMappings).toContainEqual({ carrier: '*', code: '/A2', status: null, reason: 'ADDRESS', source: 'DEFAULT' });
    const onlyDhl = await app.gql<{ carrierCodeMappings: { carrier: string }[] }>(MAPPINGS, { carrier: 'dhl' }, admin);
    expect(onlyDhl.data?.carrierCodeMappings.map((m) => m.carrier)).toEqual(['DHL']);

    // Another organization sees only the defaults, and its ingest does not know the code.
    const elsewhere = await app.gql<{ carrierCodeMappings: { source: string }[] }>(MAPPINGS, {}, other);
    expect(elsewhere.data?.carrierCodeMappings.every((m) => m.source === 'DEFAULT')).toBe(true);
    const otherPkg = await createPackage(app, other);
    expect((await record(other, [{ eventId: 'o1', packageId: otherPkg.id, occurredAt: at(0), carrierCode: 'ZC-HLD-7' }])).rejected[0]?.code).toBe('UNKNOWN_CARRIER_CODE');

    // Overriding a default for one organization.
    await app.gql(UPSERT, { input: { code: 'AR', status: 'IN_TRANSIT', reason: 'CAPACITY' } }, admin);
    expect((await record(admin, [{ eventId: 'm3', packageId: dhl.id, occurredAt: at(3), carrierCode: 'AR' }])).events[0]).toMatchObject({ status: 'IN_TRANSIT', reason: 'CAPACITY', reasonSource: 'CODE' });
    expect((await app.gql<{ deleteCarrierCodeMapping: boolean }>(DELETE, { carrier: '*', code: 'ar' }, admin)).data?.deleteCarrierCodeMapping).toBe(true);
    expect((await app.gql<{ deleteCarrierCodeMapping: boolean }>(DELETE, { carrier: '*', code: 'AR' }, admin)).data?.deleteCarrierCodeMapping).toBe(false);
    expect((await record(admin, [{ eventId: 'm4', packageId: dhl.id, occurredAt: at(4), carrierCode: 'AR' }])).events[0]).toMatchObject({ reason: 'OTHER', reasonSource: 'DEFAULT' });
  });

  it('refuses non-admins with FORBIDDEN and bad mappings with BAD_USER_INPUT', async () => {
    for (const token of [member, viewer]) {
      for (const [query, variables] of [
        [MAPPINGS, {}],
        [UPSERT, { input: { code: 'X1', reason: 'LOST' } }],
        [DELETE, { carrier: '*', code: 'X1' }],
      ] as const) {
        const result = await app.gql(query, variables, token);
        expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    const empty = await app.gql(UPSERT, { input: { code: 'X1' } }, admin);
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const long = await app.gql(UPSERT, { input: { code: 'X'.repeat(65), reason: 'LOST' } }, admin);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const blank = await app.gql(UPSERT, { input: { carrier: ' ', code: 'X1', reason: 'LOST' } }, admin);
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(UPSERT, { input: { code: 'X1', reason: 'ALIENS' } }, admin);
    expect(unknown.status).toBe(400);
    const first = await app.gql(`query { unmappedCarrierCodes(first: 0) { code } }`, {}, admin);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters packages and events by reason and counts reasons in packageStats, over GraphQL and REST', async () => {
    const token = app.token(`org_rsn_stats_${backend}`);
    const [a, b, c] = [await createPackage(app, token), await createPackage(app, token), await createPackage(app, token)];
    await record(token, [
      { eventId: 's1', packageId: a.id, occurredAt: at(0), status: 'IN_TRANSIT', description: 'Arrived at hub' },
      { eventId: 's2', packageId: a.id, occurredAt: at(1), status: 'FAILED_ATTEMPT', description: 'Adresse incorrecte - destinataire inconnu' },
      { eventId: 's3', packageId: a.id, occurredAt: at(2), status: 'FAILED_ATTEMPT', description: 'Dirección incorrecta' },
      { eventId: 's4', packageId: b.id, occurredAt: at(0), carrierCode: 'CUSTOMS_HOLD' },
      { eventId: 's5', packageId: c.id, occurredAt: at(0), status: 'IN_TRANSIT' },
    ]);
    const listed = await app.gql<{ packages: { edges: { node: { id: string } }[]; totalCount: number } }>(
      `query($f: PackageFilter) { packages(filter: $f) { edges { node { id } } totalCount } }`,
      { f: { reason: ['ADDRESS', 'CUSTOMS'] } },
      token,
    );
    expect(listed.data?.packages.edges.map((e) => e.node.id).sort()).toEqual([a.id, b.id].sort());
    expect(listed.data?.packages.totalCount).toBe(2);

    const events = await app.gql<{ trackingEvents: { eventId: string }[] }>(`query($id: ID!) { trackingEvents(packageId: $id, reason: [ADDRESS]) { eventId } }`, { id: a.id }, token);
    expect(events.data?.trackingEvents.map((e) => e.eventId)).toEqual(['s2', 's3']);

    const stats = await app.gql<{ packageStats: { byReason: unknown[] } }>(`query { packageStats { byReason { reason packages events } } }`, {}, token);
    expect(stats.data?.packageStats.byReason).toEqual([
      { reason: 'ADDRESS', packages: 1, events: 2 },
      { reason: 'CUSTOMS', packages: 1, events: 1 },
    ]);

    const rest = await app.rest('GET', '/api/v1/packages?reason=customs', { token });
    expect(rest.status).toBe(200);
    expect(rest.body.data.map((p: { id: string }) => p.id)).toEqual([b.id]);
    const restEvents = await app.rest('GET', `/api/v1/packages/${a.id}/events?reason=ADDRESS`, { token });
    expect(restEvents.body.data.map((e: { event_id: string; reason: string; reason_source: string }) => [e.event_id, e.reason, e.reason_source])).toEqual([
      ['s2', 'ADDRESS', 'DESCRIPTION'],
      ['s3', 'ADDRESS', 'DESCRIPTION'],
    ]);
    const badReason = await app.rest('GET', `/api/v1/packages/${a.id}/events?reason=ALIENS`, { token });
    expect(badReason.status).toBe(400);
    expect(badReason.body.error.code).toBe('BAD_REQUEST');
    const restStats = await app.rest('GET', '/api/v1/packages/stats', { token });
    expect(restStats.body.by_reason).toEqual([
      { reason: 'ADDRESS', packages: 1, events: 2 },
      { reason: 'CUSTOMS', packages: 1, events: 1 },
    ]);
    const posted = await app.rest('POST', '/api/v1/events', { token, body: [{ event_id: 's6', package_id: c.id, occurred_at: at(5), status: 'EXCEPTION', carrier_code: 'QQ9', description: 'Colis endommagé' }] });
    expect(posted.status).toBe(201);
    expect(posted.body.warnings).toEqual([{ index: 0, event_id: 's6', code: 'UNMAPPED_CARRIER_CODE', message: expect.any(String) }]);
  });
});
