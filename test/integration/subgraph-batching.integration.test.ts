import { join, resolve } from 'node:path';
import { loadGatewayEnv, startGateway, type RunningGateway } from '@clearpath/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../support/clerk-tokens.js';
import { uniqueTracking } from '../support/factories.js';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { createPostgresDatabase } from '../support/test-database.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KEY = 'cp_batching_test_admin_key_0123456789';
const BY_ID = `query ById($id: ID!) { package(id: $id) { id trackingNumber } }`;

interface Batches {
  batches: number;
  batchedOperations: number;
}

/**
 * The gateway in front of a packages subgraph process (from source, its own Apollo Server with batching):
 * queries of one caller fetched in the same turn travel as one batched request, each caller still gets
 * exactly its own answer, and callers of different organizations never share a batch.
 */
describe('batched subgraph fetches', () => {
  const issuer = createTokenIssuer();
  let packages: Proc | undefined;
  let gateway: RunningGateway | undefined;
  let dropDatabase: () => Promise<void> = async () => {};

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url, REDIS_URL: '', CLEARPATH_API_KEY: KEY, CLEARPATH_DEMO: 'false', CLERK_JWT_KEY: issuer.publicKeyPem, LOG_LEVEL: 'warn' };
    const port = await freePort();
    packages = startProcess(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'subgraphs/packages/src/main.ts')], { ...env, PORT: String(port) });
    await waitForHttp(`http://127.0.0.1:${port}/health/ready`, packages, 120_000);
    gateway = await startGateway(loadGatewayEnv({ ...env, PORT: '0', CLEARPATH_DATA_DIR: 'memory://', SUBGRAPH_PACKAGES_URL: `http://127.0.0.1:${port}/graphql` }));
  }, 300_000);

  afterAll(async () => {
    await gateway?.stop();
    await packages?.stop();
    await dropDatabase();
  });

  const gql = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const response = await fetch(`${gateway!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: unknown[] };
  };
  const batches = async (): Promise<Batches> => ((await (await fetch(`${gateway!.url}/health`)).json()) as { subgraphFetches: Batches }).subgraphFetches;
  const create = async (token: string) => {
    const result = await gql<{ createPackage: { id: string; trackingNumber: string } }>(
      `mutation($input: CreatePackageInput!) { createPackage(input: $input) { id trackingNumber } }`,
      { input: { trackingNumber: uniqueTracking('BT'), carrier: 'DHL' } },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createPackage;
  };

  it('answers each of many concurrent reads by two organizations with its own package, batching within each', { timeout: 120_000 }, async () => {
    const [a, b] = [issuer.mint({ org_id: 'org_batch_a', org_role: 'org:admin', sub: 'user_a' }), issuer.mint({ org_id: 'org_batch_b', org_role: 'org:admin', sub: 'user_b' })];
    const ownA = await Promise.all(Array.from({ length: 6 }, () => create(a)));
    const ownB = await Promise.all(Array.from({ length: 6 }, () => create(b)));
    const before = await batches();
    // Rounds until one batch formed: requests only share a batch when the gateway reads them in one turn.
    for (let round = 0; round < 5 && (await batches()).batches === before.batches; round++) {
      const asks: { token: string; id: string; expected: { id: string; trackingNumber: string } | null }[] = [...ownA.map((p) => ({ token: a, id: p.id, expected: p })), ...ownB.map((p) => ({ token: b, id: p.id, expected: p }))];
      // Each organization also asks for the other's packages: inside a batch or not, it must see nothing.
      asks.push(...ownB.map((p) => ({ token: a, id: p.id, expected: null })), ...ownA.map((p) => ({ token: b, id: p.id, expected: null })));
      const results = await Promise.all(asks.map((ask) => gql<{ package: unknown }>(BY_ID, { id: ask.id }, ask.token)));
      results.forEach((result, i) => {
        expect(result.errors).toBeUndefined();
        expect(result.data?.package).toEqual(asks[i]!.expected);
      });
    }
    const after = await batches();
    expect(after.batches).toBeGreaterThan(before.batches);
    expect(after.batchedOperations - before.batchedOperations).toBeGreaterThanOrEqual(2 * (after.batches - before.batches));
  });
});
