import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcess } from '../support/processes.js';
import { BACKENDS } from '../support/test-database.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';

/** Mistakes a new user makes on the first day: each is a 4xx with a code that says what to do, never a 500. */
describe.each(BACKENDS)('client mistakes on %s', (backend) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  const createdId = async (trackingNumber: string): Promise<string> => {
    const created = await app.rest('POST', '/api/v1/packages', { body: { tracking_number: trackingNumber, carrier: 'DHL' } });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };

  it('REST create with an unreadable date is a 400 naming promised_delivery_at and the format', async () => {
    const response = await app.rest('POST', '/api/v1/packages', { body: { tracking_number: 'CM-DATE', carrier: 'DHL', promised_delivery_at: 'next tuesday' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BAD_USER_INPUT');
    expect(response.body.error.message).toMatch(/^promised_delivery_at: .*ISO-8601.*2026-12-01T09:00:00Z.*"next tuesday"/);
    expect(response.body.error.details).toEqual({ field: 'promised_delivery_at' });
    const update = await app.rest('PUT', `/api/v1/packages/${await createdId('CM-DATE-PUT')}`, { body: { promised_delivery_at: 'soon' } });
    expect(update.status).toBe(400);
    expect(update.body.error.message).toMatch(/^promised_delivery_at: /);
  });

  it('GraphQL createPackage and updatePackage with promisedDeliveryAt "soon" are BAD_USER_INPUT naming the field and format', async () => {
    const create = await app.gql('mutation ($input: CreatePackageInput!) { createPackage(input: $input) { id } }', {
      input: { trackingNumber: 'CM-GQL', carrier: 'DHL', promisedDeliveryAt: 'soon' },
    });
    expect(create.status).toBe(400);
    expect(create.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(create.errors?.[0]?.message).toMatch(/promisedDeliveryAt.*ISO-8601/);
    const update = await app.gql('mutation ($id: ID!, $input: UpdatePackageInput!) { updatePackage(id: $id, input: $input) { id } }', {
      id: await createdId('CM-GQL-UPD'),
      input: { promisedDeliveryAt: 'soon' },
    });
    expect(update.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(update.errors?.[0]?.message).toMatch(/promisedDeliveryAt.*ISO-8601/);
    // Written inline, the same value fails validation with the same explanation.
    const inline = await app.gql('mutation { createPackage(input: { trackingNumber: "CM-INLINE", carrier: "DHL", promisedDeliveryAt: "soon" }) { id } }');
    expect(inline.status).toBe(400);
    expect(inline.errors?.[0]?.message).toMatch(/ISO-8601/);
    // A valid date still goes through.
    const valid = await app.gql('mutation ($input: CreatePackageInput!) { createPackage(input: $input) { promisedDeliveryAt } }', {
      input: { trackingNumber: 'CM-GQL-OK', carrier: 'DHL', promisedDeliveryAt: '2026-12-01T09:00:00+01:00' },
    });
    expect(valid.errors).toBeUndefined();
    expect(valid.data).toEqual({ createPackage: { promisedDeliveryAt: '2026-12-01T08:00:00.000Z' } });
  });

  it('REST validation messages name snake_case fields, not GraphQL variables', async () => {
    const missing = await app.rest('POST', '/api/v1/packages', { body: { carrier: 'DHL' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'tracking_number' } });
    expect(missing.body.error.message).toMatch(/^tracking_number is required/);
    const wrongType = await app.rest('POST', '/api/v1/packages', { body: { tracking_number: 5, carrier: 'DHL' } });
    expect(wrongType.body.error.message).toMatch(/^tracking_number: /);
    const nested = await app.rest('POST', '/api/v1/packages', { body: { tracking_number: 'CM-NEST', carrier: 'DHL', destination: { facility_code: 7 } } });
    expect(nested.body.error.message).toMatch(/^destination\.facility_code: /);
    const service = await app.rest('POST', '/api/v1/packages', { body: { tracking_number: 'CM-SVC', carrier: 'DHL', destination: { lat: 1 } } });
    expect(service.status).toBe(400);
    for (const error of [missing, wrongType, nested, service].map((r) => r.body.error)) {
      expect(error.message).not.toMatch(/\$input|trackingNumber|facilityCode|Variable "/);
    }
  });

  it('an unsupported method on a known REST path is 405 with Allow and a JSON error', async () => {
    const id = await createdId('CM-PATCH');
    const patch = await fetch(`${app.url}/api/v1/packages/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: 'x' }),
    });
    expect(patch.status).toBe(405);
    expect(patch.headers.get('allow')).toBe('GET, PUT, DELETE, HEAD');
    expect(await patch.json()).toEqual({ error: { code: 'METHOD_NOT_ALLOWED', message: expect.stringMatching(/PATCH .*use GET, PUT, DELETE/) } });
    const postStats = await app.rest('POST', '/api/v1/packages/stats', { body: {} });
    expect(postStats.status).toBe(405);
    expect(postStats.body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect((await app.rest('PATCH', '/api/v1/nothing-here')).status).toBe(404);
  });

  it('CSV export writes dates as ISO-8601, like NDJSON', async () => {
    await app.rest('POST', '/api/v1/packages', { body: { tracking_number: 'CM-CSV', carrier: 'CSVCARRIER', promised_delivery_at: '2026-12-01T09:00:00Z' } });
    const csv = await app.rest('GET', '/api/v1/packages/export?format=csv&carrier=CSVCARRIER');
    const [header, row] = csv.text.trim().split('\n').map((line) => line.split(','));
    const column = (name: string) => row![header!.indexOf(name)];
    expect(column('promised_delivery_at')).toBe('2026-12-01T09:00:00.000Z');
    expect(column('created_at')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const ndjson = await app.rest('GET', '/api/v1/packages/export?format=ndjson&carrier=CSVCARRIER');
    const line = JSON.parse(ndjson.text.trim()) as Record<string, string>;
    expect([column('promised_delivery_at'), column('created_at'), column('updated_at')]).toEqual([line.promised_delivery_at, line.created_at, line.updated_at]);
  });
});

describe('GraphQL requests the gateway cannot run as sent', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  });
  afterAll(() => app?.close());

  const post = async (body: object) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
  };

  it('an operationName the document does not contain is a 400 that says what to send', async () => {
    const stale = await post({ query: 'query Current { packageStats { total } }', operationName: 'Previous' });
    expect(stale.status).toBe(400);
    expect(stale.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(stale.errors?.[0]?.message).toMatch(/"Previous" matches no operation.*"Current"/);
    const ambiguous = await post({ query: 'query A { packageStats { total } } query B { packageStats { total } }' });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(ambiguous.errors?.[0]?.message).toMatch(/send operationName/);
    expect((await post({ query: 'query A { packageStats { total } } query B { __typename }', operationName: 'B' })).status).toBe(200);
  });

  it('a subscription over HTTP POST is a 400 pointing to graphql-ws on the same URL', async () => {
    const response = await post({ query: 'subscription { dashboardMetrics { __typename } }' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('SUBSCRIPTION_REQUIRES_WEBSOCKET');
    expect(response.errors?.[0]?.message).toMatch(/graphql-ws/);
  });

  it('over-limit queries get their own code and advice, not a "Syntax Error"', async () => {
    const lists = Array.from({ length: 15 }, (_, i) => `p${i}: packages(first: 100) { edges { node { id events { id } } } }`).join(' ');
    const cases = [
      ['QUERY_TOO_COMPLEX', `{ ${lists} }`],
      ['QUERY_TOO_DEEP', '{ packages { edges { node { events { package { events { package { events { package { events { package { events { id } } } } } } } } } } } } }'],
      ['TOO_MANY_ALIASES', `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: packageStats { total }`).join(' ')} }`],
      ['TOO_MANY_TOKENS', `{ ${'packageStats { total } '.repeat(1500)} }`],
    ] as const;
    for (const [code, query] of cases) {
      const response = await post({ query });
      expect(response.status, code).toBe(400);
      expect(response.errors?.[0]?.extensions?.code, query.slice(0, 60)).toBe(code);
      expect(response.errors?.[0]?.message).not.toMatch(/Syntax Error/);
      expect(response.errors?.[0]?.message).toMatch(/limit of \d+|more than \d+ tokens/);
    }
  });
});

describe('a port already in use', () => {
  const ROOT = resolve(import.meta.dirname, '..', '..');
  const MAINS = ['gateway/src/main.ts', 'subgraphs/packages/src/main.ts', 'subgraphs/investigations/src/main.ts', 'subgraphs/realtime/src/main.ts'];
  let held: Server;
  let port = 0;

  beforeAll(async () => {
    held = createServer();
    await new Promise<void>((done) => held.listen(0, done)); // all interfaces, as the services bind
    port = (held.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => held.close(() => done())));

  it.each(MAINS)('%s says so in one line and exits non-zero', async (main) => {
    const proc = startProcess(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, main)], {
      PORT: String(port),
      LOG_LEVEL: 'silent',
      DATABASE_URL: '',
      REDIS_URL: '',
      CLEARPATH_DATA_DIR: 'memory://',
      CLEARPATH_API_KEY: ADMIN_KEY,
      CLEARPATH_DEMO: 'false',
    });
    const [code] = (await once(proc.child, 'exit')) as [number | null];
    expect(code, proc.output()).not.toBe(0);
    expect(proc.output().trim()).toBe(`PORT ${port} is already in use: stop the other process or set PORT`);
  }, 120_000);
});

describe('npm ci on the Node version the README names', () => {
  it('prints no EBADENGINE warning', async () => {
    const root = resolve(import.meta.dirname, '..', '..');
    const named = /Node\.js (\d+)\.(\d+)\+/.exec(readFileSync(join(root, 'README.md'), 'utf8'));
    const [major, minor] = process.versions.node.split('.').map(Number);
    // npm checks engines against the running Node: this proves something only on the named release line.
    expect(named, 'README names a Node version').not.toBeNull();
    expect(major).toBe(Number(named![1]));
    expect(minor).toBeGreaterThanOrEqual(Number(named![2]));
    // A dry run resolves the lockfile like a fresh `npm ci` without touching the shared node_modules.
    const copy = mkdtempSync(join(tmpdir(), 'clearpath-ci-'));
    try {
      // The root and every workspace manifest: the lockfile lists the workspaces under their paths.
      const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
      const workspaces = Object.keys(lock.packages).filter((path) => path && !path.includes('node_modules'));
      const manifests = ['package.json', 'package-lock.json', ...workspaces.map((path) => `${path}/package.json`)];
      for (const file of manifests) {
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        copyFileSync(join(root, file), join(copy, file));
      }
      const { stdout, stderr } = await promisify(execFile)('npm', ['ci', '--dry-run', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: copy });
      expect(`${stdout}${stderr}`).not.toContain('EBADENGINE');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
