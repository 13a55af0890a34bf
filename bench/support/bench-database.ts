import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server the benchmarks create their throw-away databases on (trust auth, user postgres). */
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** A fresh database `clearpath_bench_<random>` for one run; drop() removes it even with open connections. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `clearpath_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * A database kept between runs (`--keep-database NAME`): created when missing, never dropped, so a
 * benchmark can skip loading a million rows it loaded before (the gateway still applies new migrations).
 */
export async function keptBenchDatabase(name: string): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`--keep-database wants a lower-case SQL name, got ${name}`);
  const admin = new pg.Client({ connectionString: BENCH_POSTGRES_URL });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(BENCH_POSTGRES_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: async () => {} };
}

/** PostgreSQL's version string and the settings that shape write and read throughput. */
export async function describeServer(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ v: string; sb: string; sc: string; wm: string }>(
    `SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb,
            current_setting('synchronous_commit') AS sc, current_setting('work_mem') AS wm`,
  );
  const r = rows[0]!;
  return `PostgreSQL ${r.v} (shared_buffers ${r.sb}, work_mem ${r.wm}, synchronous_commit ${r.sc})`;
}
