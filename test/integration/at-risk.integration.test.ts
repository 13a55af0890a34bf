import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const FACILITIES = [
  { code: 'HUB-BER', name: 'Berlin hub', type: 'HUB', lat: 52.52, lon: 13.4 },
  { code: 'HUB-FRA', name: 'Frankfurt hub', type: 'HUB', lat: 50.11, lon: 8.68 },
  { code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.14, lon: 11.58 },
];
const MUNICH = { name: 'Munich', lat: 48.15, lon: 11.57, facilityCode: 'DEP-MUC' };

const AT_RISK = /* GraphQL */ `
  query($filter: AtRiskFilter, $horizonHours: Float, $first: Int, $after: String) {
    atRiskPackages(filter: $filter, horizonHours: $horizonHours, first: $first, after: $after) {
      edges {
        cursor
        node {
          package { id carrier }
          risk promisedDeliveryAt reason
          eta { p50 p90 onTimeProbability basis }
          slowStage { label elapsedHours typicalHours excessHours }
        }
      }
      pageInfo { hasNextPage endCursor }
      totalCount partial
    }
  }
`;

interface Entry {
  package: { id: string; carrier: string };
  risk: number;
  promisedDeliveryAt: string;
  reason: string;
  eta: { p50: string; p90: string; onTimeProbability: number; basis: string };
  slowStage: { label: string; elapsedHours: number; typicalHours: number; excessHours: number } | null;
}
interface Page {
  atRiskPackages: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number; partial: boolean };
}

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe.each(BACKENDS)('packages at risk on %s', (backend) => {
  let app: TestApp;
  let token: string;
  const org = `org_risk_${backend}`;
  const ids: Record<string, string> = {};

  /** A package created `ageHours` ago with scans at the given facilities (hours ago). */
  async function shipment(name: string, input: Record<string, unknown>, scans: [string, number, string?][], as = token): Promise<void> {
    const pkg = await createPackage(app, as, { destination: MUNICH, ...input });
    ids[name] = pkg.id;
    const events = scans.map(([facility, hoursAgo, status], i) => event(pkg.id, `${name}-${i}`, inHours(-hoursAgo), status ?? 'IN_TRANSIT', { location: { facilityCode: facility } }));
    if (events.length > 0) {
      const result = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, as);
      expect(result.data?.recordTrackingEvents.accepted).toBe(events.length);
    }
  }

  const query = (variables: Record<string, unknown>, as = token) => app.gql<Page>(AT_RISK, variables, as);

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(org);
    await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, { f: FACILITIES }, token);
    // Stuck in Frankfurt for 40 h with the promise due in 2 h: certain to miss it, the dwell is why.
    await shipment('stuck', { carrier: 'DHL', promisedDeliveryAt: inHours(2) }, [['HUB-BER', 50], ['HUB-FRA', 40]]);
    // Just reached the delivering depot, promise two days away: little risk.
    await shipment('easy', { carrier: 'UPS', serviceLevel: 'EXPRESS', promisedDeliveryAt: inHours(46) }, [['HUB-FRA', 6], ['DEP-MUC', 1]]);
    // Left Berlin an hour ago, due in 12 h.
    await shipment('tight', { carrier: 'UPS', promisedDeliveryAt: inHours(12) }, [['HUB-BER', 1]]);
    await shipment('tight2', { carrier: 'DHL', serviceLevel: 'EXPRESS', promisedDeliveryAt: inHours(10) }, [['HUB-BER', 2]]);
    // Out of scope: promise passed, promise beyond the horizon, no promise, delivered.
    await shipment('overdue', { carrier: 'DHL', promisedDeliveryAt: inHours(-3) }, [['HUB-BER', 30]]);
    await shipment('later', { carrier: 'DHL', promisedDeliveryAt: inHours(100) }, [['HUB-BER', 30]]);
    await shipment('unpromised', { carrier: 'DHL' }, [['HUB-BER', 30]]);
    await shipment('delivered', { carrier: 'DHL', promisedDeliveryAt: inHours(5) }, [['HUB-BER', 30], ['DEP-MUC', 2, 'DELIVERED']]);
    // Another organization's package, as late as can be.
    await shipment('foreign', { carrier: 'DHL', promisedDeliveryAt: inHours(1) }, [['HUB-BER', 60]], app.token(`${org}_other`));
  });
  afterAll(() => app?.close());

  it('ranks moving packages whose promise falls in the horizon by the risk of missing it, naming the slow stage', async () => {
    const result = await query({ filter: { minRisk: 0 }, first: 50 });
    expect(result.errors).toBeUndefined();
    const page = result.data!.atRiskPackages;
    const names = page.edges.map((e) => Object.keys(ids).find((k) => ids[k] === e.node.package.id));
    expect(new Set(names)).toEqual(new Set(['stuck', 'easy', 'tight', 'tight2']));
    expect(page.totalCount).toBe(4);
    expect(page.partial).toBe(false);
    const risks = page.edges.map((e) => e.node.risk);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    const top = page.edges[0]!.node;
    expect(names[0]).toBe('stuck');
    expect(top.risk).toBeGreaterThan(0.9);
    expect(top.slowStage).toMatchObject({ label: expect.stringContaining('HUB-FRA') });
    expect(top.slowStage!.elapsedHours).toBeGreaterThan(39);
    expect(top.reason).toContain('HUB-FRA');
    for (const { node } of page.edges) {
      expect(node.risk).toBeCloseTo(1 - node.eta.onTimeProbability, 3);
      expect(Date.parse(node.eta.p50)).toBeLessThanOrEqual(Date.parse(node.eta.p90));
    }
    // One model, one answer: the package's own ETA is the one the ranking used.
    const own = await app.gql<{ package: { eta: Entry['eta'] } }>(`query($id: ID!) { package(id: $id) { eta { p50 p90 onTimeProbability basis } } }`, { id: ids.stuck }, token);
    expect(own.data?.package.eta).toEqual(top.eta);
  });

  it('leaves out packages below minRisk, and takes overdue promises and longer horizons when asked', async () => {
    const all = (await query({ filter: { minRisk: 0 } })).data!.atRiskPackages.edges.map((e) => e.node);
    const threshold = 0.5;
    const likely = (await query({ filter: { minRisk: threshold } })).data!.atRiskPackages.edges.map((e) => e.node.package.id);
    expect(likely).toEqual(all.filter((n) => n.risk >= threshold).map((n) => n.package.id));
    const overdue = (await query({ filter: { minRisk: 0, includeOverdue: true } })).data!.atRiskPackages.edges.map((e) => e.node);
    expect(overdue.find((n) => n.package.id === ids.overdue)?.risk).toBe(1);
    expect(overdue.find((n) => n.package.id === ids.overdue)?.reason).toMatch(/promise passed/);
    const longer = (await query({ filter: { minRisk: 0 }, horizonHours: 120 })).data!.atRiskPackages.edges.map((e) => e.node.package.id);
    expect(longer).toContain(ids.later);
    expect(longer).not.toContain(ids.unpromised);
    expect(longer).not.toContain(ids.delivered);
  });

  it('filters by carrier, current facility and service level', async () => {
    const idsOf = async (filter: Record<string, unknown>) =>
      new Set((await query({ filter: { minRisk: 0, ...filter } })).data!.atRiskPackages.edges.map((e) => e.node.package.id));
    expect(await idsOf({ carrier: ['UPS'] })).toEqual(new Set([ids.easy, ids.tight]));
    expect(await idsOf({ facilityCode: ['HUB-FRA'] })).toEqual(new Set([ids.stuck]));
    expect(await idsOf({ facilityCode: ['HUB-BER', 'DEP-MUC'] })).toEqual(new Set([ids.easy, ids.tight, ids.tight2]));
    expect(await idsOf({ serviceLevel: ['EXPRESS'] })).toEqual(new Set([ids.easy, ids.tight2]));
    expect(await idsOf({ carrier: ['DHL'], serviceLevel: ['EXPRESS'] })).toEqual(new Set([ids.tight2]));
  });

  it('pages through the ranking with cursors, every package once and in order', async () => {
    const full = (await query({ filter: { minRisk: 0 } })).data!.atRiskPackages.edges.map((e) => e.node.package.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page['atRiskPackages'] = (await query({ filter: { minRisk: 0 }, first: 3, ...(after ? { after } : {}) })).data!.atRiskPackages;
      seen.push(...page.edges.map((e) => e.node.package.id));
      expect(page.totalCount).toBe(4);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(full);
    const empty = await query({ filter: { minRisk: 0 }, first: 0 });
    expect(empty.data!.atRiskPackages).toMatchObject({ edges: [], pageInfo: { hasNextPage: true, endCursor: null }, totalCount: 4 });
  });

  it("never shows another organization's packages", async () => {
    const other = (await query({ filter: { minRisk: 0, includeOverdue: true } }, app.token(`${org}_other`))).data!.atRiskPackages;
    expect(other.edges.map((e) => e.node.package.id)).toEqual([ids.foreign]);
    const ours = (await query({ filter: { minRisk: 0, includeOverdue: true }, horizonHours: 720 })).data!.atRiskPackages.edges.map((e) => e.node.package.id);
    expect(ours).not.toContain(ids.foreign);
    expect((await query({}, app.token('org_risk_nobody'))).data!.atRiskPackages.totalCount).toBe(0);
  });

  it('refuses bad arguments with BAD_USER_INPUT (REST: 400 JSON) and anonymous callers', async () => {
    const bad: Record<string, unknown>[] = [
      { horizonHours: 0 },
      { horizonHours: -5 },
      { horizonHours: 721 },
      { first: 201 },
      { first: -1 },
      { filter: { minRisk: 1.5 } },
      { filter: { minRisk: -0.1 } },
      { filter: { carrier: [' '] } },
      { filter: { serviceLevel: ['OVERNIGHT'] } },
      { after: 'not-a-cursor' },
      { after: Buffer.from(JSON.stringify({ f: 'anomalies', v: '2026-01-01T00:00:00Z', id: ids.stuck })).toString('base64url') },
    ];
    for (const variables of bad) {
      const result = await query(variables);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    for (const qs of ['horizon_hours=abc', 'horizon_hours=0', 'limit=500', 'limit=2.5', 'min_risk=7', 'service_level=overnight', 'include_overdue=maybe', 'cursor=zzz', 'limit=1&limit=2']) {
      const response = await app.rest('GET', `/api/v1/packages/at-risk?${qs}`, { token });
      expect(response.status, qs).toBe(400);
      expect(response.body.error.code, qs).toMatch(/^(BAD_REQUEST|BAD_USER_INPUT)$/);
    }
    expect((await app.rest('GET', '/api/v1/packages/at-risk', { token: null })).status).toBe(401);
    const anonymous = await app.gql(`{ atRiskPackages { totalCount } }`, {}, 'not-a-token');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers GET /api/v1/packages/at-risk with the same ranking in snake_case, paged by cursor', async () => {
    const graph = (await query({ filter: { minRisk: 0, carrier: ['UPS', 'DHL'] } })).data!.atRiskPackages.edges.map((e) => e.node.package.id);
    const first = await app.rest('GET', '/api/v1/packages/at-risk?min_risk=0&carrier=UPS,DHL&limit=2', { token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ has_more: true, total_count: 4, partial: false });
    expect(first.body.data[0]).toMatchObject({
      package: { id: graph[0], tracking_number: expect.any(String) },
      risk: expect.any(Number),
      promised_delivery_at: expect.any(String),
      eta: { p50: expect.any(String), p90: expect.any(String), on_time_probability: expect.any(Number) },
      slow_stage: { label: expect.any(String), typical_hours: expect.any(Number) },
    });
    const second = await app.rest('GET', `/api/v1/packages/at-risk?min_risk=0&carrier=UPS,DHL&limit=2&cursor=${first.body.next_cursor as string}`, { token });
    expect([...first.body.data, ...second.body.data].map((e: { package: { id: string } }) => e.package.id)).toEqual(graph);
    expect(second.body.has_more).toBe(false);
    const filtered = await app.rest('GET', '/api/v1/packages/at-risk?min_risk=0&facility_code=HUB-FRA&service_level=standard', { token });
    expect(filtered.body.data.map((e: { package: { id: string } }) => e.package.id)).toEqual([ids.stuck]);
  });

  async function finished(id: string): Promise<Record<string, unknown> & { state: string }> {
    for (let i = 0; i < 100; i++) {
      await app.gateway.engine!.worker.idle();
      const result = await app.gql<{ investigation: { state: string } & Record<string, unknown> }>(
        `query($id: ID!) { investigation(id: $id) { id kind state summary package { id } recommendedActions { type priority reason details } document } }`,
        { id },
        token,
      );
      const inv = result.data?.investigation;
      if (inv && (inv.state === 'COMPLETED' || inv.state === 'FAILED')) return inv;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`investigation ${id} did not finish`);
  }

  it('runs a PREDICTION investigation from the same model: risk, slow stage, actions that fit a moving package', async () => {
    const started = await app.gql<{ investigatePrediction: { id: string; kind: string; state: string } }>(`mutation($id: ID!) { investigatePrediction(packageId: $id) { id kind state } }`, { id: ids.stuck }, token);
    expect(started.data?.investigatePrediction).toMatchObject({ kind: 'PREDICTION', state: 'QUEUED' });
    const inv = await finished(started.data!.investigatePrediction.id);
    expect(inv.state).toBe('COMPLETED');
    const risk = (inv.document as { deliveryRisk: { state: string; risk: number; slowStage: { label: string } } }).deliveryRisk;
    expect(risk).toMatchObject({ state: 'MOVING', slowStage: { label: expect.stringContaining('HUB-FRA') } });
    const ranked = (await query({ filter: { minRisk: 0, facilityCode: ['HUB-FRA'] } })).data!.atRiskPackages.edges[0]!.node;
    expect(risk.risk).toBeCloseTo(ranked.risk, 2);
    const actions = inv.recommendedActions as { type: string; details: Record<string, unknown> }[];
    expect(actions.map((a) => a.type)).not.toContain('WAIT');
    expect(actions.map((a) => a.type)).toContain('NOTIFY_RECIPIENT');
    const notice = actions.find((a) => a.type === 'NOTIFY_RECIPIENT')!;
    expect(Date.parse(String(notice.details.newEtaP50))).toBeGreaterThan(Date.now() - 60_000);
    expect(inv.summary).toMatch(/Delivery prediction/);
  });

  it('refuses a PREDICTION of a finished package (CONFLICT / 409), unknown and foreign packages, and viewers', async () => {
    const done = await app.gql(`mutation($id: ID!) { investigatePrediction(packageId: $id) { id } }`, { id: ids.delivered }, token);
    expect(done.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(done.errors?.[0]?.message).toMatch(/DELIVERED/);
    const rest = await app.rest('POST', `/api/v1/agents/predict/${ids.delivered}`, { token });
    expect(rest.status).toBe(409);
    expect(rest.body.error.code).toBe('CONFLICT');
    for (const id of [ids.foreign, '00000000-0000-0000-0000-000000000000', 'nope']) {
      expect((await app.gql(`mutation($id: ID!) { investigatePrediction(packageId: $id) { id } }`, { id }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const viewer = await app.gql(`mutation { investigateAtRisk { id } }`, {}, app.token(org, 'org:viewer'));
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { data } = await app.gql<{ package: { investigations: unknown[] } }>(`query($id: ID!) { package(id: $id) { investigations { id } } }`, { id: ids.delivered }, token);
    expect(data?.package.investigations).toEqual([]);
  });

  it('starts PREDICTION investigations for the top of a cohort, in ranking order, once per package', async () => {
    const cohort = { filter: { minRisk: 0, carrier: ['UPS', 'DHL'] }, first: 2 };
    const ranking = (await query({ filter: cohort.filter, first: 2 })).data!.atRiskPackages.edges.map((e) => e.node.package.id);
    const MUTATION = `mutation($filter: AtRiskFilter, $first: Int) { investigateAtRisk(filter: $filter, first: $first) { id kind state package { id } } }`;
    const first = await app.gql<{ investigateAtRisk: { id: string; kind: string; package: { id: string } }[] }>(MUTATION, cohort, token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.investigateAtRisk.map((i) => i.package.id)).toEqual(ranking);
    expect(first.data!.investigateAtRisk.every((i) => i.kind === 'PREDICTION')).toBe(true);
    // Asked again: a package whose prediction is still queued or running keeps it (the in-process worker may
    // already have finished one, which then gets a fresh prediction).
    const again = await app.gql<{ investigateAtRisk: { id: string }[] }>(MUTATION, cohort, token);
    for (const [i, inv] of first.data!.investigateAtRisk.entries()) {
      const state = await app.gql<{ investigation: { state: string } }>(`query($id: ID!) { investigation(id: $id) { state } }`, { id: inv.id }, token);
      if (again.data!.investigateAtRisk[i]!.id !== inv.id) expect(state.data?.investigation.state).toMatch(/COMPLETED|FAILED/);
    }
    for (const inv of first.data!.investigateAtRisk) expect((await finished(inv.id)).state).toBe('COMPLETED');

    const rest = await app.rest('POST', '/api/v1/agents/predict', { token, body: { min_risk: 0, facility_code: ['HUB-FRA'], limit: 1 } });
    expect(rest.status).toBe(202);
    expect(rest.body.data).toEqual([expect.objectContaining({ kind: 'PREDICTION', package_id: ids.stuck })]);
    for (const first of [0, 51]) expect((await app.gql(MUTATION, { first }, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const body of [{ limit: 0 }, { carrier: 'UPS' }, { colour: 'red' }, [1]]) {
      expect((await app.rest('POST', '/api/v1/agents/predict', { token, body })).status, JSON.stringify(body)).toBe(400);
    }
    // Another organization's cohort never holds our packages.
    const theirs = await app.gql<{ investigateAtRisk: { package: { id: string } }[] }>(MUTATION, { filter: { minRisk: 0, includeOverdue: true }, first: 50 }, app.token(`${org}_other`));
    expect(theirs.data!.investigateAtRisk.map((i) => i.package.id)).toEqual([ids.foreign]);
  });
});
