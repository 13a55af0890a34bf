import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

describe.each(BACKENDS)('REST shim /api/v1 on %s', (backend) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(`org_rest_${backend}`);
  });
  afterAll(() => app?.close());

  it('manages a package with snake_case bodies', async () => {
    const created = await app.rest('POST', '/api/v1/packages', {
      token,
      body: { tracking_number: 'REST1', carrier: 'DHL', service_level: 'EXPRESS', promised_delivery_at: '2026-12-01T00:00:00Z', destination: { name: 'Paris', lat: 48.85, lon: 2.35, facility_code: 'DEP-PAR' }, metadata: { camelCase: 'kept', snake_case: 'kept' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ tracking_number: 'REST1', service_level: 'EXPRESS', status: 'INFO_RECEIVED', destination: { facility_code: 'DEP-PAR' }, metadata: { camelCase: 'kept', snake_case: 'kept' } });
    expect(created.body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const id = created.body.id as string;

    expect((await app.rest('GET', `/api/v1/packages/${id}`, { token })).body.tracking_number).toBe('REST1');
    const put = await app.rest('PUT', `/api/v1/packages/${id}`, { token, body: { recipient: 'Grace Hopper' } });
    expect(put.body.recipient).toBe('Grace Hopper');

    const events = await app.rest('POST', `/api/v1/packages/${id}/events`, {
      token,
      body: [
        { event_id: 'r1', occurred_at: '2026-11-20T08:00:00Z', carrier_code: 'PU', location: { facility_code: 'DEP-BER', lat: 52.5, lon: 13.4 }, attributes: { tempC: 4 } },
        { event_id: 'r2', occurred_at: 'nope', status: 'IN_TRANSIT' },
        'not an object',
      ],
    });
    expect(events.status).toBe(201);
    expect(events.body.accepted).toBe(1);
    expect(events.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([[1, 'INVALID_TIMESTAMP'], [2, 'INVALID_EVENT']]);
    const listed = await app.rest('GET', `/api/v1/packages/${id}/events`, { token });
    expect(listed.body.data).toEqual([expect.objectContaining({ event_id: 'r1', status: 'IN_TRANSIT', carrier_code: 'PU', attributes: { tempC: 4 }, location: { facility_code: 'DEP-BER', name: null, lat: 52.5, lon: 13.4 } })]);

    const dup = await app.rest('POST', `/api/v1/packages/${id}/events`, { token, body: { event_id: 'r1', occurred_at: '2026-11-20T08:00:00Z', carrier_code: 'PU' } });
    expect(dup.status).toBe(200);
    expect(dup.body.duplicates).toEqual([{ index: 0, event_id: 'r1' }]);

    const stats = await app.rest('GET', '/api/v1/packages/stats', { token });
    expect(stats.body).toMatchObject({ total: 1, by_status: [{ status: 'IN_TRANSIT', count: 1 }] });

    const del = await app.rest('DELETE', `/api/v1/packages/${id}`, { token });
    expect(del.body).toEqual({ id, deleted: true });
    expect((await app.rest('GET', `/api/v1/packages/${id}`, { token })).status).toBe(404);
  });

  it('bulk-ingests JSON arrays and NDJSON, with per-line errors', async () => {
    await app.rest('POST', '/api/v1/packages', { token, body: { tracking_number: 'BULK1', carrier: 'UPS' } });
    const json = await app.rest('POST', '/api/v1/events', { token, body: [{ event_id: 'b1', tracking_number: 'BULK1', occurred_at: '2026-11-20T08:00:00Z', status: 'IN_TRANSIT' }] });
    expect(json.status).toBe(201);
    const ndjson = [
      JSON.stringify({ event_id: 'b2', tracking_number: 'BULK1', occurred_at: '2026-11-20T09:00:00Z', status: 'OUT_FOR_DELIVERY' }),
      '{not json',
      JSON.stringify({ event_id: 'b3', tracking_number: 'NOPE', occurred_at: '2026-11-20T09:00:00Z', status: 'DELIVERED' }),
    ].join('\n');
    const nd = await app.rest('POST', '/api/v1/events', { token, raw: ndjson, contentType: 'application/x-ndjson' });
    expect(nd.status).toBe(201);
    expect(nd.body.accepted).toBe(1);
    expect(nd.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([[1, 'INVALID_JSON'], [2, 'PACKAGE_NOT_FOUND']]);
    const allBad = await app.rest('POST', '/api/v1/events', { token, body: [{ event_id: 'x', occurred_at: 'x' }] });
    expect(allBad.status).toBe(422);
    expect(allBad.body.error.code).toBe('UNPROCESSABLE');
  });

  it('exports CSV and NDJSON with the list filters', async () => {
    for (let i = 0; i < 7; i++) await app.rest('POST', '/api/v1/packages', { token, body: { tracking_number: `EXP${i}`, carrier: i < 3 ? 'FEDEX' : 'GLS', recipient: i === 0 ? 'Doe, "Jr"' : null } });
    const csv = await app.rest('GET', '/api/v1/packages/export?format=csv&carrier=FEDEX', { token });
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toMatch(/^id,tracking_number,carrier/);
    expect(lines).toHaveLength(4);
    expect(csv.text).toContain('"Doe, ""Jr"""');
    const nd = await app.rest('GET', '/api/v1/packages/export?format=ndjson&carrier=GLS', { token });
    const rows = nd.text.trim().split('\n').map((l) => JSON.parse(l) as { carrier: string });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.carrier === 'GLS')).toBe(true);
    expect((await app.rest('GET', '/api/v1/packages/export?format=xml', { token })).status).toBe(400);
  });

  it('filters by the facility of the latest located scan in list, stats and export, within the caller organization', async () => {
    const ids: string[] = [];
    for (const [i, facility, status] of [[0, 'FAC-A', 'OUT_FOR_DELIVERY'], [1, 'FAC-A', 'IN_TRANSIT'], [2, 'FAC-B', 'OUT_FOR_DELIVERY']] as const) {
      const created = await app.rest('POST', '/api/v1/packages', { token, body: { tracking_number: `FAC${i}`, carrier: 'DPD' } });
      ids.push(created.body.id as string);
      const scan = await app.rest('POST', `/api/v1/packages/${created.body.id}/events`, { token, body: { event_id: `fac${i}`, occurred_at: new Date(Date.now() - 3_600_000).toISOString(), status, location: { facility_code: facility } } });
      expect(scan.status).toBe(201);
    }
    const listed = await app.rest('GET', '/api/v1/packages?facility=FAC-A&status=out_for_delivery', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.data.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect((await app.rest('GET', '/api/v1/packages?facility=FAC-A,FAC-B', { token })).body.total_count).toBe(3);
    expect((await app.rest('GET', '/api/v1/packages?facility=FAC-A&facility=FAC-B&status=OUT_FOR_DELIVERY', { token })).body.total_count).toBe(2);
    expect((await app.rest('GET', '/api/v1/packages/stats?facility=FAC-A', { token })).body.total).toBe(2);
    const exported = await app.rest('GET', '/api/v1/packages/export?format=ndjson&facility=FAC-B', { token });
    expect(exported.text.trim().split('\n').map((line) => (JSON.parse(line) as { tracking_number: string }).tracking_number)).toEqual(['FAC2']);
    // Another organization's packages at the same facility stay invisible.
    expect((await app.rest('GET', '/api/v1/packages?facility=FAC-A', { token: app.token(`org_rest_other_${backend}`) })).body.total_count).toBe(0);
    // The GraphQL filter's limit holds here too, as a 400.
    const tooMany = await app.rest('GET', `/api/v1/packages?facility=${Array.from({ length: 101 }, (_, i) => `F${i}`).join(',')}`, { token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/facility is limited to 100 codes/);
    const doc = await app.rest('GET', '/api/v1/openapi.json', { token: null });
    const names = (path: string) => (doc.body.paths[path].get.parameters as { name: string }[]).map((p) => p.name);
    for (const path of ['/packages', '/packages/stats', '/packages/export']) expect(names(path)).toContain('facility');
  });

  it('answers client mistakes with 4xx and a JSON error body', async () => {
    const cases: [string, string, { raw?: string; body?: unknown; token?: string | null }, number][] = [
      ['POST', '/api/v1/packages', { raw: '{"tracking_number": ' }, 400],
      ['POST', '/api/v1/packages', { body: [1, 2] }, 400],
      ['POST', '/api/v1/packages', { body: { tracking_number: 'X1', carrier: 5 } }, 400],
      ['POST', '/api/v1/packages', { body: { tracking_number: 'X2', carrier: 'DHL', service_level: 'TELEPORT' } }, 400],
      ['POST', '/api/v1/packages', { raw: JSON.stringify({ tracking_number: 'X3', carrier: 'DHL', metadata: { blob: 'x'.repeat(70_000) } }) }, 413],
      ['GET', '/api/v1/packages?limit=0', {}, 400],
      ['GET', '/api/v1/packages?limit=abc', {}, 400],
      ['GET', '/api/v1/packages?status=LOST', {}, 400],
      ['GET', '/api/v1/packages?created_from=yesterday', {}, 400],
      ['GET', '/api/v1/packages?cursor=%27%3B--', {}, 400],
      ['GET', '/api/v1/packages/not-a-uuid', {}, 404],
      ['GET', '/api/v1/nowhere', {}, 404],
      ['GET', '/api/v1/packages', { token: null }, 401],
      ['POST', '/api/v1/events', { body: {} }, 400],
      ['POST', '/api/v1/events', { body: [] }, 400],
    ];
    for (const [method, path, options, status] of cases) {
      const response = await app.rest(method, path, { token, ...options });
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(typeof response.body?.error?.code, `${method} ${path}: ${response.text}`).toBe('string');
      expect(typeof response.body?.error?.message).toBe('string');
    }
    await app.rest('POST', '/api/v1/packages', { token, body: { tracking_number: 'CONFLICT1', carrier: 'DHL' } });
    const conflict = await app.rest('POST', '/api/v1/packages', { token, body: { tracking_number: 'CONFLICT1', carrier: 'DHL' } });
    expect(conflict.status).toBe(409);
    const viewer = await app.rest('POST', '/api/v1/packages', { token: app.token(`org_rest_${backend}`, 'org:viewer'), body: { tracking_number: 'V1', carrier: 'DHL' } });
    expect(viewer.status).toBe(403);
    const tooMany = await app.rest('POST', '/api/v1/events', { token, body: Array.from({ length: 5001 }, (_, i) => ({ event_id: `t${i}`, tracking_number: 'BULK1', occurred_at: '2026-11-20T08:00:00Z', status: 'IN_TRANSIT' })) });
    expect(tooMany.status).toBe(413);
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const doc = await app.rest('GET', '/api/v1/openapi.json', { token: null });
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/packages', '/packages/{id}', '/events', '/packages/export']));
  });
});

describe('GraphQL hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('limits depth, aliases and cost; keeps CSRF prevention on', async () => {
    const deep = await app.gql(`{ packages { edges { node { events { package { events { package { events { package { events { package { events { id } } } } } } } } } } } } }`);
    expect(deep.status).toBe(400);
    const aliases = await app.gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: packageStats { total }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    const csrf = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ packageStats { total } }')}`, { headers: { authorization: 'Bearer cp_test_admin_xxxxxxxxxxxxxxxxxxxx' } });
    expect(csrf.status).toBe(400);
    const parse = await app.gql(`{ packages( `);
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const tokens = await app.gql(`{ ${'packageStats { total } '.repeat(1500)} }`);
    expect(tokens.status).toBe(400);
  });
});
