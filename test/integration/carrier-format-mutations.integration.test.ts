import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const X12 = /* GraphQL */ `
  mutation($doc: String!, $ack: Boolean) {
    ingestX12(document: $doc, acknowledgment: $ack) {
      interchangeControlNumber acknowledgment
      transactions { controlNumber shipmentId reference accepted duplicates { index } rejected { index code } warnings { index code message } }
    }
  }
`;
const EPCIS = /* GraphQL */ `
  mutation($doc: JSON!) { ingestEpcis(document: $doc) { accepted duplicates { index pointer eventId } rejected { index pointer code } warnings { code } } }
`;
const EVENTS = /* GraphQL */ `query($id: ID!) { package(id: $id) { status events { status carrierCode reason reasonSource } } }`;

const interchange = (tracking: string) =>
  [
    'ISA*00*          *00*          *02*ACMEFRT        *ZZ*CLEARPATH      *261120*0800*U*00401*000000101*0*P*>~',
    'GS*QM*ACMEFRT*CLEARPATH*20261120*0800*101*X*004010~',
    'ST*214*0001~',
    `B10*PRO778899*${tracking}*ACMF~`,
    'LX*1~',
    'AT7*AP*A2***20261119*1015*CT~',
    'LX*2~',
    'AT7*SD*ZZ***20261119*1115*CT~',
    'SE*7*0001~',
    'GE*1*101~',
    'IEA*1*000000101~',
  ].join('\n');

const epcisDocument = {
  '@context': ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld'],
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  epcisBody: {
    eventList: [
      {
        type: 'ObjectEvent', action: 'OBSERVE', eventID: 'urn:uuid:3f1c1c56-9d2e-4c0a-9b1e-0e2a4b7d9a11', bizStep: 'shipping',
        eventTime: '2026-11-20T09:00:00+01:00', eventTimeZoneOffset: '+01:00',
        epcList: ['urn:epc:id:sscc:0614141.1234567890', 'urn:epc:id:sscc:0614141.9999999999'],
        readPoint: { id: 'urn:epc:id:sgln:0614141.00777.0' },
      },
    ],
  },
};

describe.each(BACKENDS)('ingestX12 and ingestEpcis mutations on %s', (backend) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(`org_fmt_${backend}`);
  });
  afterAll(() => app?.close());

  it('ingests an X12 214 with the REST route parser and ingest path: statuses, reasons from AT702, unknown reason codes reported', async () => {
    const pkg = await createPackage(app, token, { trackingNumber: 'X12MUT1', carrier: 'ACMF' });
    const first = await app.gql<{ ingestX12: { interchangeControlNumber: string; acknowledgment: string | null; transactions: unknown[] } }>(X12, { doc: interchange('X12MUT1'), ack: true }, token);
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestX12.interchangeControlNumber).toBe('000000101');
    expect(first.data?.ingestX12.acknowledgment).toMatch(/ST\*997\*0001~[\s\S]*AK5\*A~/);
    expect(first.data?.ingestX12.transactions).toEqual([
      {
        controlNumber: '0001', shipmentId: 'X12MUT1', reference: 'PRO778899', accepted: 2, duplicates: [], rejected: [],
        warnings: [{ index: 1, code: 'UNMAPPED_CARRIER_CODE', message: expect.stringContaining('"SD/ZZ"') }],
      },
    ]);
    const state = await app.gql<{ package: { status: string; events: unknown[] } }>(EVENTS, { id: pkg.id }, token);
    expect(state.data?.package.events).toEqual([
      { status: 'FAILED_ATTEMPT', carrierCode: 'AP/A2', reason: 'ADDRESS', reasonSource: 'CODE' },
      { status: 'EXCEPTION', carrierCode: 'SD/ZZ', reason: 'OTHER', reasonSource: 'DEFAULT' },
    ]);
    const again = await app.gql<{ ingestX12: { acknowledgment: string | null; transactions: { accepted: number; duplicates: unknown[] }[] } }>(X12, { doc: interchange('X12MUT1') }, token);
    expect(again.data?.ingestX12.acknowledgment).toBeNull();
    expect(again.data?.ingestX12.transactions[0]).toMatchObject({ accepted: 0, duplicates: [{ index: 0 }, { index: 1 }] });
  });

  it('refuses a malformed interchange with BAD_USER_INPUT naming the segment, and viewers with FORBIDDEN', async () => {
    const bad = await app.gql(X12, { doc: interchange('X12MUT1').replace('SE*7*0001', 'SE*9*0001') }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { x12Code: expect.any(String), segment: expect.any(Number), segmentId: 'SE' } });
    const viewer = await app.gql(X12, { doc: interchange('X12MUT1') }, app.token(`org_fmt_${backend}`, 'org:viewer'));
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewerEpcis = await app.gql(EPCIS, { doc: epcisDocument }, app.token(`org_fmt_${backend}`, 'org:viewer'));
    expect(viewerEpcis.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('ingests an EPCIS document: EPCs matched to packages, unknown EPCs rejected with a pointer, resends duplicates', async () => {
    const pkg = await createPackage(app, token, { trackingNumber: '106141412345678908' });
    const result = await app.gql<{ ingestEpcis: unknown }>(EPCIS, { doc: epcisDocument }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ingestEpcis).toEqual({
      accepted: 1,
      duplicates: [],
      rejected: [{ index: 0, pointer: '/epcisBody/eventList/0/epcList/1', code: 'PACKAGE_NOT_FOUND' }],
      warnings: [],
    });
    const state = await app.gql<{ package: { status: string } }>(EVENTS, { id: pkg.id }, token);
    expect(state.data?.package.status).toBe('IN_TRANSIT');
    const again = await app.gql<{ ingestEpcis: { accepted: number; duplicates: { pointer: string }[] } }>(EPCIS, { doc: epcisDocument }, token);
    expect(again.data?.ingestEpcis).toMatchObject({ accepted: 0, duplicates: [{ pointer: '/epcisBody/eventList/0/epcList/0' }] });
    const notEpcis = await app.gql(EPCIS, { doc: { hello: 'world' } }, token);
    expect(notEpcis.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { pointer: expect.any(String) } });
  });
});
