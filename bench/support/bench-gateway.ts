import { loadGatewayEnv, startGateway, type RunningGateway } from '@clearpath/gateway';
import pg from 'pg';
import { createBenchDatabase, keptBenchDatabase, type BenchDatabase } from './bench-database.js';

/** The admin key of the default organization in every bench run (registered at start, never reused). */
export const BENCH_API_KEY = `cp_bench_admin_${'k'.repeat(24)}`;
export const BENCH_ORG = 'org_default';

export interface BenchGateway {
  gateway: RunningGateway;
  url: string;
  database: BenchDatabase;
  /** A direct connection to the bench database for loading data and EXPLAIN. */
  sql: pg.Client;
  close(): Promise<void>;
}

/**
 * The all-in-one gateway in this process on a free port, over a fresh PostgreSQL database with the
 * migrations applied, no demo data, the in-process bus and warn-level logs.
 * With `detection: false` the investigations engine (anomaly detection, ETA refresh) does not run here, as
 * in split mode where it has its own process: the figures are then the request path's alone.
 */
export async function startBenchGateway(options: { detection?: boolean; keepDatabase?: string | undefined } = {}): Promise<BenchGateway> {
  const database = options.keepDatabase ? await keptBenchDatabase(options.keepDatabase) : await createBenchDatabase();
  let gateway: RunningGateway | undefined;
  const sql = new pg.Client({ connectionString: database.url });
  try {
    gateway = await startGateway(
      loadGatewayEnv({
        PORT: '0',
        DATABASE_URL: database.url,
        CLEARPATH_API_KEY: BENCH_API_KEY,
        CLEARPATH_DEMO: 'false',
        CLEARPATH_DEFAULT_ORG: BENCH_ORG,
        LOG_LEVEL: 'warn',
        REDIS_URL: '',
        // Nothing listens there: queries touching investigations fields would fail, the benchmarks send none.
        ...(options.detection === false ? { SUBGRAPH_INVESTIGATIONS_URL: 'http://127.0.0.1:9/graphql' } : {}),
      }),
    );
    await sql.connect();
  } catch (error) {
    await gateway?.stop();
    await database.drop();
    throw error;
  }
  const running = gateway;
  return {
    gateway: running,
    url: running.url,
    database,
    sql,
    async close() {
      await sql.end().catch(() => undefined);
      await running.stop();
      await database.drop();
    },
  };
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a prepared body and fails loudly on HTTP or GraphQL errors, so a broken run never reports speed. */
export async function postJson<T>(url: string, body: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_API_KEY}` },
    body,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${url} → ${response.status}: ${text.slice(0, 500)}`);
  const parsed = JSON.parse(text) as T & GraphQLResponse<unknown>;
  if (parsed.errors?.length) throw new Error(`POST ${url}: ${JSON.stringify(parsed.errors).slice(0, 500)}`);
  return parsed;
}

/** A GraphQL request body, serialized once up front so the client spends no time on it while measured. */
export const graphqlBody = (query: string, variables: Record<string, unknown> = {}): string => JSON.stringify({ query, variables });
