import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const RECENT = /* GraphQL */ `
  query($filter: InvestigationFilter, $first: Int) {
    recentInvestigations(filter: $filter, first: $first) { id kind state error package { id trackingNumber } }
  }
`;
type Recent = { recentInvestigations: { id: string; kind: string; state: string; error: string | null; package: { id: string; trackingNumber: string } }[] };

/** The agents page's list: the organization's investigations across packages, newest first, filtered. */
describe.each(BACKENDS)('recent investigations on %s', (backend) => {
  let app: TestApp;
  const org = `org_recent_${backend}`;
  let token: string;
  const ids: string[] = [];
  let failedId = '';

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(org);
    const pkg = await createPackage(app, token);
    for (const kind of ['investigateDelay', 'investigateAnomaly', 'optimizeRoute']) {
      const started = await app.gql<Record<string, { id: string }>>(`mutation($id: ID!) { ${kind}(packageId: $id) { id } }`, { id: pkg.id }, token);
      ids.unshift(started.data![kind]!.id);
    }
    await app.gateway.engine!.worker.idle();
    // A failure with its reason, written as the worker writes one (a package gone mid-run cannot be timed here).
    const failed = await app.gateway.runtime.database.db
      .insertInto('investigations')
      .values({ organization_id: org, package_id: pkg.id, kind: 'DELAY', state: 'FAILED', document: JSON.stringify({ trace: [] }), error: 'The package no longer exists', started_at: new Date(), completed_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    failedId = failed.id;
    const other = app.token(`${org}_other`);
    await app.gql(`mutation($id: ID!) { investigateDelay(packageId: $id) { id } }`, { id: (await createPackage(app, other)).id }, other);
  });
  afterAll(() => app?.close());

  it('lists the caller’s investigations newest first, with their package', async () => {
    const result = await app.gql<Recent>(RECENT, {}, token);
    expect(result.errors).toBeUndefined();
    const list = result.data!.recentInvestigations;
    expect(list.map((i) => i.id)).toEqual([failedId, ...ids]);
    expect(list.every((i) => i.package.trackingNumber)).toBe(true);
    expect((await app.gql<Recent>(RECENT, { first: 2 }, token)).data!.recentInvestigations.map((i) => i.id)).toEqual([failedId, ids[0]]);
  });

  it('filters by state and kind, and shows why a failure failed', async () => {
    const failures = (await app.gql<Recent>(RECENT, { filter: { state: ['FAILED'] } }, token)).data!.recentInvestigations;
    expect(failures).toEqual([expect.objectContaining({ id: failedId, state: 'FAILED', error: 'The package no longer exists' })]);
    const routes = (await app.gql<Recent>(RECENT, { filter: { kind: ['ROUTE'], state: ['COMPLETED', 'RUNNING', 'QUEUED'] } }, token)).data!.recentInvestigations;
    expect(routes.map((i) => i.kind)).toEqual(['ROUTE']);
  });

  it('rejects a page size outside 1–200 with BAD_USER_INPUT', async () => {
    for (const first of [0, -1, 201]) expect((await app.gql<Recent>(RECENT, { first }, token)).errors?.[0]?.extensions?.code, String(first)).toBe('BAD_USER_INPUT');
  });
});
