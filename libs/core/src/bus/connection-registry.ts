import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createRedisClient } from './redis-client.js';

/** One live WebSocket connection, as the registry records it. */
export interface ConnectionInfo {
  id: string;
  organizationId: string;
  /** Who: the session subject (Clerk user or api-key:<id>). */
  subject: string;
  /** To what: graphql-ws or a legacy /ws/* channel. */
  transport: 'graphql-ws' | 'legacy';
  path: string;
  /** Since when (ISO-8601). */
  since: string;
  subscriptions: number;
}

export interface RegistryCounts {
  connections: number;
  subscriptions: number;
  /** Replicas currently reporting (this one included). */
  replicas: number;
  /** Connections closed for not keeping up, summed over the reporting replicas. */
  slowConsumersDropped: number;
}

/** Who is connected to which gateway replica; counts feed Query.realtimeStats and /health. */
export interface ConnectionRegistry {
  readonly kind: 'memory' | 'redis';
  readonly replicaId: string;
  add(connection: ConnectionInfo): void;
  setSubscriptions(id: string, subscriptions: number): void;
  remove(id: string): void;
  countSlowConsumer(): void;
  /** Counts of one organization (or of all, without one) across every reporting replica. */
  counts(organizationId?: string): Promise<RegistryCounts>;
  close(): Promise<void>;
}

/** What a replica publishes about itself; the registry sums these. */
interface ReplicaSummary {
  replicaId: string;
  updatedAt: string;
  slowConsumersDropped: number;
  /** organizationId → [connections, subscriptions] */
  byOrganization: Record<string, [number, number]>;
}

const KEY = 'clearpath:realtime';
// Summaries and their index share one hash slot (the {realtime} tag), so a Redis Cluster can MGET them.
const SUMMARY_KEY = 'clearpath:{realtime}';
const INDEX_KEY = `${SUMMARY_KEY}:replicas`;
/** A replica that stops refreshing (a crash) disappears from the registry after this long. */
export const REGISTRY_TTL_SECONDS = 30;

/** Connections and subscriptions per organization, kept as connections come and go (never recounted). */
class OrganizationTally {
  readonly byOrganization: ReplicaSummary['byOrganization'] = {};

  change(organizationId: string, connections: number, subscriptions: number): void {
    const entry = (this.byOrganization[organizationId] ??= [0, 0]);
    entry[0] += connections;
    entry[1] += subscriptions;
    if (entry[0] === 0) delete this.byOrganization[organizationId];
  }

  summary(replicaId: string, slow: number): ReplicaSummary {
    return { replicaId, updatedAt: new Date().toISOString(), slowConsumersDropped: slow, byOrganization: this.byOrganization };
  }
}

function addUp(summaries: ReplicaSummary[], organizationId?: string): RegistryCounts {
  const counts: RegistryCounts = { connections: 0, subscriptions: 0, replicas: summaries.length, slowConsumersDropped: 0 };
  for (const s of summaries) {
    counts.slowConsumersDropped += s.slowConsumersDropped;
    for (const [org, [connections, subscriptions]] of Object.entries(s.byOrganization)) {
      if (organizationId && org !== organizationId) continue;
      counts.connections += connections;
      counts.subscriptions += subscriptions;
    }
  }
  return counts;
}

export function newReplicaId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/** This process only: the all-in-one app without Redis. */
export function createMemoryRegistry(replicaId = newReplicaId()): ConnectionRegistry {
  const connections = new Map<string, ConnectionInfo>();
  const tally = new OrganizationTally();
  let slow = 0;
  return {
    kind: 'memory',
    replicaId,
    add(c) {
      connections.set(c.id, c);
      tally.change(c.organizationId, 1, c.subscriptions);
    },
    setSubscriptions(id, subscriptions) {
      const c = connections.get(id);
      if (!c) return;
      tally.change(c.organizationId, 0, subscriptions - c.subscriptions);
      c.subscriptions = subscriptions;
    },
    remove(id) {
      const c = connections.get(id);
      if (!c) return;
      connections.delete(id);
      tally.change(c.organizationId, -1, -c.subscriptions);
    },
    countSlowConsumer: () => void (slow += 1),
    counts: async (org) => addUp([tally.summary(replicaId, slow)], org),
    close: async () => connections.clear(),
  };
}

/**
 * Redis (one server or a cluster): each replica keeps a hash of its connections (who, what, since when) and
 * a summary key, both expiring after REGISTRY_TTL_SECONDS unless refreshed, so a crashed replica's
 * connections vanish on their own. A sorted set indexes the summaries by expiry, so counts read the live
 * replicas' summaries without scanning the keyspace (this replica's own numbers are always current).
 */
export async function createRedisRegistry(
  redisUrl: string,
  options: { replicaId?: string; ttlSeconds?: number; /** Read counts only, never report (the split-mode subgraph). */ observer?: boolean } = {},
): Promise<ConnectionRegistry> {
  const redis = await createRedisClient(redisUrl, { autoPipelining: true });
  // While Redis is down ioredis reconnects by itself; without a listener each failed attempt is printed as unhandled.
  redis.on('error', () => {});
  const replicaId = options.replicaId ?? newReplicaId();
  const ttl = options.ttlSeconds ?? REGISTRY_TTL_SECONDS;
  const connectionsKey = `${KEY}:connections:${replicaId}`;
  const summaryKey = `${SUMMARY_KEY}:replica:${replicaId}`;
  const connections = new Map<string, ConnectionInfo>();
  const tally = new OrganizationTally();
  let slow = 0;
  let dirty: NodeJS.Timeout | undefined;
  // Connection records written and removed since the last flush: a burst of connects is one HSET, not one each.
  const written = new Set<string>();
  const removed = new Set<string>();

  const failed = () => {}; // Redis errors are logged by ioredis' reconnect logic; the registry is best-effort.
  const publishSummary = async () => {
    if (options.observer) return;
    await redis
      .multi()
      .set(summaryKey, JSON.stringify(tally.summary(replicaId, slow)), 'EX', ttl)
      .zadd(INDEX_KEY, Date.now() + ttl * 1000, replicaId)
      .zremrangebyscore(INDEX_KEY, '-inf', Date.now())
      .exec();
  };
  const flushConnections = async () => {
    if (written.size === 0 && removed.size === 0) return;
    // Separate from the summary: in a cluster the connections hash and the summary live in different slots.
    const batch = redis.multi();
    const fields = [...written].flatMap((id) => [id, JSON.stringify(connections.get(id))]);
    if (fields.length > 0) batch.hset(connectionsKey, ...fields).expire(connectionsKey, ttl);
    if (removed.size > 0) batch.hdel(connectionsKey, ...removed);
    written.clear();
    removed.clear();
    await batch.exec();
  };
  const flush = () => {
    dirty = undefined;
    void flushConnections().catch(failed);
    void publishSummary().catch(failed);
  };
  const markDirty = () => {
    dirty ??= setTimeout(flush, 250);
  };
  // The heartbeat re-publishes the summary (a few numbers per organization, however many connections) and
  // keeps the connections hash from expiring.
  const heartbeat = setInterval(() => {
    void publishSummary().catch(failed);
    if (connections.size > 0) void redis.expire(connectionsKey, ttl).catch(failed);
  }, (ttl * 1000) / 3);
  heartbeat.unref();
  await publishSummary();

  return {
    kind: 'redis',
    replicaId,
    add(c) {
      connections.set(c.id, c);
      tally.change(c.organizationId, 1, c.subscriptions);
      removed.delete(c.id);
      written.add(c.id);
      markDirty();
    },
    setSubscriptions(id, subscriptions) {
      const c = connections.get(id);
      if (!c) return;
      tally.change(c.organizationId, 0, subscriptions - c.subscriptions);
      c.subscriptions = subscriptions;
      written.add(id);
      markDirty();
    },
    remove(id) {
      const c = connections.get(id);
      if (!c) return;
      connections.delete(id);
      tally.change(c.organizationId, -1, -c.subscriptions);
      written.delete(id);
      removed.add(id);
      markDirty();
    },
    countSlowConsumer() {
      slow += 1;
      markDirty();
    },
    async counts(org) {
      const live = await redis.zrangebyscore(INDEX_KEY, Date.now(), '+inf');
      const others = live.filter((id) => id !== replicaId).map((id) => `${SUMMARY_KEY}:replica:${id}`);
      const values = others.length ? await redis.mget(others) : [];
      const summaries = values.flatMap((v) => (v ? [JSON.parse(v) as ReplicaSummary] : []));
      return addUp(options.observer ? summaries : [tally.summary(replicaId, slow), ...summaries], org);
    },
    async close() {
      clearInterval(heartbeat);
      if (dirty) clearTimeout(dirty);
      // Separate commands: in a cluster the connections hash and the summary live in different slots.
      await Promise.all([redis.del(connectionsKey), redis.del(summaryKey), redis.zrem(INDEX_KEY, replicaId)]).catch(failed);
      redis.disconnect();
    },
  };
}

/** Redis when REDIS_URL is set, this process only otherwise (same rule as the bus). */
export async function openConnectionRegistry(redisUrl?: string, options: { observer?: boolean } = {}): Promise<ConnectionRegistry> {
  return redisUrl ? createRedisRegistry(redisUrl, options) : createMemoryRegistry();
}
