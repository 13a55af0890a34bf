import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { startThrowawayPostgres, startThrowawayRedis, type Restartable } from '../support/throwaway-services.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KEY = 'cp_health_test_admin_key_0123456789';
const GATEWAY = join(ROOT, 'gateway/dist/main.js');
const PACKAGES = join(ROOT, 'subgraphs/packages/dist/main.js');

interface Ready {
  status: string;
  checks: Record<string, { ok: boolean; error?: string }>;
}

/**
 * Liveness, readiness and shutdown of real processes against a PostgreSQL cluster and a Redis server of
 * this test's own, which it stops and starts again (the shared servers are never touched).
 */
describe('health probes and graceful shutdown', () => {
  let postgres: Restartable;
  let redis: Restartable;
  const procs: Proc[] = [];
  const urls = { gateway: '', packages: '' };
  const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

  const startGateway = async () => {
    const port = await freePort();
    const proc = startProcess(process.execPath, [GATEWAY], { DATABASE_URL: postgres.url, REDIS_URL: redis.url, CLEARPATH_API_KEY: KEY, CLEARPATH_DEMO: 'false', LOG_LEVEL: 'warn', PORT: String(port), CLEARPATH_SHUTDOWN_SECONDS: '6' });
    procs.push(proc);
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, proc);
    return { proc, url: `http://127.0.0.1:${port}` };
  };

  const ready = async (url: string) => {
    const response = await fetch(`${url}/health/ready`);
    return { status: response.status, body: (await response.json()) as Ready };
  };
  /** Polls readiness until it answers `want` (the services notice on their own; nothing is restarted). */
  const readyBecomes = async (url: string, want: number) => {
    for (let i = 0; i < 150; i++) {
      const answer = await ready(url).catch(() => undefined);
      if (answer?.status === want) return answer.body;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${url}/health/ready never answered ${want}`);
  };

  beforeAll(async () => {
    for (const file of [GATEWAY, PACKAGES]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
    [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
    urls.gateway = (await startGateway()).url;
    const port = await freePort();
    const packages = startProcess(process.execPath, [PACKAGES], { DATABASE_URL: postgres.url, REDIS_URL: redis.url, CLEARPATH_API_KEY: KEY, LOG_LEVEL: 'warn', PORT: String(port) });
    procs.push(packages);
    urls.packages = `http://127.0.0.1:${port}`;
    await waitForHttp(`${urls.packages}/health/ready`, packages);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await Promise.all([postgres?.remove(), redis?.remove()]);
  });

  it('answers live and ready on the gateway and on a subgraph, naming each check', async () => {
    for (const url of Object.values(urls)) {
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
      const { status, body } = await ready(url);
      expect(status).toBe(200);
      expect(body.checks).toEqual({ postgres: { ok: true }, migrations: { ok: true }, redis: { ok: true }, shutdown: { ok: true } });
      expect((await fetch(`${url}/health`)).status).toBe(200);
    }
  });

  it('turns readiness and /health red while Redis is down and green again by itself', { timeout: 60_000 }, async () => {
    await redis.stop();
    for (const url of Object.values(urls)) {
      const body = await readyBecomes(url, 503);
      expect(body.checks.redis?.ok).toBe(false);
      expect(body.checks.postgres?.ok).toBe(true);
      expect((await fetch(`${url}/health`)).status).toBe(503);
      expect((await fetch(`${url}/health/live`)).status).toBe(200);
    }
    await redis.start();
    for (const url of Object.values(urls)) await readyBecomes(url, 200);
  });

  it('answers writes with 503 SERVICE_UNAVAILABLE while PostgreSQL is down, and recovers by itself', { timeout: 90_000 }, async () => {
    await postgres.stop();
    try {
      for (const url of Object.values(urls)) {
        const body = await readyBecomes(url, 503);
        expect(body.checks.postgres?.ok).toBe(false);
      }
      const rest = await fetch(`${urls.gateway}/api/v1/packages`, { method: 'POST', headers: auth, body: JSON.stringify({ tracking_number: 'DOWN1', carrier: 'DHL' }) });
      expect(rest.status).toBe(503);
      expect(((await rest.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
      const graphql = await fetch(`${urls.gateway}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query: 'mutation { createPackage(input: { trackingNumber: "DOWN2", carrier: "DHL" }) { id } }' }) });
      const answer = (await graphql.json()) as { errors?: { extensions: { code: string } }[] };
      expect(answer.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await postgres.start();
    }
    for (const url of Object.values(urls)) await readyBecomes(url, 200);
    const created = await fetch(`${urls.gateway}/api/v1/packages`, { method: 'POST', headers: auth, body: JSON.stringify({ tracking_number: 'UP1', carrier: 'DHL' }) });
    expect(created.status).toBe(201);
    // Nothing from the outage was half-written.
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from packages where tracking_number in ('DOWN1', 'DOWN2')`);
    await client.end();
    expect(rows[0]?.n).toBe(0);
  });

  it('on SIGTERM finishes the ingest batch in flight, closes WebSockets with 1001 and exits 0 before the deadline', { timeout: 60_000 }, async () => {
    const { proc, url } = await startGateway();
    const created = await fetch(`${url}/api/v1/packages`, { method: 'POST', headers: auth, body: JSON.stringify({ tracking_number: 'DRAIN1', carrier: 'DHL' }) });
    expect(created.status).toBe(201);
    const socket = new WebSocket(`${url.replace('http', 'ws')}/ws/packages?token=${KEY}`);
    await new Promise((done, fail) => socket.once('open', done).once('error', fail));
    const closed = new Promise<number>((done) => socket.once('close', (code) => done(code)));

    const base = Date.now() - 86_400_000;
    const events = Array.from({ length: 3000 }, (_, i) => ({ event_id: `drain-${i}`, tracking_number: 'DRAIN1', status: 'IN_TRANSIT', occurred_at: new Date(base + i * 1000).toISOString(), location: { lat: 50 + i / 1e4, lon: 8 } }));
    const ingest = fetch(`${url}/api/v1/events`, { method: 'POST', headers: auth, body: JSON.stringify(events) });
    await new Promise((r) => setTimeout(r, 150));
    const started = Date.now();
    const exited = new Promise<number | null>((done) => proc.child.once('exit', (code) => done(code)));
    proc.child.kill('SIGTERM');

    const response = await ingest;
    expect(response.status).toBe(201);
    expect(((await response.json()) as { accepted: number }).accepted).toBe(3000);
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(6000);
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from tracking_events where event_id like 'drain-%'`);
    await client.end();
    expect(rows[0]?.n).toBe(3000);
  });
});
