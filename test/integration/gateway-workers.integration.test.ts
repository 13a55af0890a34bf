import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRedisConnection, type Redis } from '../../libs/core/src/bus/redis-connection.js';
import { event, RECORD, uniqueTracking } from '../support/factories.js';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { createPostgresDatabase } from '../support/test-database.js';
import { ADMIN_KEY } from '../support/test-gateway.js';
import { collect, sleep, wsClient, type Collected } from './realtime-client.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const WORKERS = 2;

/** The pids of a process's children (the cluster's workers), from /proc. */
const childrenOf = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** GET on a new connection each time (keep-alive would stay with one worker): status and body, status 0 when refused. */
const freshGet = (target: string) =>
  new Promise<{ status: number; body: string }>((done) => {
    get(target, { agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    }).once('error', () => done({ status: 0, body: '' }));
  });

/** The pid of the worker that answered a /health request (its registry replica id is host:pid:random). */
const answeredBy = async (base: string): Promise<number | undefined> => {
  const { status, body } = await freshGet(`${base}/health`);
  if (status !== 200) return undefined;
  return Number((JSON.parse(body) as { realtime: { replica: string } }).realtime.replica.split(':')[1]);
};

/** Resolves once every worker has answered (the primary starts the others after the first listens). */
async function everyWorkerAnswers(base: string, pid: number): Promise<number[]> {
  const seen = new Set<number>();
  const until = Date.now() + 120_000;
  for (;;) {
    const workers = childrenOf(pid);
    for (const answered of await Promise.all(workers.map(() => answeredBy(base)))) if (answered) seen.add(answered);
    if (workers.length === WORKERS && workers.every((w) => seen.has(w))) return workers;
    if (Date.now() > until) throw new Error(`workers ${workers.join(', ')}; answered: ${[...seen].join(', ')}`);
    await sleep(250);
  }
}

async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * CLEARPATH_WORKERS=2: the gateway as two node:cluster workers sharing one port, run from source as `npm run
 * dev` would, on PostgreSQL and the shared Redis. Connections spread over both workers; an event ingested
 * through either reaches subscribers of both; SIGTERM stops the workers cleanly and the primary exits 0.
 */
describe('gateway workers sharing one port (CLEARPATH_WORKERS)', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let proc: Proc;
  let url: string;
  let redis: Redis;
  const auth = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };

  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };

  /** Subscriptions each worker reports in the connection registry (its Redis summary), by worker pid. */
  const subscriptionsByWorker = async (pids: number[]) => {
    const replicas = await redis.zrangebyscore('clearpath:{realtime}:replicas', Date.now(), '+inf');
    const counts = new Map<number, number>();
    for (const pid of pids) {
      const replica = replicas.find((id) => id.split(':')[1] === String(pid));
      const summary = replica ? await redis.get(`clearpath:{realtime}:replica:${replica}`) : null;
      const byOrganization = summary ? (JSON.parse(summary) as { byOrganization: Record<string, [number, number]> }).byOrganization : {};
      counts.set(pid, Object.values(byOrganization).reduce((sum, [, subscriptions]) => sum + subscriptions, 0));
    }
    return counts;
  };

  beforeAll(async () => {
    database = await createPostgresDatabase();
    redis = await openRedisConnection(REDIS_URL);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    proc = startProcess(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'gateway/src/main.ts')], {
      CLEARPATH_WORKERS: String(WORKERS),
      PORT: String(port),
      DATABASE_URL: database.url,
      REDIS_URL,
      CLEARPATH_API_KEY: ADMIN_KEY,
      CLEARPATH_DEMO: 'false',
      LOG_LEVEL: 'warn',
      CLEARPATH_SHUTDOWN_SECONDS: '8',
    });
    await waitForHttp(`${url}/health/ready`, proc, 120_000);
    await everyWorkerAnswers(url, proc.child.pid!);
  }, 250_000);

  afterAll(async () => {
    await proc?.stop();
    redis?.disconnect();
    await database?.drop();
  });

  it('refuses to start several workers without PostgreSQL and Redis', async () => {
    const lonely = startProcess(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'gateway/src/main.ts')], {
      CLEARPATH_WORKERS: '2',
      PORT: String(await freePort()),
      DATABASE_URL: '',
      REDIS_URL: '',
      CLEARPATH_DEMO: 'false',
    });
    const code = await new Promise<number | null>((done) => lonely.child.once('exit', done));
    expect(code).toBe(1);
    expect(lonely.output()).toMatch(/CLEARPATH_WORKERS > 1 needs DATABASE_URL and REDIS_URL/);
  }, 60_000);

  it('serves every worker\'s metrics, summed, whichever worker a scrape reaches', async () => {
    const healthCount = async () => {
      const { status, body } = await freshGet(`${url}/metrics`);
      expect(status).toBe(200);
      const line = body.split('\n').find((l) => l.startsWith('clearpath_http_requests_total{') && l.includes('route="/health"') && l.includes('method="GET"') && l.includes('status="200"'));
      return Number(line?.split(' ').at(-1) ?? 0);
    };
    const before = await healthCount();
    const answered = await Promise.all(Array.from({ length: 20 }, () => answeredBy(url)));
    // Both workers answered some of them, so one worker's registry could not hold all 20.
    expect(new Set(answered).size).toBe(WORKERS);
    for (let scrape = 0; scrape < 4; scrape++) expect(await healthCount()).toBe(before + 20);
  }, 60_000);

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const [killed, survivor] = childrenOf(proc.child.pid!);
    process.kill(killed!, 'SIGKILL');
    const replaced = await eventually(() => {
      const now = childrenOf(proc.child.pid!);
      return now.length === WORKERS && !now.includes(killed!) ? now : undefined;
    }, 'a replacement worker');
    expect(replaced).toContain(survivor);
    // The replacement listens and is handed connections in turn.
    expect(await everyWorkerAnswers(url, proc.child.pid!)).toEqual(replaced);
  }, 150_000);

  it('spreads subscribers over the workers, delivers an event to subscribers of each, and stops cleanly on SIGTERM', async () => {
    const workers = childrenOf(proc.child.pid!);
    expect(workers).toHaveLength(WORKERS);

    const created = await gql<{ createPackage: { id: string } }>('mutation($i: CreatePackageInput!) { createPackage(input: $i) { id } }', {
      i: { trackingNumber: uniqueTracking('WK'), carrier: 'DHL' },
    });
    const packageId = created.data!.createPackage.id;

    // The primary hands each new connection to a worker that is free to take it (not strictly in turn), so four
    // clients land on both workers, though not necessarily two on each.
    const closes: number[] = [];
    const clients = Array.from({ length: 4 }, () => wsClient(url, { authorization: `Bearer ${ADMIN_KEY}` }, (code) => closes.push(code)));
    const subscriptions: Collected<{ eventId: string; seq: string; package: { status: string } }>[] = clients.map((client) =>
      collect(client, 'subscription($id: ID) { trackingEventRecorded(packageId: $id) { seq eventId package { status } } }', { id: packageId }),
    );
    const perWorker = await eventually(async () => {
      const counts = await subscriptionsByWorker(workers);
      return [...counts.values()].every((n) => n >= 1) && [...counts.values()].reduce((a, b) => a + b, 0) === 4 ? counts : undefined;
    }, 'both workers to hold subscriptions');
    expect(Math.min(...perWorker.values())).toBeGreaterThanOrEqual(1);

    const recorded = await gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, {
      events: [event(packageId, 'wk-1', new Date(Date.now() - 60_000).toISOString(), 'IN_TRANSIT')],
    });
    expect(recorded.data?.recordTrackingEvents.accepted).toBe(1);
    for (const subscription of subscriptions) {
      const [item] = await subscription.atLeast(1);
      expect(item).toMatchObject({ eventId: 'wk-1', package: { status: 'IN_TRANSIT' } });
    }

    const exit = new Promise<number | null>((done) => proc.child.once('exit', done));
    proc.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    // Subscribers were told "going away" (1001) by their worker, and no worker outlived the primary.
    await eventually(() => (closes.length === 4 ? true : undefined), 'every client to be closed', 5_000);
    expect(closes).toEqual([1001, 1001, 1001, 1001]);
    expect(workers.filter(alive)).toEqual([]);
    for (const client of clients) await client.dispose();
  }, 90_000);
});
