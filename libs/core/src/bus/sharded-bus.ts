import type { Cluster } from 'ioredis';
import type { Bus, Unsubscribe } from './bus.js';
import type { BusChannel, BusChannels } from './bus.channels.js';

/**
 * Each bus channel is split into this many sharded channels by organization, so the traffic of one channel
 * spreads over the cluster's primaries while one organization's messages stay in order on one of them.
 */
export const CHANNEL_PARTITIONS = 16;

const PREFIX = 'clearpath.';

function partitionOf(organizationId: string): number {
  let hash = 0;
  for (let i = 0; i < organizationId.length; i++) hash = (hash * 31 + organizationId.charCodeAt(i)) | 0;
  return Math.abs(hash) % CHANNEL_PARTITIONS;
}

// The partition is the hash tag: SPUBLISH and SSUBSCRIBE go to the primary that owns its slot.
const shardChannel = (channel: BusChannel, partition: number) => `${PREFIX}${channel}:{${partition}}`;
const channelOf = (shard: string) => shard.slice(PREFIX.length, shard.lastIndexOf(':')) as BusChannel;

/**
 * The bus over Redis Cluster sharded pub/sub (SPUBLISH/SSUBSCRIBE, Redis 7): a message travels only to the
 * primary owning its slot instead of being broadcast to every node, as PUBLISH is in a cluster.
 */
export function createShardedBus(publisher: Cluster, subscriber: Cluster): Bus {
  const handlers = new Map<BusChannel, Set<(payload: never) => void>>();
  // A channel's shards are subscribed once; later subscribers wait for that, so none starts before it is live.
  const subscribed = new Map<BusChannel, Promise<unknown>>();
  subscriber.on('smessage', (shard: string, message: string) => {
    const listeners = handlers.get(channelOf(shard));
    if (!listeners?.size) return;
    const payload = JSON.parse(message) as never;
    for (const listener of listeners) listener(payload);
  });
  const shards = (channel: BusChannel) => Array.from({ length: CHANNEL_PARTITIONS }, (_, p) => shardChannel(channel, p));

  return {
    kind: 'redis',
    async publish<C extends BusChannel>(channel: C, payload: BusChannels[C]) {
      await publisher.spublish(shardChannel(channel, partitionOf(payload.organizationId)), JSON.stringify(payload));
    },
    async subscribe<C extends BusChannel>(channel: C, handler: (payload: BusChannels[C]) => void): Promise<Unsubscribe> {
      let listeners = handlers.get(channel);
      if (!listeners) {
        listeners = new Set();
        handlers.set(channel, listeners);
        // One SSUBSCRIBE per shard channel: the channels of one call must share a slot.
        subscribed.set(channel, Promise.all(shards(channel).map((shard) => subscriber.ssubscribe(shard))));
      }
      await subscribed.get(channel);
      const listener = handler as (payload: never) => void;
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
      };
    },
    async ping() {
      const down = [publisher, subscriber].find((client) => client.status !== 'ready');
      if (down) throw new Error(`Redis Cluster connection is ${down.status}`);
      await Promise.race([publisher.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('Redis Cluster did not answer PING within 1 s')), 1000).unref())]);
    },
    // openBus reports the subscriber's interruptions around this bus.
    onInterruption: () => () => {},
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
