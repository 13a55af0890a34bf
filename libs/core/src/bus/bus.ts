import type { PubSubEngine } from 'graphql-subscriptions';
import type { Cluster } from 'ioredis';
import type { BusChannel, BusChannels } from './bus.channels.js';
import { createRedisClient, isRedisCluster, whenReady } from './redis-client.js';
import { createShardedBus } from './sharded-bus.js';

export type Unsubscribe = () => Promise<void>;

/** Typed pub/sub over any graphql-subscriptions engine (in-process or Redis). */
export interface Bus {
  publish<C extends BusChannel>(channel: C, payload: BusChannels[C]): Promise<void>;
  subscribe<C extends BusChannel>(channel: C, handler: (payload: BusChannels[C]) => void): Promise<Unsubscribe>;
  readonly kind: 'memory' | 'redis';
  /** Rejects when the bus cannot carry messages now (Redis down or reconnecting), for readiness. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const PREFIX = 'clearpath.';

export function createBus(engine: PubSubEngine, kind: Bus['kind'], close: () => Promise<void>, ping: () => Promise<void> = async () => {}): Bus {
  return {
    kind,
    close,
    ping,
    publish: (channel, payload) => engine.publish(PREFIX + channel, payload),
    async subscribe(channel, handler) {
      const id = await engine.subscribe(PREFIX + channel, handler as (message: unknown) => void, {});
      let active = true;
      return async () => {
        if (active) engine.unsubscribe(id);
        active = false;
      };
    },
  };
}

export async function openBus(redisUrl?: string): Promise<Bus> {
  if (!redisUrl) {
    const { PubSub } = await import('graphql-subscriptions');
    return createBus(new PubSub(), 'memory', async () => {});
  }
  if (isRedisCluster(redisUrl)) {
    // Sharded pub/sub: the subscriber client keeps one connection per primary.
    const [publisher, subscriber] = await Promise.all([createRedisClient(redisUrl), createRedisClient(redisUrl, { sharded: true })]);
    await Promise.all([publisher, subscriber].map(whenReady));
    return createShardedBus(publisher as Cluster, subscriber as Cluster);
  }
  const { RedisPubSub } = await import('graphql-redis-subscriptions');
  const { Redis } = await import('ioredis');
  // pub/sub needs a dedicated subscriber connection; publishing goes over another.
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  // A SUBSCRIBE sent before the ready check's INFO puts the connection in subscriber mode and the check fails.
  await Promise.all([publisher, subscriber].map((client) => new Promise((resolve, reject) => client.once('ready', resolve).once('error', reject))));
  const engine = new RedisPubSub({ publisher, subscriber });
  return createBus(
    engine,
    'redis',
    async () => {
      await engine.close();
    },
    async () => {
      // A subscriber that is reconnecting misses messages even when publishing works: both must be up.
      const down = [publisher, subscriber].find((client) => client.status !== 'ready');
      if (down) throw new Error(`Redis connection is ${down.status}`);
      await Promise.race([publisher.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('Redis did not answer PING within 1 s')), 1000).unref())]);
    },
  );
}
