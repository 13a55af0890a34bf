import { existsSync } from 'node:fs';
import { connect as http2Connect } from 'node:http2';
import { join, resolve } from 'node:path';
import { Agent, fetch, type RequestInit } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestDns, type TestDns } from '../support/dns-server.js';
import { startNginxEdge, type NginxEdge } from '../support/nginx-edge.js';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { createPostgresDatabase } from '../support/test-database.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KEY = 'cp_split_test_admin_key_0123456789';
const ORIGIN = 'https://app.example.com';
const GATEWAY_NAME = 'gateway.clearpath.test';
const GATEWAY_HOSTS = ['127.0.0.2', '127.0.0.3'];
const dist = (path: string) => join(ROOT, path);
const ENTRIES = {
  packages: 'subgraphs/packages/dist/main.js',
  investigations: 'subgraphs/investigations/dist/main.js',
  realtime: 'subgraphs/realtime/dist/main.js',
  gateway: 'gateway/dist/main.js',
};

/**
 * The split deployment of docker-compose.yml as plain processes: three subgraph processes, two gateway
 * replicas and the repository's nginx.conf (real nginx, rendered by the container's renderer) in front
 * over HTTPS, sharing PostgreSQL and Redis. A test DNS server plays Docker's: the gateway name resolves to
 * both replicas, which listen on one port on two loopback addresses, as containers would.
 */
describe('split deployment behind nginx', () => {
  const procs: Proc[] = [];
  let base = '';
  let edge: NginxEdge;
  let dns: TestDns;
  let subgraphPorts = { packages: 0, investigations: 0, realtime: 0 };
  let dropDatabase: () => Promise<void> = async () => {};
  const agents: Agent[] = [];

  /**
   * A client of its own: a distinct loopback address is a distinct client for nginx's rate limits. Burst
   * clients use HTTP/1.1 with a connection per request, so a burst reaches nginx at once instead of at the
   * pace the gateway answers (HTTP/2 would cap it at the streams in flight on one connection).
   */
  const client = (localAddress = '127.0.0.1', burst = false) => {
    // undici reads the source address from the client options; under `connect` it is silently ignored.
    const agent = new Agent({ localAddress, connect: { ca: edge.certificate }, allowH2: !burst });
    agents.push(agent);
    return (path: string, init: RequestInit = {}) => fetch(`${base}${path}`, { ...init, dispatcher: agent });
  };
  let request: ReturnType<typeof client>;

  beforeAll(async () => {
    for (const entry of Object.values(ENTRIES)) {
      if (!existsSync(dist(entry))) throw new Error(`${entry} is missing: run npm run build first`);
    }
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url, REDIS_URL: 'redis://127.0.0.1:6379', CLEARPATH_API_KEY: KEY, LOG_LEVEL: 'warn', CLEARPATH_DEMO: 'false', CLEARPATH_CORS_ORIGINS: ORIGIN };
    const ports = { packages: await freePort(), investigations: await freePort(), realtime: await freePort() };
    subgraphPorts = ports;
    // The packages subgraph migrates first; the others then find the schema in place.
    for (const name of ['packages', 'investigations', 'realtime'] as const) {
      const proc = startProcess(process.execPath, [dist(ENTRIES[name])], { ...env, PORT: String(ports[name]) });
      procs.push(proc);
      await waitForHttp(`http://127.0.0.1:${ports[name]}/health`, proc);
    }
    const gatewayPort = await freePort();
    for (const host of GATEWAY_HOSTS) {
      const proc = startProcess(process.execPath, [dist(ENTRIES.gateway)], {
        ...env,
        HOST: host,
        PORT: String(gatewayPort),
        SUBGRAPH_PACKAGES_URL: `http://127.0.0.1:${ports.packages}/graphql`,
        SUBGRAPH_INVESTIGATIONS_URL: `http://127.0.0.1:${ports.investigations}/graphql`,
        SUBGRAPH_REALTIME_URL: `http://127.0.0.1:${ports.realtime}/graphql`,
      });
      procs.push(proc);
      await waitForHttp(`http://${host}:${gatewayPort}/health`, proc);
    }
    dns = await startTestDns();
    dns.set(GATEWAY_NAME, GATEWAY_HOSTS);
    edge = await startNginxEdge({ upstream: `${GATEWAY_NAME}:${gatewayPort}`, resolver: dns.address, corsOrigins: ORIGIN });
    procs.push(edge.proc);
    base = `https://127.0.0.1:${edge.httpsPort}`;
    request = client();
    for (let i = 0; ; i++) {
      const up = await request('/health').then((r) => r.ok, () => false);
      if (up) break;
      if (i > 100 || edge.proc.child.exitCode !== null) throw new Error(`nginx did not come up:\n${edge.proc.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await Promise.all(procs.reverse().map((p) => p.stop()));
    await dns?.close();
    await dropDatabase();
  });

  const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  it('reports every subgraph healthy through nginx', async () => {
    const health = (await (await request('/health')).json()) as { status: string; subgraphs: Record<string, { status: string }> };
    expect(health.status).toBe('ok');
    expect(Object.values(health.subgraphs).map((s) => s.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('serves REST and a query spanning subgraphs, with auth enforced on each subgraph', { timeout: 60_000 }, async () => {
    const created = await request('/api/v1/packages', { method: 'POST', headers: auth, body: JSON.stringify({ tracking_number: 'SPLIT1', carrier: 'DHL', destination: { lat: 48.1, lon: 11.6 } }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const events = await request('/api/v1/events', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify([{ event_id: 'split-1', tracking_number: 'SPLIT1', status: 'EXCEPTION', carrier_code: 'DAMAGED', occurred_at: new Date(Date.now() - 3600_000).toISOString(), location: { lat: 52.5, lon: 13.4 } }]),
    });
    expect(events.status).toBe(201);
    let anomalies: { type: string }[] = [];
    for (let i = 0; i < 40 && anomalies.length === 0; i++) {
      const response = await request('/graphql', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ query: `query($id: ID!) { package(id: $id) { status events { eventId } eta { basis } anomalies { type } } }`, variables: { id } }),
      });
      const body = (await response.json()) as { data: { package: { status: string; anomalies: { type: string }[] } } };
      expect(body.data.package.status).toBe('EXCEPTION');
      anomalies = body.data.package.anomalies;
      if (anomalies.length === 0) await new Promise((r) => setTimeout(r, 500));
    }
    expect(anomalies.map((a) => a.type), procs.map((p, i) => `--- process ${i}: ${p.child.spawnargs.slice(-1).join(' ')}\n${p.output()}`).join('\n')).toContain('CARRIER_EXCEPTION');
    // Subgraphs authenticate on their own: reaching one directly without credentials is refused.
    const direct = await fetch(`http://127.0.0.1:${subgraphPorts.packages}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ packages { totalCount } }' }) });
    expect(direct.status).toBe(401);
    const unauthenticated = await request('/api/v1/packages');
    expect(unauthenticated.status).toBe(401);
  });

  it('speaks HTTP/2 over TLS with HSTS and the security headers; plain HTTP redirects to HTTPS', async () => {
    const session = http2Connect(base, { ca: edge.certificate });
    const status = await new Promise<number>((done, fail) => {
      const stream = session.request({ ':path': '/health' });
      stream.on('response', (headers) => done(Number(headers[':status']))).on('error', fail);
      stream.resume();
    });
    session.close();
    expect(status).toBe(200);

    const response = await request('/api/v1/packages', { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('server')).toBe('nginx');

    const plain = await fetch(`http://127.0.0.1:${edge.httpPort}/graphql?x=1`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe(`https://127.0.0.1:${edge.httpsPort}/graphql?x=1`);
  });

  it('answers CORS preflights at the edge without credentials, for allowed origins only', async () => {
    const preflight = (origin: string) =>
      request('/graphql', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const allowed = await preflight(ORIGIN);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const refused = await preflight('https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    // A proxied answer carries the header once (the gateway's own is replaced, not doubled).
    const read = await request('/api/v1/packages', { headers: { ...auth, origin: ORIGIN } });
    expect(read.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(read.headers.get('access-control-expose-headers')).toBe('Retry-After, Allow');
  });

  it('keeps /metrics off the public edge', async () => {
    const response = await request('/metrics', { headers: auth });
    expect(response.status).toBe(404);
  });

  it('rate-limits a client bursting reads with 429 JSON while another client is served', { timeout: 30_000 }, async () => {
    const noisy = client('127.0.0.4', true);
    const quiet = client('127.0.0.5');
    const burst = await Promise.all(Array.from({ length: 300 }, () => noisy('/api/v1/packages').then(async (r) => ({ status: r.status, retry: r.headers.get('retry-after'), body: await r.text(), cors: r.headers.get('access-control-allow-origin') }))));
    const limited = burst.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(JSON.parse(limited[0]!.body)).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringContaining('Too many requests') } });
    expect(limited[0]!.retry).toBe('1');
    expect(burst.filter((r) => r.status === 401).length).toBeGreaterThanOrEqual(100);
    const other = await quiet('/api/v1/packages', { headers: auth });
    expect(other.status).toBe(200);
  });

  it('limits ingest writes more strictly than reads', { timeout: 30_000 }, async () => {
    const writer = client('127.0.0.6', true);
    const reader = client('127.0.0.7');
    const [writes, reads] = await Promise.all([
      Promise.all(Array.from({ length: 90 }, () => writer('/api/v1/events', { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' } }).then((r) => r.status))),
      Promise.all(Array.from({ length: 90 }, () => reader('/api/v1/packages').then((r) => r.status))),
    ]);
    expect(writes.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(reads.filter((s) => s === 429)).toEqual([]);
  });

  it('limits WebSocket upgrades separately: a reconnect storm does not lock the client out of HTTP', { timeout: 30_000 }, async () => {
    const storm = await Promise.all(
      Array.from({ length: 60 }, () =>
        new Promise<number>((done) => {
          const socket = new WebSocket(`wss://127.0.0.1:${edge.httpsPort}/ws/connect?token=${KEY}`, { ca: edge.certificate, localAddress: '127.0.0.8' });
          socket.on('open', () => {
            socket.close();
            done(101);
          });
          socket.on('unexpected-response', (_req, res) => {
            done(res.statusCode ?? 0);
            socket.terminate();
          });
          socket.on('error', () => done(0));
        }),
      ),
    );
    expect(storm.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(storm.filter((s) => s === 101).length).toBeGreaterThan(0);
    const http = await client('127.0.0.8')('/api/v1/packages', { headers: auth });
    expect(http.status).toBe(200);
  });

  it('follows the gateway name as DNS changes, without a reload', { timeout: 30_000 }, async () => {
    const poll = async (want: number) => {
      for (let i = 0; i < 100; i++) {
        const response = await request('/health');
        if (response.status === want) return response;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`/health never answered ${want}`);
    };
    dns.set(GATEWAY_NAME, ['127.0.0.9']); // nothing listens there
    const gone = await poll(503);
    expect(await gone.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
    dns.set(GATEWAY_NAME, GATEWAY_HOSTS);
    await poll(200);
  });
});
