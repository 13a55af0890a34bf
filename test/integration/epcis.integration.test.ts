import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const ROUTE = '/api/v1/integrations/epcis/events';
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../subgraphs/packages/src/integrations/epcis/fixtures/${name}`, import.meta.url), 'utf8'));

/** TDS example SSCC urn:epc:id:sscc:0614141.1234567890 is SSCC-18 106141412345678908. */
const SSCC_URN = 'urn:epc:id:sscc:0614141.1234567890';
const SSCC_18 = '106141412345678908';

const event = (fields: Record<string, unknown>): Record<string, unknown> => ({ type: 'ObjectEvent', action: 'OBSERVE', eventTimeZoneOffset: '+00:00', ...fields });

/** Out of time order on purpose: status is derived by eventTime, not by position in the list. */
const shipment = (idPrefix: string) => ({
  '@context': ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld'],
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  epcisBody: {
    eventList: [
      event({ eventID: `${idPrefix}-3`, bizStep: 'receiving', disposition: 'urn:epcglobal:cbv:disp:sellable_accessible', eventTime: '2026-11-20T12:00:00Z', epcList: [`https://id.gs1.org/00/${SSCC_18}`] }),
      event({ eventID: `${idPrefix}-1`, bizStep: 'shipping', eventTime: '2026-11-20T09:00:00+01:00', eventTimeZoneOffset: '+01:00', epcList: [SSCC_URN], readPoint: { id: 'urn:epc:id:sgln:0614141.00777.0' } }),
      event({ eventID: `${idPrefix}-2`, bizStep: 'https://ref.gs1.org/cbv/BizStep-arriving', eventTime: '2026-11-20T10:00:00Z', epcList: [SSCC_URN] }),
      event({ eventID: `${idPrefix}-4`, bizStep: 'urn:epcglobal:cbv:bizstep:shipping', eventTime: '2026-11-20T09:00:00Z', epcList: ['urn:epc:id:sgtin:0614141.812345.6789'] }),
      event({ eventID: `${idPrefix}-5`, bizStep: 'loading', disposition: 'damaged', eventTime: '2026-11-20T11:00:00Z', epcList: ['urn:epc:id:sgtin:0614141.812345.6789'] }),
      event({ eventID: `${idPrefix}-6`, bizStep: 'shipping', eventTime: '2026-11-20T11:00:00Z', epcList: ['urn:epc:id:sscc:0614141.0000000099'] }),
      { type: 'AggregationEvent', action: 'ADD', eventTime: '2026-11-20T11:00:00Z', eventTimeZoneOffset: '+00:00', parentID: SSCC_URN },
      event({ eventID: `${idPrefix}-8`, bizStep: 'shipping', eventTime: '2026-11-20T11:00:00+02:00', eventTimeZoneOffset: '+01:00', epcList: [SSCC_URN] }),
    ],
  },
});

const PACKAGE = /* GraphQL */ `
  query($id: ID!) { package(id: $id) { status currentLocation { facilityCode name } events { eventId status carrierCode occurredAt location { facilityCode name } } } }
`;

type PackageView = { status: string; currentLocation: { facilityCode: string | null; name: string | null } | null; events: { eventId: string; status: string; carrierCode: string; location: { facilityCode: string | null; name: string | null } | null }[] };

describe.each(BACKENDS)('EPCIS 2.0 ingest on %s', (backend) => {
  let app: TestApp;
  let admin: string;
  let pallet: { id: string };
  let item: { id: string };

  beforeAll(async () => {
    app = await startTestApp(backend);
    admin = app.token(`org_epcis_${backend}`);
    await app.gql(`mutation { upsertFacilities(facilities: [{ code: "0614141007776", name: "Lyon cross-dock", type: HUB, lat: 45.76, lon: 4.84 }]) { code } }`, {}, admin);
    pallet = await createPackage(app, admin, { trackingNumber: SSCC_18 });
    item = await createPackage(app, admin, { trackingNumber: 'ITEM-1', reference: '6789' });
  });
  afterAll(() => app?.close());

  it('ingests a document: statuses by bizStep and disposition, packages by SSCC-18 and reference, rejections pointed', async () => {
    const response = await app.rest('POST', ROUTE, { token: admin, body: shipment('urn:uuid:rt') });
    expect(response.status).toBe(200);
    expect(response.body.accepted).toBe(5);
    expect(response.body.duplicates).toEqual([]);
    expect(response.body.rejected.map((r: { index: number; pointer: string; code: string }) => [r.index, r.pointer, r.code])).toEqual([
      [5, '/epcisBody/eventList/5/epcList/0', 'PACKAGE_NOT_FOUND'],
      [6, '/epcisBody/eventList/6/type', 'UNSUPPORTED_EVENT_TYPE'],
      [7, '/epcisBody/eventList/7/eventTimeZoneOffset', 'INVALID_TIMESTAMP'],
    ]);
    expect(response.body.rejected[0].message).toContain('urn:epc:id:sscc:0614141.0000000099');

    const palletView = (await app.gql<{ package: PackageView }>(PACKAGE, { id: pallet.id }, admin)).data!.package;
    expect(palletView.status).toBe('DELIVERED');
    expect(palletView.events.map((e) => [e.eventId, e.status, e.carrierCode])).toEqual([
      ['urn:uuid:rt-1', 'IN_TRANSIT', 'shipping'],
      ['urn:uuid:rt-2', 'IN_TRANSIT', 'arriving'],
      ['urn:uuid:rt-3', 'DELIVERED', 'receiving'],
    ]);
    // The SGLN became the GLN facility code, and the registered facility filled in its name.
    expect(palletView.events[0]!.location).toEqual({ facilityCode: '0614141007776', name: 'Lyon cross-dock' });
    expect(palletView.currentLocation).toMatchObject({ facilityCode: '0614141007776' });

    const itemView = (await app.gql<{ package: PackageView }>(PACKAGE, { id: item.id }, admin)).data!.package;
    expect(itemView.status).toBe('EXCEPTION');
    expect(itemView.events.map((e) => e.status)).toEqual(['IN_TRANSIT', 'EXCEPTION']);
  });

  it('reports a resend as duplicates (also as application/ld+json) and applies nothing twice', async () => {
    const resend = await app.rest('POST', ROUTE, { token: admin, raw: JSON.stringify(shipment('urn:uuid:rt')), contentType: 'application/ld+json' });
    expect(resend.status).toBe(200);
    expect(resend.body.accepted).toBe(0);
    expect(resend.body.duplicates.map((d: { index: number; pointer: string; event_id: string }) => [d.index, d.pointer, d.event_id])).toEqual([
      [0, '/epcisBody/eventList/0/epcList/0', 'urn:uuid:rt-3'],
      [1, '/epcisBody/eventList/1/epcList/0', 'urn:uuid:rt-1'],
      [2, '/epcisBody/eventList/2/epcList/0', 'urn:uuid:rt-2'],
      [3, '/epcisBody/eventList/3/epcList/0', 'urn:uuid:rt-4'],
      [4, '/epcisBody/eventList/4/epcList/0', 'urn:uuid:rt-5'],
    ]);
    const palletView = (await app.gql<{ package: PackageView }>(PACKAGE, { id: pallet.id }, admin)).data!.package;
    expect(palletView.events).toHaveLength(3);

    // Without eventIDs the derived keys are stable: the second send is all duplicates.
    const bare = [event({ bizStep: 'inspecting', eventTime: '2026-11-20T12:30:00Z', epcList: ['urn:epc:id:sgtin:0614141.812345.6789'], recordTime: '2026-11-20T12:31:00Z' })];
    expect((await app.rest('POST', ROUTE, { token: admin, body: bare })).body).toMatchObject({ accepted: 1, duplicates: [] });
    bare[0]!.recordTime = '2026-11-21T00:00:00Z';
    const again = await app.rest('POST', ROUTE, { token: admin, body: bare });
    expect(again.body).toMatchObject({ accepted: 0, duplicates: [{ index: 0, pointer: '/0/epcList/0' }] });
  });

  it('matches the canonical EPC string and maps the fixture of every mapping', async () => {
    const org = app.token(`org_epcis_fixture_${backend}`);
    await createPackage(app, org, { trackingNumber: SSCC_18 });
    await createPackage(app, org, { trackingNumber: 'ITEM-2', reference: '6789' });
    // Tracking numbers cannot hold ':'; the reference can name the EPC URN itself.
    const canonical = await createPackage(app, org, { reference: 'urn:epc:id:sscc:0614141.0000000001' });
    const response = await app.rest('POST', ROUTE, { token: org, body: fixture('mappings.json') });
    expect(response.body).toMatchObject({ accepted: 12, duplicates: [], rejected: [] });
    expect((await app.gql<{ package: PackageView }>(PACKAGE, { id: canonical.id }, org)).data!.package.status).toBe('EXCEPTION');

    const malformed = await app.rest('POST', ROUTE, { token: org, body: fixture('malformed.json') });
    expect(malformed.status).toBe(200);
    expect(malformed.body.accepted).toBe(1);
    expect(malformed.body.rejected).toHaveLength(15);
    expect(malformed.body.rejected.every((r: { pointer: string }) => r.pointer.startsWith('/'))).toBe(true);
  });

  it('refuses what is not EPCIS with a 400 naming the pointer, other media types, viewers and strangers', async () => {
    const notEpcis = await app.rest('POST', ROUTE, { token: admin, body: { type: 'Invoice', lines: [] } });
    expect(notEpcis.status).toBe(400);
    expect(notEpcis.body.error).toMatchObject({ code: 'INVALID_EPCIS', details: { pointer: '/type' } });
    const noList = await app.rest('POST', ROUTE, { token: admin, body: { type: 'EPCISDocument', epcisBody: { eventList: 'none' } } });
    expect(noList.body.error).toMatchObject({ code: 'INVALID_EPCIS', details: { pointer: '/epcisBody/eventList' } });
    expect(noList.body.error.message).toMatch(/^\/epcisBody\/eventList: /);
    expect((await app.rest('POST', ROUTE, { token: admin, raw: '{"type": "EPCISDocument",', contentType: 'application/ld+json' })).status).toBe(400);
    expect((await app.rest('POST', ROUTE, { token: admin, raw: '"EPCISDocument"' })).status).toBe(400);
    expect((await app.rest('POST', ROUTE, { token: admin })).body.error.code).toBe('INVALID_EPCIS');
    const xml = await app.rest('POST', ROUTE, { token: admin, raw: '<epcis:EPCISDocument/>', contentType: 'application/xml' });
    expect(xml.status).toBe(415);
    expect(xml.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');

    // Hostile values inside a valid document are answered per EPC / event, never as a server error.
    const hostile = await app.rest('POST', ROUTE, {
      token: admin,
      body: [
        event({ bizStep: 'shipping', eventTime: '2026-11-20T09:00:00Z', epcList: ['https://id.gs1.org/01/80614141123458/21/%E0%A4%A'] }),
        event({ bizStep: 'shipping', eventTime: '2026-11-20T09:00:00Z', epcList: [SSCC_URN], readPoint: { id: 'DOCK\u0000 7' } }),
        event({ bizStep: 'shipping', eventTime: '2099-01-01T00:00:00Z', quantityList: [{ epcClass: SSCC_URN }] }),
      ],
    });
    expect(hostile.status).toBe(200);
    expect(hostile.body.rejected.map((r: { pointer: string; code: string }) => [r.pointer, r.code])).toEqual([
      ['/0/epcList/0', 'UNSUPPORTED_EPC'],
      ['/1/epcList/0', 'INVALID_EVENT'],
      ['/2/eventTime', 'FUTURE_TIMESTAMP'],
    ]);
    const deep = `{"type":"ObjectEvent","action":"OBSERVE","bizStep":"shipping","eventTime":"2026-11-20T09:00:00Z","epcList":["${SSCC_URN}"],"ext":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const nested = await app.rest('POST', ROUTE, { token: admin, raw: `[${deep}]` });
    expect([nested.status, nested.body.rejected?.[0]?.code]).toEqual([200, 'INVALID_EVENT']);

    const viewer = await app.rest('POST', ROUTE, { token: app.token(`org_epcis_${backend}`, 'org:viewer'), body: shipment('urn:uuid:viewer') });
    expect(viewer.status).toBe(403);
    expect((await app.rest('POST', ROUTE, { token: null, body: [] })).status).toBe(401);
    const operator = await app.rest('POST', ROUTE, { token: app.token(`org_epcis_${backend}`, 'org:member'), body: [] });
    expect(operator.body).toEqual({ accepted: 0, duplicates: [], rejected: [] });
    expect((await app.rest('GET', ROUTE, { token: admin })).status).toBe(405);
  });

  it('packagesByKeys matches tracking numbers and references exactly, and bounds its keys', async () => {
    const query = `query($keys: [String!]!) { packagesByKeys(keys: $keys) { id } }`;
    const found = await app.gql<{ packagesByKeys: { id: string }[] }>(query, { keys: [SSCC_18, '6789', '678', SSCC_18.slice(1)] }, admin);
    expect(found.data?.packagesByKeys.map((p) => p.id).sort()).toEqual([pallet.id, item.id].sort());
    const tooMany = await app.gql(query, { keys: Array.from({ length: 1001 }, (_, i) => `K${i}`) }, admin);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("never finds another organization's package by its EPC", async () => {
    const other = app.token(`org_epcis_other_${backend}`);
    const theirs = await createPackage(app, other, { trackingNumber: '006141410000000012', reference: 'SHARED-REF' });
    const response = await app.rest('POST', ROUTE, {
      token: admin,
      body: [event({ eventID: 'urn:uuid:cross-tenant', bizStep: 'shipping', eventTime: '2026-11-20T09:00:00Z', epcList: ['urn:epc:id:sscc:0614141.0000000001'] })],
    });
    expect(response.body).toMatchObject({ accepted: 0, rejected: [{ index: 0, pointer: '/0/epcList/0', code: 'PACKAGE_NOT_FOUND' }] });
    const view = (await app.gql<{ package: PackageView }>(PACKAGE, { id: theirs.id }, other)).data!.package;
    expect(view.events).toEqual([]);
  });
});
