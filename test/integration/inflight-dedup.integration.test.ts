import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/test-database.js';
import { createPackage } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

interface Fetches {
  fetches: number;
  merged: number;
}

const LIST = `{ packages(first: 20) { edges { node { trackingNumber anomalies { type } } } } }`;

describe.each(BACKENDS)('identical subgraph fetches in flight run once (%s)', (backend) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  const counters = async (): Promise<Fetches> => ((await (await fetch(`${app.url}/health`)).json()) as { subgraphFetches: Fetches }).subgraphFetches;
  const numbers = (result: { data?: { packages: { edges: { node: { trackingNumber: string } }[] } } }) =>
    result.data!.packages.edges.map((e) => e.node.trackingNumber).sort();

  it('merges concurrent identical queries of one organization and role, and never across organizations or roles', async () => {
    const [a, b] = [app.token('org_dedup_a'), app.token('org_dedup_b')];
    const ownA = await Promise.all([1, 2, 3].map(() => createPackage(app, a)));
    const ownB = await Promise.all([1, 2].map(() => createPackage(app, b)));
    const viewerA = app.token('org_dedup_a', 'org:viewer');

    const before = await counters();
    const results = await Promise.all([...Array.from({ length: 8 }, () => app.gql(LIST, {}, a)), ...Array.from({ length: 8 }, () => app.gql(LIST, {}, b)), app.gql(LIST, {}, viewerA)]);
    const after = await counters();

    for (const r of results.slice(0, 8)) expect(numbers(r as never)).toEqual(ownA.map((p) => p.trackingNumber).sort());
    for (const r of results.slice(8, 16)) expect(numbers(r as never)).toEqual(ownB.map((p) => p.trackingNumber).sort());
    expect(numbers(results[16] as never)).toEqual(ownA.map((p) => p.trackingNumber).sort());
    // PGlite runs each query to completion in-process, so requests rarely overlap there; PostgreSQL's do.
    if (backend === 'postgres') expect(after.merged - before.merged).toBeGreaterThan(0);
    // At least one fetch per subgraph for each organization and role: nothing was shared across them.
    expect(after.fetches - before.fetches).toBeGreaterThanOrEqual(3 * 2);
  });

  it('keeps roles apart: concurrent admins and viewers asking the same get their own answers', async () => {
    const admin = app.token('org_dedup_r');
    const viewer = app.token('org_dedup_r', 'org:viewer');
    const query = '{ apiKeys { name } }';
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => app.gql<{ apiKeys: unknown[] }>(query, {}, i % 2 ? viewer : admin)));
    results.forEach((r, i) => {
      if (i % 2) expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      else expect(r.data?.apiKeys).toBeInstanceOf(Array);
    });
  });

  it('never merges what a mutation causes', async () => {
    const token = app.token('org_dedup_m');
    const pkg = await createPackage(app, token);
    const before = await counters();
    const update = `mutation($id: ID!) { updatePackage(id: $id, input: { reference: "same" }) { id reference } }`;
    const results = await Promise.all(Array.from({ length: 6 }, () => app.gql(update, { id: pkg.id }, token)));
    for (const r of results) expect(r.errors).toBeUndefined();
    expect((await counters()).merged).toBe(before.merged);
  });
});
