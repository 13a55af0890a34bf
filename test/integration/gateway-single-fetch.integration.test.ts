import { join, resolve } from 'node:path';
import { loadGatewayEnv, startGateway, type RunningGateway } from '@clearpath/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../support/clerk-tokens.js';
import { uniqueTracking } from '../support/factories.js';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { createPostgresDatabase } from '../support/test-database.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KEY = 'cp_single_fetch_test_admin_key_0123456789';

interface Case {
  name: string;
  body: Record<string, unknown>;
  token?: string;
  /** Whether the single-fetch path must answer it (after the first request planned it), or must not. */
  fast: boolean;
}

/**
 * Two gateways over the same subgraphs, split (the packages subgraph as its own process, called over HTTP)
 * or all-in-one (in process): one answers queries planned as one plain fetch with the subgraph's reply (the
 * default), the other runs every query through Apollo Gateway's executor. For each operation, valid or not,
 * both must answer the same status and the same bytes, and the first must have taken its single-fetch path
 * exactly where it applies.
 */
describe.each(['split', 'all-in-one'] as const)('single-fetch path of the gateway (%s)', (mode) => {
  const issuer = createTokenIssuer();
  const tokenA = issuer.mint({ org_id: 'org_single_a', org_role: 'org:admin', sub: 'user_a' });
  const tokenB = issuer.mint({ org_id: 'org_single_b', org_role: 'org:admin', sub: 'user_b' });
  const viewerA = issuer.mint({ org_id: 'org_single_a', org_role: 'org:viewer', sub: 'user_v' });
  let packages: Proc | undefined;
  let fast: RunningGateway | undefined;
  let normal: RunningGateway | undefined;
  let dropDatabase: () => Promise<void> = async () => {};
  let ownA: { id: string; trackingNumber: string };
  let ownB: { id: string; trackingNumber: string };

  beforeAll(async () => {
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const env = { DATABASE_URL: database.url, REDIS_URL: '', CLEARPATH_API_KEY: KEY, CLEARPATH_DEMO: 'false', CLERK_JWT_KEY: issuer.publicKeyPem, LOG_LEVEL: 'warn' };
    let subgraphs = {};
    if (mode === 'split') {
      const port = await freePort();
      packages = startProcess(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, 'subgraphs/packages/src/main.ts')], { ...env, PORT: String(port) });
      await waitForHttp(`http://127.0.0.1:${port}/health/ready`, packages, 120_000);
      subgraphs = { SUBGRAPH_PACKAGES_URL: `http://127.0.0.1:${port}/graphql` };
    }
    const gatewayEnv = loadGatewayEnv({ ...env, PORT: '0', CLEARPATH_DATA_DIR: 'memory://', ...subgraphs });
    fast = await startGateway(gatewayEnv);
    normal = await startGateway(gatewayEnv, { singleFetch: false });
    ownA = await create(tokenA, { reference: 'order-1', metadata: { a: [1, null] } });
    ownB = await create(tokenB, {});
  }, 300_000);

  afterAll(async () => {
    await fast?.stop();
    await normal?.stop();
    await packages?.stop();
    await dropDatabase();
  });

  const post = async (gateway: RunningGateway, body: Record<string, unknown>, token?: string) => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.text() };
  };
  async function create(token: string, input: Record<string, unknown>) {
    const result = await post(
      fast!,
      { query: `mutation($input: CreatePackageInput!) { createPackage(input: $input) { id trackingNumber } }`, variables: { input: { trackingNumber: uniqueTracking('SF'), carrier: 'DHL', ...input } } },
      token,
    );
    const parsed = JSON.parse(result.body) as { data?: { createPackage: { id: string; trackingNumber: string } } };
    if (!parsed.data) throw new Error(result.body);
    return parsed.data.createPackage;
  }
  const singleFetches = async (gateway: RunningGateway) =>
    ((await (await fetch(`${gateway.url}/health`)).json()) as { subgraphFetches: { singleFetch: number } }).subgraphFetches.singleFetch;

  const byId = `query ById($id: ID!) { package(id: $id) { id trackingNumber carrier status serviceLevel reference recipient metadata promisedDeliveryAt currentLocation { facilityCode name } events(last: 2) { id } } }`;
  const cases = (): Case[] => [
    { name: 'package(id) with variables', body: { query: byId, variables: { id: ownA.id } }, token: tokenA, fast: true },
    { name: 'the same for another organization', body: { query: byId, variables: { id: ownB.id } }, token: tokenB, fast: true },
    { name: "another organization's package (null)", body: { query: byId, variables: { id: ownB.id } }, token: tokenA, fast: true },
    { name: 'a viewer', body: { query: byId, variables: { id: ownA.id } }, token: viewerA, fast: true },
    {
      name: 'aliases and __typename',
      body: { query: `query Aliased($id: ID!, $other: ID!) { first: package(id: $id) { __typename ident: id tn: trackingNumber } second: package(id: $other) { id } }`, variables: { id: ownA.id, other: ownB.id } },
      token: tokenA,
      fast: true,
    },
    ...[true, false].map((flag) => ({
      name: `@include/@skip with ${flag}`,
      body: { query: `query Cond($id: ID!, $with: Boolean!) { package(id: $id) { id trackingNumber @include(if: $with) carrier @skip(if: $with) } }`, variables: { id: ownA.id, with: flag } },
      token: tokenA,
      fast: true,
    })),
    { name: 'a list page', body: { query: `{ packages(first: 3) { edges { node { id status lastEventAt } } pageInfo { hasNextPage } } }` }, token: tokenA, fast: true },
    { name: 'an operation chosen by name', body: { query: `query A { packages(first: 1) { edges { node { id } } } } query B($id: ID!) { package(id: $id) { trackingNumber } }`, operationName: 'B', variables: { id: ownA.id } }, token: tokenA, fast: true },
    { name: 'an id that is not one (null)', body: { query: byId, variables: { id: 'not-an-id' } }, token: tokenA, fast: true },
    { name: 'an error from the subgraph', body: { query: `query Bad { packages(first: -5) { edges { node { id } } } }` }, token: tokenA, fast: false },
    { name: 'a partial error from the subgraph', body: { query: `query Partial($id: ID!) { package(id: $id) { id } packages(first: -5) { edges { node { id } } } }`, variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'a missing variable', body: { query: byId, variables: {} }, token: tokenA, fast: false },
    { name: 'a variable of the wrong type', body: { query: byId, variables: { id: { nested: true } } }, token: tokenA, fast: false },
    { name: 'an unknown field', body: { query: `query Unknown($id: ID!) { package(id: $id) { id nope } }`, variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'too many aliases', body: { query: `{ ${Array.from({ length: 21 }, (_, i) => `a${i}: packages(first: 1) { pageInfo { hasNextPage } }`).join(' ')} }` }, token: tokenA, fast: false },
    { name: 'no credentials', body: { query: byId, variables: { id: ownA.id } }, fast: false },
    { name: 'an operationName that names nothing', body: { query: byId, operationName: 'Nope', variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'two subgraphs', body: { query: `query Cross($id: ID!) { package(id: $id) { id anomalies { id } eta { p50 } } }`, variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'a fragment', body: { query: `query Frag($id: ID!) { package(id: $id) { ...F } } fragment F on Package { id trackingNumber }`, variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'an inline fragment', body: { query: `query Inline($id: ID!) { package(id: $id) { ... on Package { id } } }`, variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'root __typename', body: { query: `query Root($id: ID!) { __typename package(id: $id) { id } }`, variables: { id: ownA.id } }, token: tokenA, fast: false },
    { name: 'introspection', body: { query: `{ __schema { queryType { name } } }` }, token: tokenA, fast: false },
    { name: 'a mutation that fails', body: { query: `mutation Fail { updatePackage(id: "not-an-id", input: { reference: "x" }) { id } }` }, token: tokenA, fast: false },
  ];

  it('answers every operation exactly as Apollo Gateway does, and takes the single-fetch path only where it applies', { timeout: 120_000 }, async () => {
    for (const c of cases()) {
      const before = await singleFetches(fast!);
      // The first request plans the operation (Apollo Gateway's executor); the second may take the path.
      const [first, second, expected] = [await post(fast!, c.body, c.token), await post(fast!, c.body, c.token), await post(normal!, c.body, c.token)];
      const taken = (await singleFetches(fast!)) - before;
      expect({ name: c.name, first }).toEqual({ name: c.name, first: expected });
      expect({ name: c.name, second }).toEqual({ name: c.name, second: expected });
      // One (the second) or two (an operation text planned by an earlier case) where it applies.
      expect({ name: c.name, fast: taken > 0 }).toEqual({ name: c.name, fast: c.fast });
    }
    expect(await singleFetches(normal!)).toBe(0);
  });

  it('answers concurrent reads of two organizations each with its own package', { timeout: 60_000 }, async () => {
    const asks = Array.from({ length: 24 }, (_, i) => ({ token: i % 2 ? tokenB : tokenA, id: i % 3 ? ownA.id : ownB.id }));
    const results = await Promise.all(asks.map((ask) => post(fast!, { query: byId, variables: { id: ask.id } }, ask.token)));
    results.forEach((result, i) => {
      const { token, id } = asks[i]!;
      const own = (token === tokenA) === (id === ownA.id);
      const pkg = (JSON.parse(result.body) as { data: { package: { id: string } | null } }).data.package;
      expect(pkg?.id ?? null).toBe(own ? id : null);
    });
  });
});
