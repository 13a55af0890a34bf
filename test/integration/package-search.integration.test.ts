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
});
