import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const ROUTE = '/api/v1/integrations/x12/214';
const fixture = (name: string) => readFileSync(new URL(`../../subgraphs/packages/src/integrations/x12/fixtures/${name}`, import.meta.url), 'utf8');

const PACKAGE = /* GraphQL */ `
  query($id: ID!) { package(id: $id) { status currentLocation { facilityCode name } events { eventId status carrierCode description occurredAt location { facilityCode name } } } }
`;

describe.each(BACKENDS)('X12 214 integration on %s', (backend) => {
  let app: TestApp;
  let token: string;
  const ids: Record<string, string> = {};
  const post = (body: string, options: { path?: string; token?: string | null; contentType?: string } = {}) =>
    app.rest('POST', options.path ?? ROUTE, { token: options.token === undefined ? token : options.token, raw: body, contentType: options.contentType ?? 'application/edi-x12' });

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(`org_x12_${backend}`);
    for (const trackingNumber of ['X12TRACK1', 'X12PIPE1', 'X12PIPE2', 'X12BAD1']) {
      const created = await app.rest('POST', '/api/v1/packages', { token, body: { tracking_number: trackingNumber, carrier: 'ACMF' } });
      expect(created.status).toBe(201);
      ids[trackingNumber] = created.body.id as string;
    }
  });
  afterAll(() => app?.close());

  it('records a journey: the package ends DELIVERED with every AT7 as an event; a resend is all duplicates', async () => {
    const first = await post(fixture('journey-214.edi'));
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      interchange_control_number: '000000101',
      transactions: [{ control_number: '0001', group_control_number: '101', shipment_id: 'X12TRACK1', reference: 'PRO778899', accepted: 7, duplicates: [], rejected: [], warnings: [] }],
    });
    const { data } = await app.gql<{ package: { status: string; currentLocation: unknown; events: { eventId: string; status: string; carrierCode: string; description: string; occurredAt: string; location: unknown }[] } }>(PACKAGE, { id: ids.X12TRACK1 }, token);
    expect(data!.package.status).toBe('DELIVERED');
    // Only events with a facility code (or coordinates) move currentLocation; MS1 city names do not.
    expect(data!.package.currentLocation).toEqual({ facilityCode: 'CMH-T1', name: 'Columbus Terminal' });
    expect(data!.package.events).toHaveLength(7);
    expect(data!.package.events).toContainEqual({
      eventId: 'x12:ACMEFRT:X12TRACK1:X4/NS:2026-11-18T17:15:00.000Z', status: 'IN_TRANSIT', carrierCode: 'X4/NS', description: 'Arrived at terminal location (Normal status)',
      occurredAt: '2026-11-18T17:15:00.000Z', location: { facilityCode: 'CMH-T1', name: 'Columbus Terminal' },
    });

    const again = await post(fixture('journey-214.edi'), { contentType: 'text/plain' });
    expect(again.status).toBe(200);
    expect(again.body.transactions[0]).toMatchObject({ accepted: 0, rejected: [] });
    expect(again.body.transactions[0].duplicates.map((d: { index: number }) => d.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // A carrier re-sending the same statuses under new control numbers is still a duplicate.
    const renumbered = fixture('journey-214.edi').replace('*000000101*', '*000000888*').replace('IEA*1*000000101', 'IEA*1*000000888');
    const resent = await post(renumbered);
    expect(resent.body).toMatchObject({ interchange_control_number: '000000888', transactions: [{ accepted: 0, rejected: [] }] });
    expect(resent.body.transactions[0].duplicates).toHaveLength(7);
    const after = await app.gql<{ package: { events: unknown[] } }>(PACKAGE, { id: ids.X12TRACK1 }, token);
    expect(after.data!.package.events).toHaveLength(7);
  });

  it('answers per transaction set with a 997 on request, and only the 997 for Accept: application/edi-x12', async () => {
    const response = await post(fixture('pipe-caret-214.edi'), { path: `${ROUTE}?ack=997` });
    expect(response.status).toBe(200);
    expect(response.body.transactions.map((t: { shipment_id: string; accepted: number }) => [t.shipment_id, t.accepted])).toEqual([['X12PIPE1', 4], ['X12PIPE2', 3]]);
    expect(response.body.ack_997).toMatch(/^ISA\|00\|/);
    expect(response.body.ack_997).toContain('AK1|QM|202~\nAK2|214|0001~\nAK5|A~\nAK2|214|0002~\nAK5|A~\nAK9|A|2|2|2~');
    const statuses = await Promise.all(['X12PIPE1', 'X12PIPE2'].map(async (t) => (await app.gql<{ package: { status: string } }>(PACKAGE, { id: ids[t] }, token)).data!.package.status));
    expect(statuses).toEqual(['IN_TRANSIT', 'EXCEPTION']); // I1 at 11:00 follows SD; A9 damaged is the latest of the second

    const edi = await fetch(`${app.url}${ROUTE}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/edi-x12', accept: 'application/edi-x12' }, body: fixture('pipe-caret-214.edi') });
    expect(edi.status).toBe(200);
    expect(edi.headers.get('content-type')).toMatch(/^application\/edi-x12/);
    const ack = await edi.text();
    expect(ack.split('\n').at(-1)).toBe('IEA|1|000000202~');
  });

  it('reports refused AT7s per event (unknown codes, bad dates) beside the accepted one, and in the 997', async () => {
    const response = await post(fixture('event-errors-214.edi'), { path: `${ROUTE}?ack=997` });
    expect(response.status).toBe(200);
    const [tx] = response.body.transactions;
    expect(tx.accepted).toBe(1);
    expect(tx.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [0, 'UNKNOWN_STATUS_CODE'], [1, 'INVALID_DATE_TIME'], [2, 'INVALID_DATE_TIME'], [3, 'INVALID_DATE_TIME'], [4, 'MISSING_STATUS_CODE'],
    ]);
    expect(tx.rejected[0].message).toContain('"ZZ"');
    expect(response.body.ack_997).toContain('AK5*E~');
    expect((await app.gql<{ package: { status: string } }>(PACKAGE, { id: ids.X12BAD1 }, token)).data!.package.status).toBe('OUT_FOR_DELIVERY');
  });

  it('passes on the rejections of ingest: a shipment id no package has', async () => {
    const text = fixture('newline-terminated-214.edi');
    const response = await post(text);
    expect(response.status).toBe(200);
    expect(response.body.transactions[0]).toMatchObject({ shipment_id: 'X12NL1', accepted: 0, rejected: [{ index: 0, code: 'PACKAGE_NOT_FOUND' }] });
  });

  it.each([
    ['bad-iea-control-214.edi', 'X12_CONTROL_MISMATCH', 9, 'IEA', 2],
    ['bad-se-count-214.edi', 'X12_COUNT_MISMATCH', 7, 'SE', 1],
    ['truncated-214.edi', 'X12_TRUNCATED', 8, 'GE*', null],
    ['wrong-separators-214.edi', 'X12_INVALID_SEGMENT', 2, 'GS|', null],
    ['isa-not-fixed-width-214.edi', 'X12_INVALID_ISA', 1, 'ISA', 7],
  ])('refuses %s whole with a 400 naming the segment', async (name, code, segment, segmentId, element) => {
    const response = await post(fixture(name), { path: `${ROUTE}?ack=997` });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code, details: { segment, segment_id: segmentId, element } });
    expect(response.body.error.message).toMatch(new RegExp(`^segment ${segment} `));
  });

  it('refuses other media types, other ack kinds, viewers and anonymous callers', async () => {
    const journey = fixture('journey-214.edi');
    expect((await post(journey, { contentType: 'application/json' })).body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const badAck = await post(journey, { path: `${ROUTE}?ack=999` });
    expect([badAck.status, badAck.body.error.code]).toEqual([400, 'BAD_REQUEST']);
    const viewer = await post(journey, { token: app.token(`org_x12_${backend}`, 'org:viewer') });
    expect([viewer.status, viewer.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await post(journey, { token: null })).status).toBe(401);
    expect((await app.rest('GET', ROUTE, { token })).status).toBe(405);
    expect((await post('')).status).toBe(400);
  });

  it('refuses more than 5,000 AT7s and bodies over the size limit with 413', async () => {
    const loops = Array.from({ length: 5001 }, (_, i) => `LX*${i + 1}~AT7*X6*NS***20261118*0800*UT~`).join('');
    const journey = fixture('journey-214.edi');
    const isa = journey.slice(0, 106);
    const many = `${isa}GS*QM*ACMEFRT*CLEARPATH*20261120*0800*9*X*004010~ST*214*0001~B10*R*X12TRACK1*ACMF~${loops}SE*${5001 * 2 + 3}*0001~GE*1*9~IEA*1*000000101~`;
    const tooMany = await post(many);
    expect([tooMany.status, tooMany.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const huge = await post(journey + ' '.repeat(9 * 1024 * 1024));
    expect([huge.status, huge.body.error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('keeps tenants apart: another organization sees no package for the shipment id', async () => {
    const other = await post(fixture('journey-214.edi'), { token: app.token(`org_x12_other_${backend}`) });
    expect(other.status).toBe(200);
    expect(other.body.transactions[0].rejected.every((r: { code: string }) => r.code === 'PACKAGE_NOT_FOUND')).toBe(true);
  });
});
