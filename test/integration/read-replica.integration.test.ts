import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { startThrowawayPostgres, startThrowawayReplica, type Restartable } from '../support/throwaway-services.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const REFERENCE = `query($id: ID!) { package(id: $id) { reference } }`;
const LIST = `{ packages(first: 50) { edges { node { id } } } }`;

/** DATABASE_READ_URL with a real streaming replica (pg_basebackup) of a PostgreSQL cluster of this test's own. */
describe('reads from a streaming replica', () => {
  let primary: Restartable;
  let replica: Awaited<ReturnType<typeof startThrowawayReplica>>;
  let primarySql: pg.Client;
  let replicaSql: pg.Client;
  let app: TestApp;
  let bob: string;
  let alice: string;

  beforeAll(async () => {
    primary = await startThrowawayPostgres();
    replica = await startThrowawayReplica(primary.url);
    app = await startTestApp('pglite', { DATABASE_URL: primary.url, DATABASE_READ_URL: replica.url, DATABASE_READ_STICKY_SECONDS: '1' });
    primarySql = new pg.Client(primary.url);
    replicaSql = new pg.Client(replica.url);
    await Promise.all([primarySql.connect(), replicaSql.connect()]);
    bob = app.token('org_bob');
    alice = app.token('org_alice');
  }, 120_000);
  afterAll(async () => {
    await Promise.all([primarySql?.end(), replicaSql?.end()]);
    await app?.close();
    await replica?.remove();
    await primary?.remove();
  });

  const readReference = async (id: string, token: string) =>
    (await app.gql<{ package: { reference: string | null } | null }>(REFERENCE, { id }, token)).data?.package?.reference;

  it('serves reads from the replica, and from the primary once the replica falls behind', async () => {
    const pkg = await createPackage(app, bob, { reference: 'as-created' });
    // Past Bob's sticky second, with the replica caught up: his reads go to the replica.
    await expect.poll(async () => (await replicaSql.query('select count(*)::int as n from packages where id = $1', [pkg.id])).rows[0].n, { timeout: 10_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await readReference(pkg.id, bob)).toBe('as-created');
    // The app's read ran on the replica: its connection there last ran the package lookup.
    const onReplica = await replicaSql.query(`select query from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`);
    expect(onReplica.rows.map((r: { query: string }) => r.query).join('\n')).toMatch(/from "packages"/);
    await replicaSql.query('select pg_wal_replay_pause()');
    try {
      // Written on the primary behind the app's back (no bus message): only a primary read can see it.
      await primarySql.query(`update packages set reference = 'changed-on-primary' where id = $1`, [pkg.id]);
      // The replica has not replayed what the primary had at a probe: reads move to the primary.
      await expect.poll(() => readReference(pkg.id, bob), { timeout: 10_000, interval: 200 }).toBe('changed-on-primary');
    } finally {
      await replicaSql.query('select pg_wal_replay_resume()');
    }
  });

  it('keeps a caller’s reads on the primary right after its own writes (read your writes)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000)); // the replica is current again
    await replicaSql.query('select pg_wal_replay_pause()');
    try {
      const created = await createPackage(app, alice, { reference: 'fresh' });
      expect(await readReference(created.id, alice)).toBe('fresh');
      const list = await app.gql<{ packages: { edges: { node: { id: string } }[] } }>(LIST, {}, alice);
      expect(list.data?.packages.edges.map((e) => e.node.id)).toContain(created.id);
      const replicaRows = await replicaSql.query('select count(*)::int as n from packages where id = $1', [created.id]);
      expect(replicaRows.rows[0].n).toBe(0); // the replica really did not have it
    } finally {
      await replicaSql.query('select pg_wal_replay_resume()');
    }
  });
});
