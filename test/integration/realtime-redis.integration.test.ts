import { spawn, type ChildProcess } from 'node:child_process';
import { startGateway, loadGatewayEnv, type RunningGateway } from '@clearpath/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../support/clerk-tokens.js';
import { event, RECORD, uniqueTracking } from '../support/factories.js';
import { createPostgresDatabase } from '../support/test-database.js';
import { startThrowawayRedisCluster } from '../support/throwaway-services.js';
import { ADMIN_KEY } from '../support/test-gateway.js';
import { collect, legacyClient, sleep, wsClient } from './realtime-client.js';

const SERVERS = [
  ['one Redis server', async () => ({ url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', remove: async () => {} })],
  ['a Redis Cluster of three primaries (sharded pub/sub)', startThrowawayRedisCluster],
] as const;

/**
 * Two gateway replicas sharing one PostgreSQL database and the real Redis (a server, or a cluster): what is
 * committed through one must reach subscribers of the other, and the connection registry must see both.
 */
describe.each(SERVERS)('realtime across replicas (PostgreSQL + %s)', (_name, startRedis) => {
  let redis: { url: string; remove(): Promise<void> };
  const issuer = createTokenIssuer();
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let a: RunningGateway;
  let b: RunningGateway;
  const org = `org_rt_redis_${Date.now().toString(36)}`;
  const token = issuer.mint({ org_id: org, org_role: 'org:admin', sub: 'user_redis' });

  const gql = async <T>(gateway: RunningGateway, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };
  const stats = async (gateway: RunningGateway) =>
    (await gql<{ realtimeStats: { connections: number; subscriptions: number; replicas: number; bus: string } }>(gateway, '{ realtimeStats { connections subscriptions replicas bus } }')).data!
      .realtimeStats;
  const eventually = async (check: () => Promise<boolean>, timeoutMs = 10_000) => {
    const until = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > until) throw new Error('condition not reached');
      await sleep(50);
    }
  };

  beforeAll(async () => {
    database = await createPostgresDatabase();
    redis = await startRedis();
    const REDIS_URL = redis.url;
    const env = () =>
      loadGatewayEnv({
        PORT: '0',
        LOG_LEVEL: 'silent',
        DATABASE_URL: database.url,
        REDIS_URL,
        CLEARPATH_API_KEY: ADMIN_KEY,
        CLEARPATH_DEMO: 'false',
        CLERK_JWT_KEY: issuer.publicKeyPem,
      });
    a = await startGateway(env());
    b = await startGateway(env());
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await database?.drop();
    await redis?.remove();
  });

  it('delivers an event ingested through one replica to subscribers of the other', async () => {
    const created = await gql<{ createPackage: { id: string } }>(a, 'mutation($i: CreatePackageInput!) { createPackage(input: $i) { id } }', {
      i: { trackingNumber: uniqueTracking('RD'), carrier: 'DHL' },
    });
    const pkgId = created.data!.createPackage.id;
    const client = wsClient(b.url, { authorization: `Bearer ${token}` });
    const events = collect<{ eventId: string; package: { status: string } }>(
      client,
      'subscription($id: ID) { trackingEventRecorded(packageId: $id) { seq eventId package { status } } }',
      { id: pkgId },
    );
    const legacy = legacyClient(b.url, `/ws/packages?token=${encodeURIComponent(token)}`);
    await legacy.waitFor('subscribed');
    await eventually(async () => (await stats(a)).subscriptions >= 3);

    const result = await gql(a, RECORD, { events: [event(pkgId, 'redis-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'), event(pkgId, 'redis-2', '2026-11-20T09:00:00Z', 'OUT_FOR_DELIVERY')] });
    expect(result.errors).toBeUndefined();
    const items = await events.atLeast(2);
    expect(items.map((e) => e.eventId)).toEqual(['redis-1', 'redis-2']);
    expect(items[1]!.package.status).toBe('OUT_FOR_DELIVERY');
    expect(await legacy.waitFor<{ eventId: string }>('tracking_event', (d) => d.eventId === 'redis-2')).toMatchObject({ eventId: 'redis-2' });
    legacy.close();
    await client.dispose();
  });

  it('registers connections in Redis: every replica reports them, and they leave on disconnect', async () => {
    const client = wsClient(b.url, { token });
    const sub = collect(client, 'subscription { packageUpdated { seq } }');
    await eventually(async () => {
      const s = await stats(a);
      return s.connections === 1 && s.subscriptions === 1;
    });
    const fromA = await stats(a);
    expect(fromA.bus).toBe('redis');
    expect(fromA.replicas).toBeGreaterThanOrEqual(2);
    const health = (await (await fetch(`${a.url}/health`)).json()) as { realtime: { registry: string; replicas: number } };
    expect(health.realtime).toMatchObject({ registry: 'redis' });
    expect(health.realtime.replicas).toBeGreaterThanOrEqual(2);
    sub.dispose();
    await client.dispose();
    await eventually(async () => (await stats(a)).connections === 0);
  });

  it('forgets the connections of a replica that crashed, once its registry entries expire', async () => {
    // A stand-in replica in its own process: registers a connection, then is killed without cleanup.
    const script = `
      import { createRedisRegistry } from '@clearpath/core';
      const registry = await createRedisRegistry(${JSON.stringify(redis.url)}, { ttlSeconds: 2 });
      registry.add({ id: 'c1', organizationId: ${JSON.stringify(org)}, subject: 'user_crash', transport: 'graphql-ws', path: '/graphql', since: new Date().toISOString(), subscriptions: 4 });
      setTimeout(() => console.log('READY'), 400);
      setInterval(() => {}, 1000);
    `;
    const child: ChildProcess = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('READY') && resolve());
        child.once('exit', (code) => reject(new Error(`stand-in replica exited with ${code}`)));
      });
      expect(await stats(a)).toMatchObject({ connections: 1, subscriptions: 4 });
      child.kill('SIGKILL');
      await eventually(async () => (await stats(a)).connections === 0, 8000);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
