import { sql } from 'kysely';
import { createAuthenticator, type Authenticator } from '../auth/authenticator.js';
import type { RuntimeEnv } from '../config.js';
import { openBus, type Bus } from '../bus/bus.js';
import { openDatabase, type DatabaseHandle } from '../database/database.js';
import { startPartitionMaintenance } from '../database/event-partitions.js';
import { LATEST_MIGRATION, migrateToLatest } from '../database/migrator.js';
import { createReadRouting, type ReadRouting } from '../database/read-routing.js';
import { createLogger, type Logger } from '../logger.js';
import { dbPoolConnections } from './metrics.js';

/** The shared dependencies of a process: database (migrated), bus, authenticator, logger. */
export interface ServiceRuntime {
  database: DatabaseHandle;
  /** Where reads that may go to a replica go (DATABASE_READ_URL). */
  reads: ReadRouting;
  bus: Bus;
  authenticator: Authenticator;
  logger: Logger;
  /** What /metrics asks scrapers for (CLEARPATH_METRICS_TOKEN); undefined: private addresses only. */
  metricsToken: string | undefined;
  /** Database and bus reachability, for /health. */
  health(): Promise<{ status: 'ok' | 'down'; database: string; bus: string; error?: string }>;
  /** Each dependency readiness needs (PostgreSQL or PGlite with this code's migrations, Redis when used). */
  readiness(): Promise<Record<string, ReadinessCheck>>;
  close(): Promise<void>;
}

export interface ReadinessCheck {
  ok: boolean;
  error?: string;
}

/** A dependency that does not answer within this is as good as down for a load balancer. */
const CHECK_TIMEOUT_MS = 2000;

async function check(probe: () => Promise<unknown>): Promise<ReadinessCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

export async function openRuntime(name: string, env: RuntimeEnv): Promise<ServiceRuntime> {
  const logger = createLogger(name, env.LOG_LEVEL);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.CLEARPATH_DATA_DIR, idleSeconds: env.DATABASE_POOL_IDLE_SECONDS });
  await migrateToLatest(database.db);
  const partitions = startPartitionMaintenance(database.db, { retentionMonths: env.TRACKING_EVENTS_RETENTION_MONTHS, logger });
  await partitions.ready;
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) throw new Error('DATABASE_READ_URL needs DATABASE_URL (a replica of PostgreSQL, not of PGlite)');
  const replica = env.DATABASE_READ_URL ? await openDatabase({ url: env.DATABASE_READ_URL, idleSeconds: env.DATABASE_POOL_IDLE_SECONDS }) : undefined;
  const replicaProbe = env.DATABASE_READ_URL ? await openDatabase({ url: env.DATABASE_READ_URL, poolSize: 1 }) : undefined;
  const reads = createReadRouting(database.db, replica?.db, { stickyMs: env.DATABASE_READ_STICKY_SECONDS * 1000, probe: replicaProbe?.db });
  // Writes announced on the bus keep their organization's reads on the primary for a while.
  const bus = await reads.watch(await openBus(env.REDIS_URL, logger));
  const authenticator = createAuthenticator(database.db, {
    jwtKey: env.CLERK_JWT_KEY,
    secretKey: env.CLERK_SECRET_KEY,
    authorizedParties: env.CLERK_AUTHORIZED_PARTIES,
  });
  const { pool } = database;
  const unregisterPool = pool
    ? dbPoolConnections.add(() => [
        { labels: { state: 'total' }, value: pool.totalCount },
        { labels: { state: 'idle' }, value: pool.idleCount },
        { labels: { state: 'waiting' }, value: pool.waitingCount },
      ])
    : () => {};
  return {
    database,
    reads,
    bus,
    authenticator,
    logger,
    metricsToken: env.CLEARPATH_METRICS_TOKEN,
    async health() {
      try {
        await sql`select 1`.execute(database.db);
        await bus.ping();
        return { status: 'ok', database: database.kind, bus: bus.kind };
      } catch (error) {
        return { status: 'down', database: database.kind, bus: bus.kind, error: String(error) };
      }
    },
    async readiness() {
      const [db, migrations, redis] = await Promise.all([
        check(() => sql`select 1`.execute(database.db)),
        check(async () => {
          const { rows } = await sql`select 1 from kysely_migration where name = ${LATEST_MIGRATION}`.execute(database.db);
          if (rows.length === 0) throw new Error(`migration ${LATEST_MIGRATION} has not run`);
        }),
        bus.kind === 'redis' ? check(() => bus.ping()) : undefined,
      ]);
      return { [database.kind]: db, migrations, ...(redis ? { redis } : {}) };
    },
    async close() {
      partitions.stop();
      unregisterPool();
      reads.close();
      await bus.close();
      await replica?.close();
      await replicaProbe?.close();
      await database.close();
    },
  };
}
