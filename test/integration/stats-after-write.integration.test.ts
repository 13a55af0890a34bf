import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const STATS = /* GraphQL */ `query { packageStats { total byCarrier { carrier count } } }`;

describe.each(BACKENDS)('packageStats right after a package write on %s', (backend) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('counts a package created, edited or deleted a moment ago (the 5 s shared answer is dropped for the writer)', async () => {
    const token = app.token(`org_fresh_${backend}`);
    const other = app.token(`org_fresh_other_${backend}`);
    const stats = async (t = token) => (await app.gql<{ packageStats: { total: number; byCarrier: { carrier: string; count: number }[] } }>(STATS, {}, t)).data!.packageStats;
    await createPackage(app, token, { carrier: 'DHL' });
    expect((await stats()).total).toBe(1);
    expect((await stats(other)).total).toBe(0);
    const { id } = await createPackage(app, token, { carrier: 'DHL' });
    expect((await stats()).total).toBe(2);
    await app.gql(`mutation($id: ID!) { updatePackage(id: $id, input: { carrier: "UPS" }) { id } }`, { id }, token);
    expect((await stats()).byCarrier).toEqual(expect.arrayContaining([{ carrier: 'UPS', count: 1 }, { carrier: 'DHL', count: 1 }]));
    await app.gql(`mutation($id: ID!) { deletePackage(id: $id) { id } }`, { id }, token);
    expect((await stats()).total).toBe(1);
    // Another organization's shared answer is untouched by these writes: still its own zero.
    expect((await stats(other)).total).toBe(0);
  });
});
