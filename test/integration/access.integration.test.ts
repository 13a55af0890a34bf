import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEY_CACHE_MS } from '@clearpath/core';
import { loadGatewayEnv, startGateway, type RunningGateway } from '@clearpath/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS, createPostgresDatabase, type Backend } from '../support/test-database.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';

/** Access an admin can manage: configured and created API keys, personal workspaces, the route solver, CORS. */

const ALLOWED = 'https://console.example.test';
const KEY_FIELDS = 'id name role prefix createdAt lastUsedAt expiresAt revokedAt bootstrap';
const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ${KEY_FIELDS} } } }`;
const LIST = `query($all: Boolean) { apiKeys(includeRevoked: $all) { ${KEY_FIELDS} } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { ${KEY_FIELDS} } }`;
const PLAN = `mutation($input: DeliveryRoutesInput!) { planDeliveryRoutes(input: $input) { vehicles } }`;

interface ApiKey {
  id: string;
  name: string;
  role: string;
  prefix: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  bootstrap: boolean;
}

/** A database a gateway can be restarted on, or shared by two: PGlite in a directory, or PostgreSQL. */
async function openStore(backend: Backend): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (backend === 'postgres') {
    const database = await createPostgresDatabase();
    return { env: { DATABASE_URL: database.url }, drop: database.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'clearpath-access-'));
  return { env: { DATABASE_URL: '', CLEARPATH_DATA_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

function startOn(store: { env: Record<string, string> }, key: string): Promise<RunningGateway> {
  return startGateway(loadGatewayEnv({ PORT: '0', LOG_LEVEL: 'silent', CLEARPATH_DEMO: 'false', REDIS_URL: '', ...store.env, CLEARPATH_API_KEY: key }));
}

/** Status of an authenticated REST read on a gateway. */
async function statusWith(url: string, key: string): Promise<number> {
  return (await fetch(`${url}/api/v1/packages?limit=1`, { headers: { authorization: `Bearer ${key}` } })).status;
}

async function gqlOn<T>(url: string, key: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

const planInput = (timeLimitSeconds: number) => ({
  depot: { lat: 52.52, lon: 13.4 },
  startAt: '2026-12-01T08:00:00Z',
  stops: Array.from({ length: 12 }, (_, i) => ({ id: `S${i}`, lat: 52.52 + 0.02 * Math.cos(i), lon: 13.4 + 0.03 * Math.sin(i), demand: 1, serviceMinutes: 5 })),
  fleet: { count: 4, capacity: 8, speedKmh: 25 },
  timeLimitSeconds,
});

describe.each(BACKENDS)('access an admin can manage on %s', (backend) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(backend, { CLEARPATH_ROUTING_WORKERS: '1', CLEARPATH_ROUTING_QUEUE: '1', CLEARPATH_CORS_ORIGINS: `${ALLOWED}, https://ops.example.test` });
  });
  afterAll(() => app?.close());

  it('refuses to start with a CLEARPATH_API_KEY that requests would refuse, naming the variable', () => {
    for (const key of ['too-short-key', 'x'.repeat(30) + ' space', `${'a'.repeat(10)}.${'b'.repeat(10)}.${'c'.repeat(10)}`]) {
      expect(() => loadGatewayEnv({ CLEARPATH_API_KEY: key })).toThrow(/CLEARPATH_API_KEY/);
    }
    expect(loadGatewayEnv({ CLEARPATH_API_KEY: 'my-own-admin-key-24chars' }).CLEARPATH_API_KEY).toBe('my-own-admin-key-24chars');
  });

  it('accepts any configured key of 24+ characters and revokes the previous bootstrap key when it changes', async () => {
    const store = await openStore(backend);
    const first = 'my-own-admin-key-24chars';
    const second = 'rotated_admin_key_0123456789';
    try {
      let gateway = await startOn(store, first);
      expect(await statusWith(gateway.url, first)).toBe(200);
      await gateway.stop();

      gateway = await startOn(store, second);
      expect(await statusWith(gateway.url, second)).toBe(200);
      expect(await statusWith(gateway.url, first)).toBe(401);
      const keys = await gqlOn<{ apiKeys: ApiKey[] }>(gateway.url, second, LIST, { all: true });
      const bootstrap = keys.data!.apiKeys.filter((k) => k.bootstrap);
      expect(bootstrap.map((k) => [k.prefix, k.revokedAt === null])).toEqual([
        [second.slice(0, 8), true],
        [first.slice(0, 8), false],
      ]);
      await gateway.stop();

      // Going back to the revoked value is refused at startup, not accepted and then refused on every request.
      await expect(startOn(store, first)).rejects.toThrow(/CLEARPATH_API_KEY was revoked/);
    } finally {
      await store.drop();
    }
  }, 120_000); // three starts on a PGlite directory (each one migrates and opens it) take a while on a busy machine

  it('creates, lists and revokes keys through GraphQL; the secret is shown once', async () => {
    const created = await app.gql<{ createApiKey: { key: string; apiKey: ApiKey } }>(CREATE, { input: { name: 'ci uploader', role: 'OPERATOR', expiresAt: '2099-01-01T00:00:00Z' } });
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data!.createApiKey;
    expect(apiKey).toMatchObject({ name: 'ci uploader', role: 'OPERATOR', prefix: key.slice(0, 8), revokedAt: null, lastUsedAt: null, bootstrap: false });
    expect(await statusWith(app.url, key)).toBe(200);

    const listed = await app.gql<{ apiKeys: (ApiKey & { expiresAt: string })[] }>(LIST);
    const row = listed.data!.apiKeys.find((k) => k.id === apiKey.id)!;
    expect(row.expiresAt).toBe('2099-01-01T00:00:00.000Z');
    expect(JSON.stringify(listed)).not.toContain(key);

    const revoked = await app.gql<{ revokeApiKey: ApiKey }>(REVOKE, { id: apiKey.id });
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    await until(async () => (await statusWith(app.url, key)) === 401, API_KEY_CACHE_MS + 2000);
    expect((await app.gql<{ apiKeys: ApiKey[] }>(LIST)).data!.apiKeys.some((k) => k.id === apiKey.id)).toBe(false);

    const bad = [
      await app.gql(CREATE, { input: { name: '  ', role: 'VIEWER' } }),
      await app.gql(CREATE, { input: { name: 'late', role: 'VIEWER', expiresAt: '2020-01-01T00:00:00Z' } }),
      await app.gql(CREATE, { input: { name: 'nul\u0000', role: 'VIEWER' } }),
      await app.gql(REVOKE, { id: 'not-a-uuid' }),
    ];
    expect(bad.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'NOT_FOUND']);
  });

  it('creates, lists and revokes keys through REST, snake_case and described in the OpenAPI document', async () => {
    const created = await app.rest('POST', '/api/v1/api-keys', { body: { name: 'rest viewer', role: 'viewer', expires_at: null } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'rest viewer', role: 'VIEWER', revoked_at: null, last_used_at: null, expires_at: null });
    expect(created.body.key).toMatch(/^cp_/);
    const viewer = created.body.key as string;
    expect((await app.rest('GET', '/api/v1/packages', { token: viewer })).status).toBe(200);
    expect((await app.rest('POST', '/api/v1/packages', { token: viewer, body: { tracking_number: 'NOPE', carrier: 'DHL' } })).status).toBe(403);

    const list = await app.rest('GET', '/api/v1/api-keys');
    expect(list.status).toBe(200);
    expect(list.body.data.find((k: { id: string }) => k.id === created.body.id)).toMatchObject({ name: 'rest viewer', prefix: viewer.slice(0, 8), created_at: expect.any(String) });

    const revoked = await app.rest('DELETE', `/api/v1/api-keys/${created.body.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked_at).toEqual(expect.any(String));
    await until(async () => (await statusWith(app.url, viewer)) === 401, API_KEY_CACHE_MS + 2000);
    const all = await app.rest('GET', '/api/v1/api-keys?include_revoked=true');
    expect(all.body.data.find((k: { id: string }) => k.id === created.body.id).revoked_at).toEqual(expect.any(String));

    expect((await app.rest('POST', '/api/v1/api-keys', { body: { name: 'x', role: 'root' } })).body.error).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^role/) });
    expect((await app.rest('POST', '/api/v1/api-keys', { body: { name: 'x', role: 'admin', expires_at: 'soon' } })).body.error.message).toMatch(/^expires_at/);
    expect((await app.rest('DELETE', '/api/v1/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const openapi = await app.rest('GET', '/api/v1/openapi.json', { token: null });
    expect(Object.keys(openapi.body.paths['/api-keys'])).toEqual(['get', 'post']);
    expect(Object.keys(openapi.body.paths['/api-keys/{id}'])).toEqual(['delete']);
  });

  it('leaves key management to admins, each within its own organization', async () => {
    const operator = app.token('org_other', 'org:member');
    expect((await app.gql(LIST, {}, operator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(CREATE, { input: { name: 'x', role: 'ADMIN' } }, operator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.rest('GET', '/api/v1/api-keys', { token: operator })).status).toBe(403);

    const otherAdmin = app.token('org_other', 'org:admin');
    const theirs = await app.gql<{ createApiKey: { apiKey: ApiKey } }>(CREATE, { input: { name: 'other org key', role: 'ADMIN' } }, otherAdmin);
    expect(theirs.errors).toBeUndefined();
    const visible = await app.gql<{ apiKeys: ApiKey[] }>(LIST, { all: true }, otherAdmin);
    expect(visible.data!.apiKeys.map((k) => k.name)).toEqual(['other org key']);
    const defaultKeys = await app.gql<{ apiKeys: ApiKey[] }>(LIST, { all: true });
    expect(defaultKeys.data!.apiKeys.some((k) => k.name === 'other org key')).toBe(false);
    const bootstrapId = defaultKeys.data!.apiKeys.find((k) => k.bootstrap)!.id;
    expect((await app.gql(REVOKE, { id: bootstrapId }, otherAdmin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await statusWith(app.url, ADMIN_KEY)).toBe(200);
  });

  it('records when a key was last used, without a write per request', async () => {
    const { key, apiKey } = (await app.gql<{ createApiKey: { key: string; apiKey: ApiKey } }>(CREATE, { input: { name: 'last used', role: 'VIEWER' } })).data!.createApiKey;
    const lastUsed = async () => (await app.gql<{ apiKeys: ApiKey[] }>(LIST)).data!.apiKeys.find((k) => k.id === apiKey.id)!.lastUsedAt;
    expect(await statusWith(app.url, key)).toBe(200);
    await until(async () => (await lastUsed()) !== null, 3000);
    const first = await lastUsed();
    // Past the lookup cache the key is read again, but a use within the last minute is not written again.
    await new Promise((r) => setTimeout(r, API_KEY_CACHE_MS + 200));
    for (let i = 0; i < 3; i++) expect(await statusWith(app.url, key)).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(await lastUsed()).toBe(first);
  });

  it.runIf(backend === 'postgres')('refuses a revoked key on another replica of the same database within seconds', async () => {
    const store = await openStore(backend);
    const one = await startOn(store, ADMIN_KEY);
    const two = await startOn(store, ADMIN_KEY);
    try {
      const { key, apiKey } = (await gqlOn<{ createApiKey: { key: string; apiKey: ApiKey } }>(one.url, ADMIN_KEY, CREATE, { input: { name: 'replicated', role: 'OPERATOR' } })).data!.createApiKey;
      expect(await statusWith(two.url, key)).toBe(200); // replica two now holds the key in its cache
      expect((await gqlOn(one.url, ADMIN_KEY, REVOKE, { id: apiKey.id })).errors).toBeUndefined();
      const elapsed = await until(async () => (await statusWith(two.url, key)) === 401, API_KEY_CACHE_MS + 2000);
      expect(elapsed).toBeLessThanOrEqual(API_KEY_CACHE_MS + 2000);
    } finally {
      await two.stop();
      await one.stop();
      await store.drop();
    }
  }, 60_000);

  it('gives a Clerk session without an organization a personal workspace, isolated from others', async () => {
    const alice = app.issuer.mint({ sub: 'user_alice' });
    const bob = app.issuer.mint({ sub: 'user_bob' });
    const pkg = await createPackage(app, alice, { reference: 'alice-personal' });
    const own = await app.gql<{ package: { id: string } | null }>(`query($id: ID!) { package(id: $id) { id } }`, { id: pkg.id }, alice);
    expect(own.data?.package?.id).toBe(pkg.id);
    expect((await app.gql(`query($id: ID!) { package(id: $id) { id } }`, { id: pkg.id }, bob)).data).toEqual({ package: null });
    expect((await app.gql(`query($id: ID!) { package(id: $id) { id } }`, { id: pkg.id })).data).toEqual({ package: null });
    // The account is the admin of its own workspace: it can manage that workspace's keys.
    const created = await app.gql<{ createApiKey: { key: string } }>(CREATE, { input: { name: 'alice script', role: 'OPERATOR' } }, alice);
    expect(created.errors).toBeUndefined();
    const viaKey = await gqlOn<{ package: { id: string } | null }>(app.url, created.data!.createApiKey.key, `query($id: ID!) { package(id: $id) { id } }`, { id: pkg.id });
    expect(viaKey.data?.package?.id).toBe(pkg.id);
  });

  it('requires the operator role for planDeliveryRoutes', async () => {
    const viewer = await app.gql(PLAN, { input: planInput(0.2) }, app.token('org_routes', 'org:viewer'));
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const operator = await app.gql<{ planDeliveryRoutes: { vehicles: number } }>(PLAN, { input: planInput(0.2) }, app.token('org_routes', 'org:member'));
    expect(operator.errors).toBeUndefined();
    expect(operator.data!.planDeliveryRoutes.vehicles).toBeGreaterThan(0);
  });

  it('answers "busy, retry" when every solver is busy and the queue is full (1 worker, queue 1)', async () => {
    const operator = app.token('org_routes', 'org:member');
    const results = await Promise.all([1, 2, 3].map(() => app.gql(PLAN, { input: planInput(2) }, operator)));
    const busy = results.filter((r) => r.errors?.[0]?.extensions?.code === 'SERVICE_BUSY');
    expect(busy).toHaveLength(1);
    expect(busy[0]!.errors![0]!.extensions).toMatchObject({ retryAfterSeconds: 2 });
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(2);

    const rest = await Promise.all([1, 2, 3].map(() => fetch(`${app.url}/api/v1/delivery-routes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${operator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ depot: { lat: 52.52, lon: 13.4 }, start_at: '2026-12-01T08:00:00Z', stops: planInput(2).stops.map((s) => ({ ...s, service_minutes: 5 })), fleet: { count: 4, capacity: 8, speed_kmh: 25 }, time_limit_seconds: 2 }),
    })));
    const refused = rest.filter((r) => r.status === 503);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.headers.get('retry-after')).toBe('2');
    expect(((await refused[0]!.json()) as { error: { code: string } }).error.code).toBe('SERVICE_BUSY');
    expect(rest.filter((r) => r.status === 200)).toHaveLength(2);
  });

  it('answers CORS preflights without auth and allows credentials only for allow-listed origins', async () => {
    for (const path of ['/graphql', '/api/v1/packages']) {
      const preflight = await fetch(`${app.url}${path}`, {
        method: 'OPTIONS',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    }
    const allowed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://ops.example.test', 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify({ query: '{ packageStats { total } }' }),
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://ops.example.test');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');

    const foreignPreflight = await fetch(`${app.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    const foreign = await fetch(`${app.url}/api/v1/packages`, { headers: { origin: 'https://evil.example', authorization: `Bearer ${ADMIN_KEY}` } });
    for (const response of [foreignPreflight, foreign]) {
      expect(response.status).toBeLessThan(500);
      expect([...response.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(() => loadGatewayEnv({ CLEARPATH_CORS_ORIGINS: 'console.example.test' })).toThrow(/CLEARPATH_CORS_ORIGINS/);
  });
});
