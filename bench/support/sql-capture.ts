import { Kysely, PostgresDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '@clearpath/core';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
  durationMs: number;
}

export interface CapturingDb {
  db: Kysely<Database>;
  /** Every statement the db ran since the last drain(), with its time as kysely measured it. */
  drain(): CapturedQuery[];
  close(): Promise<void>;
}

/**
 * A Kysely instance like the app's (pg pool, int8/numeric as numbers) that records each statement, so a
 * benchmark can run the real repository code, time its statements and EXPLAIN exactly what it sent.
 */
export function capturingDb(url: string): CapturingDb {
  const INT8 = 20;
  const NUMERIC = 1700;
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection closed by the server (database dropped at the end) must not crash the run.
  pool.on('error', () => undefined);
  let captured: CapturedQuery[] = [];
  const record = (query: CompiledQuery, durationMs: number): void => {
    captured.push({ sql: query.sql, parameters: query.parameters, durationMs });
  };
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => record(event.query, event.queryDurationMillis),
  });
  return {
    db,
    drain() {
      const out = captured;
      captured = [];
      return out;
    },
    close: () => db.destroy(),
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured statement inside a rolled-back transaction (writes are undone). */
export async function explainAnalyze(client: pg.ClientBase, query: { sql: string; parameters: readonly unknown[] }): Promise<string> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, [...query.parameters]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.query('ROLLBACK');
  }
}
