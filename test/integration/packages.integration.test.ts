import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, uniqueTracking, CREATE, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const LIST = /* GraphQL */ `
  query List($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {
    packages(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id trackingNumber carrier status reference } }
    }
  }
`;

describe.each(BACKENDS)('packages on %s', (backend) => {
  let app: TestApp;
  let token: string;
  const org = `org_pk_${backend}`;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(org);
  });
  afterAll(() => app?.close());

  it('creates, reads, updates and soft-deletes a package', async () => {
    const created = await createPackage(app, token, {
      reference: 'ORDER-1',
      recipient: 'Ada Lovelace',
      destination: { name: 'Berlin', lat: 52.52, lon: 13.405 },
      promisedDeliveryAt: '2026-12-01T12:00:00Z',
      metadata: { weightKg: 1.2 },
    });
    const get = await app.gql<{ package: { trackingNumber: string; destination: { lat: number }; metadata: unknown; status: string } }>(
      `query($id: ID!) { package(id: $id) { trackingNumber status destination { lat } metadata } }`,
      { id: created.id },
      token,
    );
    expect(get.data?.package).toMatchObject({ trackingNumber: created.trackingNumber, status: 'INFO_RECEIVED', destination: { lat: 52.52 }, metadata: { weightKg: 1.2 } });

    const updated = await app.gql<{ updatePackage: { reference: string; carrier: string } }>(
      `mutation($id: ID!, $input: UpdatePackageInput!) { updatePackage(id: $id, input: $input) { reference carrier } }`,
      { id: created.id, input: { reference: 'ORDER-2', carrier: 'UPS' } },
      token,
    );
    expect(updated.data?.updatePackage).toEqual({ reference: 'ORDER-2', carrier: 'UPS' });
    // free-text search follows the edit
    const search = async (q: string) => (await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { q } }, token)).data?.packages.totalCount;
    expect(await search('order-2')).toBe(1);
    expect(await search('ORDER-1')).toBe(0);

    const deleted = await app.gql(`mutation($id: ID!) { deletePackage(id: $id) { id deleted } }`, { id: created.id }, token);
    expect(deleted.data).toEqual({ deletePackage: { id: created.id, deleted: true } });
    const after = await app.gql(`query($id: ID!) { package(id: $id) { id } }`, { id: created.id }, token);
    expect(after.data).toEqual({ package: null });
    const again = await app.gql(`mutation($id: ID!) { deletePackage(id: $id) { id } }`, { id: created.id }, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps tracking numbers unique per organization, and lets another organization reuse one', async () => {
    const trackingNumber = uniqueTracking();
    await createPackage(app, token, { trackingNumber });
    const duplicate = await app.gql(CREATE, { input: { trackingNumber, carrier: 'DHL' } }, token);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const other = await app.gql(CREATE, { input: { trackingNumber, carrier: 'DHL' } }, app.token(`${org}_other`));
    expect(other.errors).toBeUndefined();
  });

  it('rejects bad input with a code and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ trackingNumber: '', carrier: 'DHL' }, 'BAD_USER_INPUT'],
      [{ trackingNumber: 'has space', carrier: 'DHL' }, 'BAD_USER_INPUT'],
      [{ trackingNumber: uniqueTracking(), carrier: 'DHL', destination: { lat: 95, lon: 0 } }, 'BAD_USER_INPUT'],
      [{ trackingNumber: uniqueTracking(), carrier: 'DHL', destination: { lat: 10 } }, 'BAD_USER_INPUT'],
      [{ trackingNumber: uniqueTracking(), carrier: 'DHL', serviceLevel: 'WARP' }, 'BAD_USER_INPUT'],
      [{ trackingNumber: uniqueTracking(), carrier: 42 }, 'BAD_USER_INPUT'],
    ];
    const before = await app.gql<{ packages: { totalCount: number } }>(LIST, {}, token);
    for (const [input, code] of cases) {
      const result = await app.gql(CREATE, { input }, token);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
    }
    const after = await app.gql<{ packages: { totalCount: number } }>(LIST, {}, token);
    expect(after.data?.packages.totalCount).toBe(before.data?.packages.totalCount);
    const badId = await app.gql(`query { package(id: "not-a-uuid") { id } }`, {}, token);
    expect(badId.data).toEqual({ package: null });
  });

  it('does not let a viewer write', async () => {
    const viewer = app.token(org, 'org:viewer');
    const result = await app.gql(CREATE, { input: { trackingNumber: uniqueTracking(), carrier: 'DHL' } }, viewer);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await app.gql(LIST, { first: 1 }, viewer);
    expect(read.errors).toBeUndefined();
  });

  it('filters, searches and pages with stable keyset cursors', async () => {
    const listOrg = app.token(`${org}_list`);
    const made: string[] = [];
    for (let i = 0; i < 23; i++) {
      const p = await createPackage(app, listOrg, {
        trackingNumber: `LIST${String(i).padStart(3, '0')}`,
        carrier: i % 3 === 0 ? 'UPS' : 'DHL',
        reference: i === 7 ? 'special_50%_off' : `REF${i}`,
      });
      made.push(p.id);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { packages: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } } =
        await app.gql(LIST, { first: 5, after }, listOrg);
      expect(page.data?.packages.totalCount).toBe(23);
      seen.push(...page.data!.packages.edges.map((e) => e.node.id));
      if (!page.data!.packages.pageInfo.hasNextPage) break;
      after = page.data!.packages.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(new Set(made));

    const ups = await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { carrier: ['UPS'] } }, listOrg);
    expect(ups.data?.packages.totalCount).toBe(8);

    const sorted = await app.gql<{ packages: { edges: { node: { trackingNumber: string } }[] } }>(
      LIST,
      { sort: { field: 'TRACKING_NUMBER', direction: 'ASC' }, first: 3 },
      listOrg,
    );
    expect(sorted.data?.packages.edges.map((e) => e.node.trackingNumber)).toEqual(['LIST000', 'LIST001', 'LIST002']);

    // LIKE metacharacters and SQL are matched literally
    const percent = await app.gql<{ packages: { totalCount: number; edges: { node: { reference: string } }[] } }>(LIST, { filter: { q: '50%' } }, listOrg);
    expect(percent.data?.packages.edges.map((e) => e.node.reference)).toEqual(['special_50%_off']);
    const underscore = await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { q: 'LIST_0' } }, listOrg);
    expect(underscore.data?.packages.totalCount).toBe(0);
    const injection = await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { q: "'; DROP TABLE packages; --" } }, listOrg);
    expect(injection.data?.packages.totalCount).toBe(0);
    const stillThere = await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { q: 'list01' } }, listOrg);
    expect(stillThere.data?.packages.totalCount).toBe(10);

    // By the facility of the latest located scan, with a status: what a depot has out for delivery.
    const scans = [0, 1, 2].map((i) => event(made[i]!, `fac-${i}`, new Date(Date.now() - 3_600_000).toISOString(), i === 2 ? 'IN_TRANSIT' : 'OUT_FOR_DELIVERY', { location: { facilityCode: i === 1 ? 'DEP-B' : 'DEP-A' } }));
    expect((await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events: scans }, listOrg)).data?.recordTrackingEvents.accepted).toBe(3);
    const atDepot = async (filter: Record<string, unknown>) => (await app.gql<{ packages: { totalCount: number; edges: { node: { id: string } }[] } }>(LIST, { filter }, listOrg)).data?.packages;
    expect((await atDepot({ facility: ['DEP-A'], status: ['OUT_FOR_DELIVERY'] }))?.edges.map((e) => e.node.id)).toEqual([made[0]]);
    expect((await atDepot({ facility: ['DEP-A'] }))?.totalCount).toBe(2);
    expect((await atDepot({ facility: ['DEP-A', 'DEP-B'], status: ['OUT_FOR_DELIVERY'] }))?.totalCount).toBe(2);
    expect((await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { facility: ['DEP-A'] } }, token)).data?.packages.totalCount).toBe(0);
    const tooManyCodes = await app.gql(LIST, { filter: { facility: Array.from({ length: 101 }, (_, i) => `F${i}`) } }, listOrg);
    expect(tooManyCodes.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const future = await app.gql<{ packages: { totalCount: number } }>(LIST, { filter: { createdFrom: '2999-01-01T00:00:00Z' } }, listOrg);
    expect(future.data?.packages.totalCount).toBe(0);

    const garbled = await app.gql(LIST, { after: 'garbage' }, listOrg);
    expect(garbled.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongSort = await app.gql(LIST, { after, sort: { field: 'TRACKING_NUMBER', direction: 'ASC' } }, listOrg);
    expect(wrongSort.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownEnum = await app.gql(LIST, { filter: { status: ['LOST_IN_SPACE'] } }, listOrg);
    expect(unknownEnum.status).toBe(400);
    expect(unknownEnum.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await app.gql(LIST, { first: 100000 }, listOrg);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
