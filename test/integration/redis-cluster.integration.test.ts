import { execFileSync } from 'node:child_process';
import { CHANNEL_PARTITIONS, createRedisRegistry, openBus, type Bus, type ConnectionRegistry } from '@clearpath/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startThrowawayRedisCluster } from '../support/throwaway-services.js';

const commandCount = (port: number, command: string): number => {
  const stats = execFileSync('redis-cli', ['-p', String(port), 'info', 'commandstats'], { encoding: 'utf8' });
  return Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
};

/** The bus and the connection registry on a real 3-primary Redis Cluster (redis-server processes of this test). */
describe('Redis Cluster', () => {
  let cluster: Awaited<ReturnType<typeof startThrowawayRedisCluster>>;
  let a: Bus;
  let b: Bus;

  beforeAll(async () => {
    cluster = await startThrowawayRedisCluster();
    [a, b] = await Promise.all([openBus(cluster.url), openBus(cluster.url)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await cluster?.remove();
  });

  it('carries every message between replicas over sharded pub/sub, each organization in order, spread over the primaries', async () => {
    const received: { organizationId: string; fromSeq: number }[] = [];
    const unsubscribe = await b.subscribe('events.recorded', (m) => received.push({ organizationId: m.organizationId, fromSeq: m.fromSeq }));
    const organizations = Array.from({ length: 40 }, (_, i) => `org_cluster_${i}`);
    for (let seq = 1; seq <= 5; seq++) {
      await Promise.all(organizations.map((organizationId) => a.publish('events.recorded', { organizationId, packageIds: [], fromSeq: seq, toSeq: seq })));
    }
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(200);
    for (const organizationId of organizations) {
      expect(received.filter((m) => m.organizationId === organizationId).map((m) => m.fromSeq)).toEqual([1, 2, 3, 4, 5]);
    }
    // SPUBLISH only (PUBLISH would be broadcast to every node), landing on more than one primary
    const published = cluster.ports.map((port) => commandCount(port, 'spublish'));
    expect(published.reduce((x, y) => x + y, 0)).toBe(200);
    expect(published.filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
    expect(cluster.ports.map((port) => commandCount(port, 'publish'))).toEqual([0, 0, 0]);
    expect(CHANNEL_PARTITIONS).toBeGreaterThanOrEqual(cluster.ports.length);
    await unsubscribe();
    await a.ping();
  });

  it('counts connections across replicas without scanning the keyspace', async () => {
    const registries: ConnectionRegistry[] = await Promise.all([createRedisRegistry(cluster.url), createRedisRegistry(cluster.url)]);
    try {
      const since = new Date().toISOString();
      registries[0]!.add({ id: 'c1', organizationId: 'org_x', subject: 'u1', transport: 'graphql-ws', path: '/graphql', since, subscriptions: 2 });
      registries[1]!.add({ id: 'c2', organizationId: 'org_x', subject: 'u2', transport: 'legacy', path: '/ws/packages', since, subscriptions: 1 });
      registries[1]!.add({ id: 'c3', organizationId: 'org_y', subject: 'u3', transport: 'legacy', path: '/ws/packages', since, subscriptions: 1 });
      await expect.poll(() => registries[0]!.counts('org_x'), { timeout: 5000 }).toMatchObject({ connections: 2, subscriptions: 3, replicas: 2 });
      expect(await registries[1]!.counts()).toMatchObject({ connections: 3, subscriptions: 4, replicas: 2 });
      expect(cluster.ports.map((port) => commandCount(port, 'scan'))).toEqual([0, 0, 0]);
    } finally {
      await Promise.all(registries.map((r) => r.close()));
    }
  });
});
