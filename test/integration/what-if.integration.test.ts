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

const WHAT_IF = /* GraphQL */ `
  query($facilityCode: String!, $until: DateTime!, $slowHours: Float, $first: Int) {
    whatIf(facilityCode: $facilityCode, until: $until, slowHours: $slowHours, first: $first) {
      facilityCode until slowHours assessed partial affected newlyLate alreadyLate
      impacts { package { id } reachesAt delayHours p50 p90 newP50 newP90 promisedDeliveryAt newlyLate }
      reroutes { package { id } path p50 savesHours }
    }
  }
`;

interface Impact { package: { id: string }; reachesAt: string; delayHours: number; p50: string; p90: string; newP50: string; newP90: string; promisedDeliveryAt: string | null; newlyLate: boolean }
interface Answer { whatIf: { facilityCode: string; slowHours: number | null; assessed: number; partial: boolean; affected: number; newlyLate: number; alreadyLate: number; impacts: Impact[]; reroutes: { package: { id: string }; path: string[] }[] } }

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

describe.each(BACKENDS)('what-if on %s', (backend) => {
  let app: TestApp;
  let token: string;
  const org = `org_whatif_${backend}`;
  const ids: Record<string, string> = {};

  async function shipment(name: string, input: Record<string, unknown>, scans: [string, number, string?][], as = token): Promise<void> {
    const pkg = await createPackage(app, as, { destination: MUNICH, ...input });
    ids[name] = pkg.id;
    const events = scans.map(([facility, hoursAgo, status], i) => event(pkg.id, `${name}-${i}`, inHours(-hoursAgo), status ?? 'IN_TRANSIT', { location: { facilityCode: facility } }));
    const result = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, as);
    expect(result.data?.recordTrackingEvents.accepted).toBe(events.length);
  }
  const ask = (variables: Record<string, unknown>, as = token) => app.gql<Answer>(WHAT_IF, variables, as);

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(org);
    await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, { f: FACILITIES }, token);
    await shipment('atFrankfurt', { promisedDeliveryAt: inHours(20) }, [['HUB-BER', 12], ['HUB-FRA', 2]]);
    await shipment('atMunich', { promisedDeliveryAt: inHours(30) }, [['HUB-FRA', 8], ['DEP-MUC', 1]]);
    await shipment('delivered', { promisedDeliveryAt: inHours(5) }, [['HUB-FRA', 30], ['DEP-MUC', 2, 'DELIVERED']]);
    const other = app.token(`${org}_other`);
    await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, { f: FACILITIES }, other);
    await shipment('foreign', { promisedDeliveryAt: inHours(20) }, [['HUB-FRA', 2]], other);
  });
  afterAll(() => app?.close());

  it('holds the packages at a closed facility until it reopens, with their new ETA band, and leaves the others', async () => {
    const result = await ask({ facilityCode: 'HUB-FRA', until: inHours(24) });
    expect(result.errors).toBeUndefined();
    const answer = result.data!.whatIf;
    expect(answer).toMatchObject({ facilityCode: 'HUB-FRA', slowHours: null, partial: false });
    expect(answer.assessed).toBe(2);
    const affected = answer.impacts.map((i) => i.package.id);
    expect(affected).toContain(ids.atFrankfurt);
    expect(affected).not.toContain(ids.atMunich);
    expect(affected).not.toContain(ids.foreign);
    const impact = answer.impacts.find((i) => i.package.id === ids.atFrankfurt)!;
    expect(impact.delayHours).toBeGreaterThan(23.5);
    expect(Date.parse(impact.newP50) - Date.parse(impact.p50)).toBeCloseTo(impact.delayHours * HOUR, -4);
    expect(Date.parse(impact.newP90) - Date.parse(impact.p90)).toBeCloseTo(impact.delayHours * HOUR, -4);
    expect(impact.newlyLate).toBe(Date.parse(impact.p50) <= Date.parse(impact.promisedDeliveryAt!) && Date.parse(impact.newP50) > Date.parse(impact.promisedDeliveryAt!));
    // The package's own ETA is the one the what-if started from.
    const own = await app.gql<{ package: { eta: { p50: string } } }>(`query($id: ID!) { package(id: $id) { eta { p50 } } }`, { id: ids.atFrankfurt }, token);
    expect(own.data?.package.eta.p50).toBe(impact.p50);
  });

  it('delays by the slowdown when the facility only slows', async () => {
    const answer = (await ask({ facilityCode: 'HUB-FRA', until: inHours(24), slowHours: 6 })).data!.whatIf;
    expect(answer.slowHours).toBe(6);
    expect(answer.impacts.find((i) => i.package.id === ids.atFrankfurt)?.delayHours).toBe(6);
  });

  it('rejects bad input with BAD_USER_INPUT', async () => {
    for (const variables of [
      { facilityCode: 'HUB-FRA', until: inHours(-1) },
      { facilityCode: 'HUB-FRA', until: inHours(24 * 31) },
      { facilityCode: 'HUB-XXX', until: inHours(24) },
      { facilityCode: '  ', until: inHours(24) },
      { facilityCode: 'HUB-FRA', until: inHours(24), slowHours: -2 },
      { facilityCode: 'HUB-FRA', until: inHours(24), first: 500 },
      { facilityCode: 'HUB-FRA', until: 'tomorrow' },
    ]) {
      const result = await ask(variables);
      expect(result.errors?.[0]?.extensions?.['code'], JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});
