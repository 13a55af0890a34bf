import type { PubSubEngine } from 'graphql-subscriptions';
import type { Cluster } from 'ioredis';
import type { Logger } from '../logger.js';
import type { BusChannel, BusChannels } from './bus.channels.js';
import { createRedisClient, isRedisCluster, whenReady, type RedisClient } from './redis-client.js';
import { createShardedBus } from './sharded-bus.js';

export type Unsubscribe = () => Promise<void>;

/**
 * The bus stopped carrying messages (`lost`) or carries them again (`restored`). Messages published in
 * between are gone: whoever follows the log catches up from it on `restored`, and live subscribers are told
 * on `lost` so they resume with their position.
 */
export interface BusInterruptionHandlers {
  lost?: () => void;
  restored?: () => void;
}

/** Typed pub/sub over any graphql-subscriptions engine (in-process or Redis). */
export interface Bus {
  /**
   * Announces something already committed. From openBus it never rejects: an announcement is a hint (the
   * log and the tables are the truth), so a write that committed is not reported as failed because Redis is down.
   */
  publish<C extends BusChannel>(channel: C, payload: BusChannels[C]): Promise<void>;
  subscribe<C extends BusChannel>(channel: C, handler: (payload: BusChannels[C]) => void): Promise<Unsubscribe>;
  readonly kind: 'memory' | 'redis';
  /** Rejects when the bus cannot carry messages now (Redis down or reconnecting), for readiness. */
  ping(): Promise<void>;
  /** Registers interruption handlers (the in-process bus is never interrupted); returns their removal. */
  onInterruption(handlers: BusInterruptionHandlers): () => void;
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
    onInterruption: () => () => {},
  };
}

export async function openBus(redisUrl?: string, logger?: Logger): Promise<Bus> {
  if (!redisUrl) {
    const { PubSub } = await import('graphql-subscriptions');
    return createBus(new PubSub(), 'memory', async () => {});
  }
  if (isRedisCluster(redisUrl)) {
    // Sharded pub/sub: the subscriber client keeps one connection per primary.
    const [publisher, subscriber] = await Promise.all([createRedisClient(redisUrl), createRedisClient(redisUrl, { sharded: true })]);
    await Promise.all([publisher, subscriber].map(whenReady));
    return survivingOutages(createShardedBus(publisher as Cluster, subscriber as Cluster), publisher, subscriber, logger);
  }
  const { RedisPubSub } = await import('graphql-redis-subscriptions');
  const { Redis } = await import('ioredis');
  // pub/sub needs a dedicated subscriber connection; publishing goes over another.
  const publisher = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  const subscriber = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  // A SUBSCRIBE sent before the ready check's INFO puts the connection in subscriber mode and the check fails.
  await Promise.all([publisher, subscriber].map((client) => new Promise((resolve, reject) => client.once('ready', resolve).once('error', reject))));
  const engine = new RedisPubSub({ publisher, subscriber });
  const bus = createBus(
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
  return survivingOutages(bus, publisher, subscriber, logger);
}

/**
 * A Redis bus that outlives Redis outages: publishing never fails a committed write (the loss is logged),
 * and the subscriber connection's drop and return are reported as interruptions. ioredis reconnects by
 * itself; its connection errors meanwhile are not "unhandled" (they printed a stack per retry).
 */
function survivingOutages(bus: Bus, publisher: RedisClient, subscriber: RedisClient, logger?: Logger): Bus {
  const interruptions = new Set<BusInterruptionHandlers>();
  const each = (event: keyof BusInterruptionHandlers) => {
    for (const handlers of interruptions) {
      try {
        handlers[event]?.();
      } catch (error) {
        logger?.error({ err: error }, `bus ${event} handler failed`);
      }
    }
  };
  publisher.on('error', () => {});
  subscriber.on('error', () => {});
  // While the subscriber connection is down nothing published reaches this process.
  let up = true;
  subscriber.on('close', () => {
    if (!up) return;
    up = false;
    logger?.warn('Redis subscriber connection lost: live announcements stop until it is back');
    each('lost');
  });
  subscriber.on('ready', () => {
    if (up) return;
    up = true;
    logger?.info('Redis subscriber connection restored');
    // ioredis resends SUBSCRIBE before `ready`; a PING answered after it means Redis applied it.
    void subscriber.ping().then(
      () => each('restored'),
      () => each('restored'),
    );
  });
  return {
    ...bus,
    async publish(channel, payload) {
      try {
        await bus.publish(channel, payload);
      } catch (error) {
        logger?.warn({ err: error, channel }, 'bus announcement lost (consumers catch up from the log when the bus is back)');
      }
    },
    onInterruption(handlers) {
      interruptions.add(handlers);
      return () => void interruptions.delete(handlers);
    },
  };
}
