import { sql } from 'kysely';
import { createAuthenticator, type Authenticator } from '../auth/authenticator.js';
import type { RuntimeEnv } from '../config.js';
import { openBus, type Bus } from '../bus/bus.js';
import { openDatabase, type DatabaseHandle } from '../database/database.js';
import { migrateToLatest } from '../database/migrator.js';
import { createLogger, type Logger } from '../logger.js';

/** The shared dependencies of a process: database (migrated), bus, authenticator, logger. */
export interface ServiceRuntime {
  database: DatabaseHandle;
  bus: Bus;
  authenticator: Authenticator;
  logger: Logger;
  /** Database and bus reachability, for /health. */
  health(): Promise<{ status: 'ok' | 'down'; database: string; bus: string; error?: string }>;
  close(): Promise<void>;
}

export async function openRuntime(name: string, env: RuntimeEnv): Promise<ServiceRuntime> {
  const logger = createLogger(name, env.LOG_LEVEL);
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.CLEARPATH_DATA_DIR });
  await migrateToLatest(database.db);
  const bus = await openBus(env.REDIS_URL);
  const authenticator = createAuthenticator(database.db, {
    jwtKey: env.CLERK_JWT_KEY,
    secretKey: env.CLERK_SECRET_KEY,
    authorizedParties: env.CLERK_AUTHORIZED_PARTIES,
  });
  return {
    database,
    bus,
    authenticator,
    logger,
    async health() {
      try {
        await sql`select 1`.execute(database.db);
        return { status: 'ok', database: database.kind, bus: bus.kind };
      } catch (error) {
        return { status: 'down', database: database.kind, bus: bus.kind, error: String(error) };
      }
    },
    async close() {
      await bus.close();
      await database.close();
    },
  };
}
