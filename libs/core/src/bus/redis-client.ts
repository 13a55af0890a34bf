import type { Cluster, Redis } from 'ioredis';

export type RedisClient = Redis | Cluster;

/** REDIS_URL names one server, or, comma-separated, the seed nodes of a Redis Cluster (two or more). */
export function redisSeeds(url: string): string[] {
  return url.split(',').map((s) => s.trim()).filter(Boolean);
}

export const isRedisCluster = (url: string): boolean => redisSeeds(url).length > 1;

/**
 * A client for REDIS_URL: a Redis connection, or a Cluster client that follows slot moves. `sharded` gives
 * the cluster client one subscriber connection per primary, for SSUBSCRIBE.
 */
export async function createRedisClient(url: string, options: { sharded?: boolean; autoPipelining?: boolean } = {}): Promise<RedisClient> {
  const { Cluster, Redis } = await import('ioredis');
  if (!isRedisCluster(url)) return new Redis(url, { maxRetriesPerRequest: 3, enableAutoPipelining: options.autoPipelining ?? false });
  return new Cluster(redisSeeds(url), {
    redisOptions: { maxRetriesPerRequest: 3 },
    shardedSubscribers: options.sharded ?? false,
    enableAutoPipelining: options.autoPipelining ?? false,
  });
}

/** Resolves once the client can serve commands (a cluster: once it knows the slots). */
export function whenReady(client: RedisClient): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => client.once('ready', () => resolve()).once('error', reject));
}
