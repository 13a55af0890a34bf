import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const SEARCH = /* GraphQL */ `
  query($filter: PackageFilter, $exact: Boolean! = false) {
    packages(filter: $filter, first: 50) { totalCount totalCountEstimated exactCount: totalCount(exact: $exact) edges { node { trackingNumber } } }
  }
`;
type Found = { packages: { totalCount: number; totalCountEstimated: boolean; exactCount: number; edges: { node: { trackingNumber: string } }[] } };

describe.each(BACKENDS)('free-text search on %s', (backend) => {
  let app: TestApp;
  const org = `org_search_${backend}`;
  let token: string;
  const find = async (q: string, caller = token) => {
    const result = await app.gql<Found>(SEARCH, { filter: { q }, exact: true }, caller);
    expect(result.errors, q).toBeUndefined();
    return result.data!.packages.edges.map((e) => e.node.trackingNumber).sort();
  };

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(org);
    const facilities = await app.gql(
      `mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`,
      { f: [{ code: 'HUB-HAM', name: 'Hamburg Billbrook Hub', type: 'HUB', lat: 53.55, lon: 10.07 }, { code: 'DEP-ZRH', name: 'Zürich Depot', type: 'DEPOT', lat: 47.37, lon: 8.54 }] },
      token,
    );
    expect(facilities.errors).toBeUndefined();
    await createPackage(app, token, { trackingNumber: 'SRCH00012345678', reference: 'ORD-4471', recipient: 'Chloé Müller', destination: { name: 'Chloé Müller', address: 'Elbchaussee 1, Hamburg' } });
    await createPackage(app, token, { trackingNumber: 'SRCH00087654321', recipient: 'Jan de Vries', origin: { facilityCode: 'HUB-HAM' }, destination: { facilityCode: 'DEP-ZRH' } });
    await createPackage(app, token, { trackingNumber: 'SRCH00055555555', reference: 'SRCH00012345678X', recipient: 'Anna Schmidt', destination: { address: 'Berlin' } });
    // Another organization's Hamburg package is never found.
    await createPackage(app, app.token(`${org}_other`), { trackingNumber: 'OTHER1', recipient: 'Hamburg Müller', destination: { address: 'Hamburg' } });
  });
  afterAll(() => app?.close());

  it('finds a city in addresses and facility names, folds case and accents, matches word prefixes', async () => {
    expect(await find('Hamburg')).toEqual(['SRCH00012345678', 'SRCH00087654321']);
    expect(await find('hamb')).toEqual(['SRCH00012345678', 'SRCH00087654321']);
    expect(await find('zurich')).toEqual(['SRCH00087654321']);
    expect(await find('MULLER chloe')).toEqual(['SRCH00012345678']);
    expect(await find('Müller Berlin')).toEqual([]);
    expect(await find('de vri')).toEqual(['SRCH00087654321']);
    expect(await find('hub-ham')).toEqual(['SRCH00087654321']);
    expect(await find('4471')).toEqual(['SRCH00012345678']);
  });

  it('answers a whole tracking number or reference exactly, and a code fragment as a substring', async () => {
    // The tracking number is also the start of another package's reference: the exact match wins.
    expect(await find('SRCH00012345678')).toEqual(['SRCH00012345678']);
    expect(await find('ORD-4471')).toEqual(['SRCH00012345678']);
    expect(await find('87654321')).toEqual(['SRCH00087654321']);
    expect(await find('srch000')).toEqual(['SRCH00012345678', 'SRCH00055555555', 'SRCH00087654321']);
  });

  it('counts exactly when few match, says so, and counts on request', async () => {
    const result = await app.gql<Found>(SEARCH, { filter: { q: 'hamburg' }, exact: true }, token);
    expect(result.data?.packages).toMatchObject({ totalCount: 2, totalCountEstimated: false, exactCount: 2 });
    const all = await app.gql<Found>(SEARCH, { filter: { carrier: ['DHL'] } }, token);
    expect(all.data?.packages).toMatchObject({ totalCount: 3, totalCountEstimated: false, exactCount: 3 });
    const rest = await app.rest('GET', '/api/v1/packages?q=hamburg&count=exact', { token });
    expect(rest.body).toMatchObject({ total_count: 2, total_count_estimated: false });
    expect((await app.rest('GET', '/api/v1/packages?q=hamburg', { token })).body).toMatchObject({ total_count: 2, total_count_estimated: false });
    const bad = await app.gql(SEARCH, { filter: { q: 'x'.repeat(201) } }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the search rows sort key in step with packages: creation time, deletion, order and cursors', async () => {
    const owner = app.token(`${org}_sortkey`);
    const db = app.gateway.runtime.database.db;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await createPackage(app, owner, { recipient: `Käthe Lindqvist ${i}` })).id);
    // Creation times moved (a data fix, an import) with two equal to the microsecond, then one deleted.
    await sql`UPDATE packages SET created_at = '2026-11-20T08:00:00.000001Z' WHERE id = ANY(${[ids[1], ids[4]]}::uuid[])`.execute(db);
    await sql`UPDATE packages SET created_at = '2026-11-19T08:00:00Z' WHERE id = ${ids[2]}::uuid`.execute(db);
    const deleted = await app.gql<{ deletePackage: { deleted: boolean } }>(`mutation($id: ID!) { deletePackage(id: $id) { deleted } }`, { id: ids[3] }, owner);
    expect(deleted.data?.deletePackage.deleted).toBe(true);

    const drift = await sql<{ n: number }>`SELECT count(*)::int AS n FROM packages p JOIN package_search s ON s.package_id = p.id
      WHERE p.organization_id = ${`${org}_sortkey`} AND (s.created_at IS DISTINCT FROM p.created_at OR s.deleted_at IS DISTINCT FROM p.deleted_at)`.execute(db);
    expect(drift.rows[0]!.n).toBe(0);

    const PAGE = `query($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {
      packages(filter: $filter, sort: $sort, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    type Page = { packages: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };
    for (const direction of ['DESC', 'ASC'] as const) {
      const all = async (filter: Record<string, unknown>, first: number) => {
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const result: { data?: Page; errors?: unknown } = await app.gql<Page>(PAGE, { filter, sort: { field: 'CREATED_AT', direction }, first, after }, owner);
          expect(result.errors).toBeUndefined();
          seen.push(...result.data!.packages.edges.map((e) => e.node.id));
          after = result.data!.packages.pageInfo.hasNextPage ? result.data!.packages.pageInfo.endCursor : null;
        } while (after);
        return seen;
      };
      // The text page (read on the search table) in the same order as the unfiltered one (read on packages).
      const expected = await all({}, 100);
      expect(expected).toHaveLength(5);
      expect(expected).not.toContain(ids[3]);
      expect(await all({ q: 'lindqvist' }, 100)).toEqual(expected);
      expect(await all({ q: 'kathe' }, 2)).toEqual(expected);
      expect(await all({ q: 'lindq', status: ['INFO_RECEIVED'] }, 1)).toEqual(expected);
    }
  });
});
