import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './database.types.js';
import { createPGliteDialect } from './pglite.dialect.js';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Repository functions take either a database or an open transaction. */
export type DbOrTx = Db | Tx;

export interface DatabaseOptions {
  /** PostgreSQL URL; unset selects embedded PGlite. */
  url?: string | undefined;
  /** PGlite data directory; "memory://" keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** Seconds an idle pooled connection is kept (DATABASE_POOL_IDLE_SECONDS); 0: kept until close. */
  idleSeconds?: number;
}

export interface DatabaseHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** PostgreSQL's connection pool, for its metrics (PGlite has one connection and no pool). */
  pool?: Pick<pg.Pool, 'totalCount' | 'idleCount' | 'waitingCount'>;
  close(): Promise<void>;
}

// int8 (counts, seq) and numeric come back as JS numbers on both backends: seq stays far below 2^53.
const INT8 = 20;
const NUMERIC = 1700;

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      idleTimeoutMillis: (options.idleSeconds ?? 300) * 1000,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection that PostgreSQL drops (restart, failover) is an 'error' on the pool: without a
    // listener that would crash the process; the pool discards it and the next query reconnects.
    pool.on('error', () => {});
    // A connection that is checked out (a transaction, a query under way) has no pool listener: when
    // PostgreSQL goes away its client emits 'error', which crashed the process. The query in flight
    // still fails with the error, and the broken client is dropped when it is released.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', pool, close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir, {
    extensions: { pg_trgm, unaccent },
    parsers: { [INT8]: Number, [NUMERIC]: Number },
  });
  const db = new Kysely<Database>({ dialect: createPGliteDialect(lite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
