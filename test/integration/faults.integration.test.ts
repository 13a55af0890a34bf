import pg from 'pg';
import { Agent, fetch, type RequestInit } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../support/clerk-tokens.js';
import { eventually, resumingSubscriber, startProducer, untilProgress } from '../support/fault-clients.js';
import { SERVICES, startReplicaStack, type ReplicaStack } from '../support/replica-stack.js';
import { startThrowawayPostgres, startThrowawayRedis, type Restartable } from '../support/throwaway-services.js';

const KEY = 'cp_faults_test_admin_key_0123456789';
const PACKAGES = 12;
const EVENTS_PER_PACKAGE = 15;
const BATCH = 6;
const EVENT_QUERY = 'subscription($after: String) { trackingEventRecorded(after: $after) { seq key eventId } }';
const ANOMALY_QUERY = 'subscription($after: String) { anomalyDetected(after: $after) { seq key anomalyId type state packageId } }';

interface EventInput {
  event_id: string;
  tracking_number: string;
  status: string;
  carrier_code?: string;
  occurred_at: string;
  location: { lat: number; lon: number };
}

/**
 * Faults survived by the split deployment: two replicas of the gateway and of each subgraph as plain
 * processes behind the real nginx (test DNS as Docker's), a PostgreSQL cluster and a Redis server of this
 * test's own that it stops. In each case a producer ingests a known set of events through nginx, at least
 * once (it resends what was not acknowledged), while subscribers listen through nginx and resume with
 * their last position whenever their connection ends.
 */
describe('faults survived by the split deployment', () => {
  const issuer = createTokenIssuer();
  let postgres: Restartable;
  let redis: Restartable;
  let stack: ReplicaStack;
  let db: pg.Pool;
  const agents: Agent[] = [];
  let run = 0;

  /** An HTTPS client through nginx from its own loopback address (nginx limits per address). */
  const client = (localAddress = '127.0.0.1', burst = false) => {
    const agent = new Agent({ localAddress, connect: { ca: stack.edge.certificate }, allowH2: !burst });
    agents.push(agent);
    return (path: string, init: RequestInit = {}) => fetch(`${stack.base}${path}`, { ...init, dispatcher: agent });
  };

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([startThrowawayPostgres(), startThrowawayRedis()]);
    stack = await startReplicaStack({
      env: { DATABASE_URL: postgres.url, REDIS_URL: redis.url, CLEARPATH_API_KEY: KEY, CLERK_JWT_KEY: issuer.publicKeyPem, LOG_LEVEL: 'warn', CLEARPATH_DEMO: 'false', CLEARPATH_SHUTDOWN_SECONDS: '5' },
    });
    db = new pg.Pool({ connectionString: postgres.url, max: 2 });
    // The cluster is stopped on purpose below: a dropped connection must not crash the test process.
    db.on('error', () => {});
    db.on('connect', (c) => c.on('error', () => {}));
    const probe = client();
    await eventually(
      () => probe('/health').then((r) => r.ok, () => false),
      () => `nginx did not come up:\n${stack.edge.proc.output()}`,
      20_000,
    );
  }, 240_000);

  afterAll(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await db?.end();
    await stack?.stop();
    await Promise.all([postgres?.remove(), redis?.remove()]);
  });

  /**
   * One organization's run: packages, subscribers (three on the event log, one on anomalies) from the
   * beginning, and a producer of the known events (every third package ends with a damaged-parcel
   * exception, which opens a CARRIER_EXCEPTION anomaly). `fault` runs while the producer is under way.
   */
  async function scenario(fault: (producer: ReturnType<typeof startProducer<EventInput>>, context: { batches: EventInput[][]; org: string; headers: Record<string, string> }) => Promise<void>) {
    const org = `org_faults_${++run}_${Date.now().toString(36)}`;
    const token = issuer.mint({ org_id: org, org_role: 'org:admin', sub: 'user_faults' }, { expiresInSeconds: 3600 });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const request = client();
    const tracking = Array.from({ length: PACKAGES }, (_, i) => `FLT${run}N${i}`);
    for (const tracking_number of tracking) {
      const created = await request('/api/v1/packages', { method: 'POST', headers, body: JSON.stringify({ tracking_number, carrier: 'DHL', destination: { lat: 48.1, lon: 11.6 } }) });
      expect(created.status, await created.text()).toBe(201);
    }
    const start = Date.now() - EVENTS_PER_PACKAGE * 600_000;
    const events: EventInput[] = [];
    for (let j = 0; j < EVENTS_PER_PACKAGE; j++) {
      tracking.forEach((tracking_number, i) => {
        const exception = j === EVENTS_PER_PACKAGE - 1 && i % 3 === 0;
        events.push({
          event_id: `flt${run}-${i}-${j}`,
          tracking_number,
          status: exception ? 'EXCEPTION' : 'IN_TRANSIT',
          ...(exception ? { carrier_code: 'DAMAGED' } : {}),
          occurred_at: new Date(start + j * 600_000).toISOString(),
          location: { lat: 52.5 - j * 0.2, lon: 13.4 - j * 0.1 },
        });
      });
    }
    const batches = Array.from({ length: Math.ceil(events.length / BATCH) }, (_, b) => events.slice(b * BATCH, (b + 1) * BATCH));
    const subscribe = (query: string) => resumingSubscriber({ url: stack.base, ca: stack.edge.certificate, token, query, after: '0' });
    const listeners = [subscribe(EVENT_QUERY), subscribe(EVENT_QUERY), subscribe(EVENT_QUERY)];
    const anomalies = subscribe(ANOMALY_QUERY);
    const producer = startProducer<EventInput>((batch) => request('/api/v1/events', { method: 'POST', headers, body: JSON.stringify(batch) }), batches, { pauseMs: 250, retryMs: 300 });
    try {
      await fault(producer, { batches, org, headers });
      await Promise.race([producer.done, new Promise((_, fail) => setTimeout(() => fail(new Error(`producer unfinished: ${producer.progress()}/${batches.length}`)), 90_000))]);
    } catch (error) {
      producer.stop();
      throw new Error(`${String(error)}\nattempts: ${JSON.stringify(producer.attempts.filter((a) => a.status !== 201))}\n${stack.output()}`);
    }

    // Every acknowledged event is stored, each exactly once (and nothing that was never sent).
    const stored = (await db.query<{ event_id: string; n: number }>('select event_id, count(*)::int as n from tracking_events where organization_id = $1 group by event_id', [org])).rows;
    expect(stored.filter((r) => r.n !== 1)).toEqual([]);
    const storedIds = new Set(stored.map((r) => r.event_id));
    expect([...producer.acknowledged].filter((id) => !storedIds.has(id))).toEqual([]);
    expect(storedIds.size).toBe(events.length);

    // Each anomaly that should open opens once: one CARRIER_EXCEPTION per damaged package, none elsewhere.
    const damaged = tracking.filter((_, i) => i % 3 === 0).sort();
    const opened = async () =>
      (
        await db.query<{ tracking_number: string; id: string; n: number }>(
          `select p.tracking_number, min(a.id::text) as id, count(*)::int as n from anomalies a join packages p on p.id = a.package_id
           where a.organization_id = $1 and a.type = 'CARRIER_EXCEPTION' group by p.tracking_number order by 1`,
          [org],
        )
      ).rows;
    await eventually(async () => (await opened()).length >= damaged.length, () => 'detection did not open every CARRIER_EXCEPTION', 60_000);
    const rows = await opened();
    expect(rows.map((r) => [r.tracking_number, r.n])).toEqual(damaged.map((t) => [t, 1]));

    // Each subscriber, resuming with its last position, has every stored event exactly once.
    for (const listener of listeners) {
      await eventually(
        () => new Set(listener.items.map((i) => i.eventId)).size >= storedIds.size,
        () => `a subscriber has ${listener.items.length}/${storedIds.size} events after ${listener.subscriptions()} subscriptions, closes ${listener.closes.join(',')}, errors ${JSON.stringify(listener.errors).slice(0, 500)}`,
        30_000,
      );
      expect(new Set(listener.items.map((i) => i.eventId))).toEqual(storedIds);
      expect(listener.items.length).toBe(storedIds.size);
    }
    await eventually(
      () => rows.every((r) => anomalies.items.some((a) => a.anomalyId === r.id && a.state === 'OPEN')),
      () => `the anomaly subscriber saw ${JSON.stringify(anomalies.items.map((a) => a.type))}, closes ${anomalies.closes.join(',')}`,
      30_000,
    );
    const keys = anomalies.items.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    await Promise.all([...listeners, anomalies].map((l) => l.stop()));
    return { producer, listeners: [...listeners, anomalies] };
  }

  it('kill -9 of one replica of each service: nothing acknowledged lost or doubled, anomalies open once, subscribers resume', { timeout: 240_000 }, async () => {
    const { listeners } = await scenario(async (producer) => {
      await untilProgress(producer, 6);
      await Promise.all(SERVICES.map((s) => stack.kill(s, 0)));
      await untilProgress(producer, 9);
      await Promise.all(SERVICES.map((s) => stack.restart(s, 0)));
    });
    // Subscribers on the killed gateway lost their connection and resumed.
    expect(listeners.some((l) => l.subscriptions() > 1)).toBe(true);
  });

  it('Redis restarted mid-run: subscribers are told, reconnect and resume; nothing acknowledged is lost', { timeout: 240_000 }, async () => {
    const { listeners, producer } = await scenario(async (producer) => {
      await untilProgress(producer, 6);
      await redis.stop();
      await new Promise((r) => setTimeout(r, 3000));
      await redis.start();
    });
    // Writes committed while Redis was down are acknowledged: their announcement is a hint, the log the truth.
    expect(producer.attempts.filter((a) => a.status >= 500)).toEqual([]);
    // Every subscriber was told (its connection closed with 1013, try again later) and resumed.
    for (const listener of listeners) {
      expect(listener.closes).toContain(1013);
      expect(listener.subscriptions()).toBeGreaterThan(1);
    }
  });

  it('PostgreSQL stopped for a few seconds: writes answer 503 / SERVICE_UNAVAILABLE, nothing half-written, readiness red, recovery by itself', { timeout: 240_000 }, async () => {
    const request = client();
    const ready = (url: string) => fetch(`${url}/health/ready`).then(async (r) => ({ status: r.status, body: (await r.json()) as { checks: Record<string, { ok: boolean }> } }), () => undefined);
    const everyReplica = () => SERVICES.flatMap((s) => stack.replicas[s]);
    let outage = 0;
    const { producer } = await scenario(async (producer, { batches, org, headers }) => {
      await untilProgress(producer, 6);
      await postgres.stop();
      outage = Date.now();
      try {
        for (const replica of everyReplica()) {
          await eventually(async () => (await ready(replica.url))?.status === 503, () => `${replica.service} ${replica.host} stayed ready (exit code ${replica.proc.child.exitCode})`, 20_000);
          expect((await ready(replica.url))?.body.checks.postgres?.ok).toBe(false);
        }
        expect((await request('/health')).status).toBe(503);
        const mutation = await request('/graphql', { method: 'POST', headers, body: JSON.stringify({ query: 'mutation { createPackage(input: { trackingNumber: "PGDOWN1", carrier: "DHL" }) { id } }' }) });
        const answer = (await mutation.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
        await eventually(() => producer.attempts.some((a) => a.at > outage && a.status === 503), () => `no 503 to the producer: ${JSON.stringify(producer.attempts.slice(-5))}`, 20_000);
        producer.hold();
      } finally {
        await postgres.start();
      }
      // Nothing half-written: every batch is stored whole or not at all (checked before the producer resends).
      const stored = new Set((await db.query<{ event_id: string }>('select event_id from tracking_events where organization_id = $1', [org])).rows.map((r) => r.event_id));
      const partial = batches.map((b) => b.filter((e) => stored.has(e.event_id)).length).filter((n, i) => n !== 0 && n !== batches[i]!.length);
      expect(partial).toEqual([]);
      const down = (await db.query<{ n: number }>(`select count(*)::int as n from packages where tracking_number = 'PGDOWN1'`)).rows[0]?.n;
      expect(down).toBe(0);
      // The services notice by themselves: nothing is restarted.
      for (const replica of everyReplica()) await eventually(async () => (await ready(replica.url))?.status === 200, () => `${replica.service} ${replica.host} stayed unready`, 30_000);
      producer.release();
    });
    const failures = producer.attempts.filter((a) => a.status !== 201 && a.status !== 200);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.filter((a) => a.status !== 503 || a.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
  });

  it('a burst over the rate limit gets 429 JSON while the producer, the subscribers and other clients are served', { timeout: 240_000 }, async () => {
    const noisy = client('127.0.0.40', true);
    const quiet = client('127.0.0.41');
    let limited: { status: number; body: string }[] = [];
    let statuses: number[] = [];
    const { producer } = await scenario(async (producer, { headers }) => {
      await untilProgress(producer, 4);
      // A misbehaving integration bursting ingest requests (the stricter zone: 20/s, burst 40) from its own address.
      const burst = await Promise.all(Array.from({ length: 300 }, () => noisy('/api/v1/events', { method: 'POST', headers, body: '[]' }).then(async (r) => ({ status: r.status, body: await r.text() }))));
      limited = burst.filter((r) => r.status === 429);
      statuses = burst.map((r) => r.status);
      expect((await quiet('/api/v1/packages', { headers })).status).toBe(200);
    });
    expect(limited.length, `burst statuses: ${statuses.join(',')}`).toBeGreaterThan(0);
    expect(JSON.parse(limited[0]!.body)).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringContaining('Too many requests') } });
    expect(producer.attempts.filter((a) => a.status === 429)).toEqual([]);
  });
});
