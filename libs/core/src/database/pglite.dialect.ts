import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';

/**
 * Presents one PGlite instance to kysely's PostgresDialect as a pool with a single connection.
 * PGlite is single-session, so a connection is held exclusively (a transaction must not interleave with
 * other queries); callers queue for it in order.
 */
class PGlitePool implements PostgresPool {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly db: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.queue;
    this.queue = previous.then(() => turn);
    await previous;
    const db = this.db;
    return {
      async query<R>(sql: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        const result = await db.query<R>(sql, parameters as unknown[]);
        return { command: 'UPDATE', rowCount: result.affectedRows ?? 0, rows: result.rows };
      },
      release,
    } as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.queue;
    await this.db.close();
  }
}

export function createPGliteDialect(db: PGlite): PostgresDialect {
  return new PostgresDialect({ pool: new PGlitePool(db) });
}
