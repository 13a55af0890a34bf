import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { sql } from 'kysely';

const FACILITIES = [
  { code: 'HUB-BER', name: 'Berlin hub', type: 'HUB', lat: 52.52, lon: 13.4 },
  { code: 'HUB-FRA', name: 'Frankfurt hub', type: 'HUB', lat: 50.11, lon: 8.68 },
  { code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.14, lon: 11.58 },
  { code: 'HUB-MAD', name: 'Madrid hub', type: 'HUB', lat: 40.42, lon: -3.7 },
];

const INVESTIGATION = /* GraphQL */ `
  query($id: ID!) {
    investigation(id: $id) {
      id kind state error summary limitations
      rootCause { cause confidence rule }
      recommendedActions { type priority reason }
      eta { p50 p90 onTimeProbability basis }
      routes { rank path }
      trace { step tool summary }
    }
  }
`;

interface Investigation {
  id: string;
  kind: string;
  state: string;
  error: string | null;
  summary: string | null;
  limitations: string[];
  rootCause: { cause: string; confidence: number; rule: string } | null;
  recommendedActions: { type: string; priority: number; reason: string }[];
  eta: { p50: string; p90: string; onTimeProbability: number | null; basis: string } | null;
  routes: { rank: number; path: string[] }[];
  trace: { step: string; tool: string | null; summary: string }[];
}

describe.each(BACKENDS)('anomalies and investigations on %s', (backend) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(`org_inv_${backend}`);
    await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, { f: FACILITIES }, token);
  });
  afterAll(() => app?.close());

  async function settle(): Promise<void> {
    await app.gateway.engine!.detection.catchUp();
    await app.gateway.engine!.worker.idle();
  }

  async function waitFor(id: string): Promise<Investigation> {
    for (let i = 0; i < 100; i++) {
      await settle();
      const result = await app.gql<{ investigation: Investigation }>(INVESTIGATION, { id }, token);
      const inv = result.data?.investigation;
      if (inv && (inv.state === 'COMPLETED' || inv.state === 'FAILED')) return inv;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`investigation ${id} did not finish`);
  }

  it('detects anomalies from committed events, never twice, and resolves them when the package recovers', async () => {
    const pkg = await createPackage(app, token, { destination: { name: 'Munich', lat: 48.14, lon: 11.58, facilityCode: 'DEP-MUC' } });
    const t = Date.now();
    const iso = (hoursAgo: number) => new Date(t - hoursAgo * 3600_000).toISOString();
    await app.gql(
      RECORD,
      {
        events: [
          event(pkg.id, 'x1', iso(30), 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } }),
          event(pkg.id, 'x2', iso(29.5), 'IN_TRANSIT', { location: { facilityCode: 'HUB-MAD' } }),
          event(pkg.id, 'x3', iso(20), 'EXCEPTION', { carrierCode: 'CUSTOMS_HOLD', location: { facilityCode: 'HUB-MAD' } }),
        ],
      },
      token,
    );
    await settle();
    const anomalies = async () =>
      (await app.gql<{ package: { anomalies: { type: string; state: string; severity: string; evidence: unknown }[] } }>(`query($id: ID!) { package(id: $id) { anomalies { type state severity evidence } } }`, { id: pkg.id }, token)).data!
        .package.anomalies;
    const found = await anomalies();
    const types = found.filter((a) => a.state === 'OPEN').map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining(['IMPOSSIBLE_TRAVEL', 'CARRIER_EXCEPTION']));

    // Re-running detection on the same events changes nothing
    await app.gateway.engine!.detection.sweep();
    await settle();
    expect((await anomalies()).length).toBe(found.length);

    // Delivery resolves the exception
    await app.gql(RECORD, { events: [event(pkg.id, 'x4', iso(1), 'DELIVERED', { location: { facilityCode: 'DEP-MUC' } })] }, token);
    await settle();
    const after = await anomalies();
    expect(after.find((a) => a.type === 'CARRIER_EXCEPTION')?.state).toBe('RESOLVED');

    // A high-severity anomaly starts an investigation on its own
    expect(found.some((a) => a.state === 'OPEN' && ['HIGH', 'CRITICAL'].includes((a as { severity?: string }).severity ?? ''))).toBe(true);
    const auto = await app.gql<{ package: { investigations: { kind: string; state: string }[] } }>(`query($id: ID!) { package(id: $id) { investigations { kind state } } }`, { id: pkg.id }, token);
    expect(auto.data?.package.investigations).toEqual([{ kind: 'ANOMALY', state: 'COMPLETED' }]);

    const list = await app.gql<{ anomalies: { totalCount: number } }>(`{ anomalies(filter: { type: [IMPOSSIBLE_TRAVEL] }) { totalCount } }`, {}, token);
    expect(list.data?.anomalies.totalCount).toBeGreaterThanOrEqual(1);
    const other = await app.gql<{ anomalies: { totalCount: number } }>(`{ anomalies { totalCount } }`, {}, app.token('org_nobody'));
    expect(other.data?.anomalies.totalCount).toBe(0);
  });

  it('runs an investigation to completion: evidence, root cause, actions, narrative, trace', async () => {
    const pkg = await createPackage(app, token, { promisedDeliveryAt: new Date(Date.now() + 3600_000).toISOString(), destination: { lat: 48.14, lon: 11.58, facilityCode: 'DEP-MUC' } });
    const t = Date.now();
    await app.gql(
      RECORD,
      {
        events: [
          event(pkg.id, 'c1', new Date(t - 50 * 3600_000).toISOString(), 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } }),
          event(pkg.id, 'c2', new Date(t - 40 * 3600_000).toISOString(), 'EXCEPTION', { carrierCode: 'CUSTOMS_HOLD', location: { facilityCode: 'HUB-FRA' } }),
        ],
      },
      token,
    );
    const started = await app.gql<{ investigateAnomaly: { id: string; state: string } }>(`mutation($id: ID!) { investigateAnomaly(packageId: $id) { id state } }`, { id: pkg.id }, token);
    expect(started.data?.investigateAnomaly.state).toBe('QUEUED');
    const inv = await waitFor(started.data!.investigateAnomaly.id);
    expect(inv.state).toBe('COMPLETED');
    expect(inv.rootCause?.cause).toBe('CUSTOMS');
    expect(inv.recommendedActions.length).toBeGreaterThan(0);
    expect(inv.summary).toContain('c2');
    expect(inv.trace.map((s) => s.tool).filter(Boolean)).toEqual(expect.arrayContaining(['get_timeline', 'classify_root_cause', 'recommend_actions']));

    const rest = await app.rest('GET', `/api/v1/agents/investigations/${pkg.id}`, { token });
    expect(rest.status).toBe(200);
    expect(rest.body.data).toContainEqual(expect.objectContaining({ id: inv.id, state: 'COMPLETED', kind: 'ANOMALY', package_id: pkg.id }));
  });

  it('reads the carrier\'s words (issue 15): an incorrect address is an address problem, an unknown-code customs hold is customs', async () => {
    const t = Date.now();
    const at = (hoursAgo: number) => new Date(t - hoursAgo * 3600_000).toISOString();
    const address = await createPackage(app, token, { destination: { lat: 48.15, lon: 11.57, facilityCode: 'DEP-MUC' } });
    const customs = await createPackage(app, token, { destination: { lat: 48.15, lon: 11.57, facilityCode: 'DEP-MUC' } });
    await app.gql(
      RECORD,
      {
        events: [
          event(address.id, 'a1', at(30), 'IN_TRANSIT', { location: { facilityCode: 'HUB-FRA' } }),
          event(address.id, 'a2', at(14), 'OUT_FOR_DELIVERY', { location: { facilityCode: 'DEP-MUC' } }),
          event(address.id, 'a3', at(10), 'FAILED_ATTEMPT', { carrierCode: 'Q7', description: 'Incorrect address - consignee unknown at this address' }),
          event(customs.id, 'k1', at(40), 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } }),
          event(customs.id, 'k2', at(30), 'EXCEPTION', { carrierCode: 'ZH-4471', description: 'Shipment held by customs authority - awaiting import documents', location: { facilityCode: 'HUB-FRA' } }),
        ],
      },
      token,
    );
    const run = async (packageId: string) => {
      const started = await app.gql<{ investigateAnomaly: { id: string } }>(`mutation($id: ID!) { investigateAnomaly(packageId: $id) { id } }`, { id: packageId }, token);
      return waitFor(started.data!.investigateAnomaly.id);
    };
    const addressInv = await run(address.id);
    expect(addressInv.rootCause).toMatchObject({ cause: 'ADDRESS_PROBLEM', rule: 'exception.address' });
    expect(addressInv.recommendedActions[0]?.type).toBe('VERIFY_ADDRESS');
    const customsInv = await run(customs.id);
    expect(customsInv.rootCause).toMatchObject({ cause: 'CUSTOMS', rule: 'exception.customs' });
    expect(customsInv.recommendedActions.map((a) => a.type)).toContain('CONTACT_CARRIER');
  });

  it('completes investigations that cannot do everything, saying what could not be done', async () => {
    const bare = await createPackage(app, token);
    const started = await app.rest('POST', `/api/v1/agents/optimize/route/${bare.id}`, { token });
    expect(started.status).toBe(202);
    expect(started.body.state).toBe('QUEUED');
    const inv = await waitFor(started.body.id as string);
    expect(inv.state).toBe('COMPLETED');
    expect(inv.routes).toEqual([]);
    expect(inv.limitations.join(' ')).toMatch(/no tracking events|no facility scan|Re-routing/i);
  });

  it('refuses unknown and foreign packages with a clear error', async () => {
    const foreign = await createPackage(app, app.token('org_elsewhere'));
    for (const id of [foreign.id, '00000000-0000-0000-0000-000000000000', 'nope']) {
      const result = await app.gql(`mutation($id: ID!) { investigateDelay(packageId: $id) { id } }`, { id }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await app.rest('POST', `/api/v1/agents/investigate/delay/${id}`, { token })).status).toBe(404);
    }
    const viewer = await app.gql(`mutation($id: ID!) { investigateDelay(packageId: $id) { id } }`, { id: foreign.id }, app.token('org_elsewhere', 'org:viewer'));
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('predicts an ETA for an active package', async () => {
    const pkg = await createPackage(app, token, { serviceLevel: 'EXPRESS', promisedDeliveryAt: new Date(Date.now() + 48 * 3600_000).toISOString(), destination: { lat: 48.14, lon: 11.58 } });
    await app.gql(RECORD, { events: [event(pkg.id, 'e1', new Date().toISOString(), 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } })] }, token);
    const result = await app.gql<{ package: { eta: { p50: string; p90: string; onTimeProbability: number; basis: string; basisReason: string } } }>(
      `query($id: ID!) { package(id: $id) { eta { p50 p90 onTimeProbability basis basisReason } } }`,
      { id: pkg.id },
      token,
    );
    const eta = result.data!.package.eta;
    expect(new Date(eta.p50).getTime()).toBeGreaterThan(Date.now());
    expect(new Date(eta.p90).getTime()).toBeGreaterThanOrEqual(new Date(eta.p50).getTime());
    expect(eta.onTimeProbability).toBeGreaterThanOrEqual(0);
    expect(eta.onTimeProbability).toBeLessThanOrEqual(1);
    expect(['LEARNED_PATH', 'PARTIAL', 'FALLBACK']).toContain(eta.basis);
    expect(eta.basisReason.length).toBeGreaterThan(10);
  });

  it('picks up investigations interrupted by a restart, and fails those interrupted too often, with the reason', async () => {
    const pkg = await createPackage(app, token);
    const db = app.gateway.runtime.database.db;
    const orgId = `org_inv_${backend}`;
    const insert = (attempts: number) =>
      db
        .insertInto('investigations')
        .values({ organization_id: orgId, package_id: pkg.id, kind: 'DELAY', state: 'RUNNING', document: JSON.stringify({ trace: [], attempts }), error: null, started_at: new Date(Date.now() - 3600_000), completed_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
    const resumed = await insert(1);
    const exhausted = await insert(3);
    const { recoverInterrupted } = await import('../../subgraphs/investigations/src/investigations/investigation.store.js');
    expect(await recoverInterrupted(db, { staleAfterMs: 60_000, maxAttempts: 3 })).toEqual({ requeued: 1, failed: 1 });
    app.gateway.engine!.worker.notify();
    expect((await waitFor(resumed.id)).state).toBe('COMPLETED');
    const failed = await waitFor(exhausted.id);
    expect(failed.state).toBe('FAILED');
    expect(failed.error).toMatch(/interrupted/i);
    const stuck = await db.selectFrom('investigations').select(sql<number>`count(*)`.as('n')).where('state', 'in', ['RUNNING', 'QUEUED']).executeTakeFirstOrThrow();
    expect(Number(stuck.n)).toBe(0);
  });

  it('plans feasible delivery routes and refuses infeasible input with a reason', async () => {
    const start = '2026-12-01T08:00:00Z';
    const stops = Array.from({ length: 12 }, (_, i) => ({
      id: `S${i}`,
      lat: 52.52 + 0.02 * Math.cos(i),
      lon: 13.4 + 0.03 * Math.sin(i),
      demand: 1 + (i % 3),
      serviceMinutes: 5,
      windowStart: start,
      windowEnd: i % 2 === 0 ? '2026-12-01T11:00:00Z' : '2026-12-01T16:00:00Z',
    }));
    const PLAN = `mutation($input: DeliveryRoutesInput!) { planDeliveryRoutes(input: $input) { vehicles distanceKm routes { vehicle load distanceKm stops { id arrivalAt } } } }`;
    const input = { depot: { lat: 52.52, lon: 13.4 }, startAt: start, stops, fleet: { count: 4, capacity: 8, speedKmh: 25 }, timeLimitSeconds: 1 };
    const result = await app.gql<{ planDeliveryRoutes: { vehicles: number; distanceKm: number; routes: { load: number; stops: { id: string; arrivalAt: string }[] }[] } }>(PLAN, { input }, token);
    expect(result.errors).toBeUndefined();
    const plan = result.data!.planDeliveryRoutes;
    const visited = plan.routes.flatMap((r) => r.stops.map((s) => s.id)).sort();
    expect(visited).toEqual(stops.map((s) => s.id).sort());
    expect(plan.vehicles).toBeLessThanOrEqual(4);
    for (const route of plan.routes) {
      expect(route.load).toBeLessThanOrEqual(8);
      for (const stop of route.stops) {
        const window = stops.find((s) => s.id === stop.id)!;
        expect(new Date(stop.arrivalAt).getTime()).toBeLessThanOrEqual(new Date(window.windowEnd).getTime());
      }
    }
    const tooHeavy = await app.gql(PLAN, { input: { ...input, stops: [{ ...stops[0], demand: 50 }] } }, token);
    expect(tooHeavy.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
    expect(tooHeavy.errors?.[0]?.message).toMatch(/DEMAND_EXCEEDS_CAPACITY/);
    const emptyWindow = await app.gql(PLAN, { input: { ...input, stops: [{ ...stops[0], windowStart: '2026-12-01T12:00:00Z', windowEnd: '2026-12-01T09:00:00Z' }] } }, token);
    expect(emptyWindow.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
    const fleet = await app.gql(PLAN, { input: { ...input, fleet: { count: 1, capacity: 8, speedKmh: 25 } } }, token);
    expect(fleet.errors?.[0]?.message).toMatch(/FLEET_TOO_SMALL/);
    const tooLong = await app.gql(PLAN, { input: { ...input, timeLimitSeconds: 600 } }, token);
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('plans for the distance objective with a cost per vehicle, and refuses bad objective values', async () => {
    const start = '2026-12-01T08:00:00Z';
    const stops = Array.from({ length: 10 }, (_, i) => ({ id: `D${i}`, lat: 52.5 + 0.01 * i, lon: 13.4 + 0.01 * (i % 3), demand: 1 }));
    const PLAN = `mutation($input: DeliveryRoutesInput!) { planDeliveryRoutes(input: $input) { objective vehicles distanceKm costKm routes { stops { id } } } }`;
    const input = { depot: { lat: 52.5, lon: 13.4 }, startAt: start, stops, fleet: { count: 5, capacity: 4, speedKmh: 30 }, timeLimitSeconds: 0.5 };
    type Plan = { planDeliveryRoutes: { objective: string; vehicles: number; distanceKm: number; costKm: number; routes: { stops: { id: string }[] }[] } };
    const result = await app.gql<Plan>(PLAN, { input: { ...input, objective: 'DISTANCE', vehicleCostKm: 100 } }, token);
    expect(result.errors).toBeUndefined();
    const plan = result.data!.planDeliveryRoutes;
    expect(plan.objective).toBe('DISTANCE');
    expect(plan.routes.flatMap((r) => r.stops.map((s) => s.id)).sort()).toEqual(stops.map((s) => s.id).sort());
    // 10 stops of demand 1 on vehicles of capacity 4 need 3 vehicles; at 100 km each, no plan uses a fourth.
    expect(plan.vehicles).toBe(3);
    expect(plan.costKm).toBeCloseTo(plan.distanceKm + 300, 6);
    const unknown = await app.gql(PLAN, { input: { ...input, objective: 'CHEAPEST' } }, token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await app.gql(PLAN, { input: { ...input, objective: 'DISTANCE', vehicleCostKm: -1 } }, token);
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(negative.errors?.[0]?.message).toMatch(/vehicleCostKm/);
  });

  it('resumes detection from the event log offset after a restart, so no batch is skipped', async () => {
    const engine = app.gateway.engine!;
    await engine.detection.stop();
    const pkg = await createPackage(app, token);
    const t = Date.now();
    await app.gql(
      RECORD,
      { events: [event(pkg.id, 'r1', new Date(t - 3600_000).toISOString(), 'EXCEPTION', { carrierCode: 'DAMAGED', location: { facilityCode: 'HUB-FRA' } })] },
      token,
    );
    const count = async () =>
      (await app.gql<{ anomalies: { totalCount: number } }>(`query($id: ID!) { anomalies(filter: { packageId: $id }) { totalCount } }`, { id: pkg.id }, token)).data!.anomalies.totalCount;
    expect(await count()).toBe(0);
    const { startDetectionConsumer } = await import('../../subgraphs/investigations/src/detection/detection.consumer.js');
    const restarted = await startDetectionConsumer(engine.deps, { logger: app.gateway.runtime.logger, sweepSeconds: 3600 });
    await restarted.catchUp();
    expect(await count()).toBe(1);
    engine.detection = restarted;
  });
});
