import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const DAY_MS = 86_400_000;
const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const todayStart = () => Math.floor(Date.now() / DAY_MS) * DAY_MS;
/** Noon UTC `days` days before today: the same UTC day wherever in today the test runs. */
const noonDaysAgo = (days: number) => new Date(todayStart() - days * DAY_MS + DAY_MS / 2).toISOString();

type Day = { day: string; delivered: number; promised: number; onTime: number; onTimeRate: number | null };
type Activity = { facilityCode: string; name: string | null; events: number; packages: number };
type Count = { type: string; severity: string; count: number };

/** The overview's panels: on-time trend, busiest facilities, open anomalies by type and severity. */
describe.each(BACKENDS)('overview aggregates on %s', (backend) => {
  let app: TestApp;
  const org = `org_overview_${backend}`;

  beforeAll(async () => {
    app = await startTestApp(backend);
    const token = app.token(org);
    const f = await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, {
      f: [
        { code: 'HUB-A', name: 'Alpha hub', type: 'HUB', lat: 52.5, lon: 13.4 },
        { code: 'DEP-B', name: 'Beta depot', type: 'DEPOT', lat: 48.1, lon: 11.6 },
      ],
    }, token);
    expect(f.errors).toBeUndefined();
    // Delivered two days ago: one on time, one late, one without a promise; delivered today: one on time.
    const deliveries: [number, number | null][] = [[2, 3], [2, 1], [2, null], [0, 1]];
    const events = [];
    for (const [i, [daysAgo, promiseDaysAgo]] of deliveries.entries()) {
      const pkg = await createPackage(app, token, { promisedDeliveryAt: promiseDaysAgo === null ? null : noonDaysAgo(promiseDaysAgo) });
      const deliveredAt = daysAgo === 0 ? new Date(Math.max(todayStart(), Date.now() - 60_000)).toISOString() : noonDaysAgo(daysAgo);
      events.push(event(pkg.id, `d${i}`, deliveredAt, 'DELIVERED'));
    }
    // HUB-A: 3 events of 2 packages; DEP-B: 1; an unregistered code: 2 of 1; too old and future-dated ones don't count.
    const a = await createPackage(app, token);
    const b = await createPackage(app, token);
    events.push(
      event(a.id, 'a1', ago(3), 'IN_TRANSIT', { location: { facilityCode: 'HUB-A' } }),
      event(a.id, 'a2', ago(2), 'IN_TRANSIT', { location: { facilityCode: 'HUB-A' } }),
      event(b.id, 'b1', ago(1), 'IN_TRANSIT', { location: { facilityCode: 'HUB-A' } }),
      event(b.id, 'b2', ago(0.5), 'IN_TRANSIT', { location: { facilityCode: 'DEP-B' } }),
      event(a.id, 'a3', ago(5), 'IN_TRANSIT', { location: { facilityCode: 'XX-UNK' } }),
      event(a.id, 'a4', ago(4), 'IN_TRANSIT', { location: { facilityCode: 'XX-UNK' } }),
      event(b.id, 'b0', ago(30), 'IN_TRANSIT', { location: { facilityCode: 'DEP-B' } }),
      event(b.id, 'b9', ago(-2), 'IN_TRANSIT', { location: { facilityCode: 'DEP-B' } }),
    );
    const recorded = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, token);
    expect(recorded.data?.recordTrackingEvents.accepted).toBe(events.length);
    // Another organization's deliveries and scans count nowhere here.
    const other = app.token(`${org}_other`);
    const theirs = await createPackage(app, other, { promisedDeliveryAt: noonDaysAgo(3) });
    await app.gql(RECORD, { events: [event(theirs.id, 'x1', noonDaysAgo(2), 'DELIVERED', { location: { facilityCode: 'DEP-B' } })] }, other);
  });
  afterAll(() => app?.close());

  it('onTimeByDay: deliveries per UTC day of delivery, zeros included, only the caller’s', async () => {
    const result = await app.gql<{ onTimeByDay: Day[] }>(`{ onTimeByDay(days: 7) { day delivered promised onTime onTimeRate } }`, {}, app.token(org));
    expect(result.errors).toBeUndefined();
    const days = result.data!.onTimeByDay;
    expect(days).toHaveLength(7);
    expect(Date.parse(days.at(-1)!.day)).toBe(todayStart());
    expect(days.at(-3)).toMatchObject({ delivered: 3, promised: 2, onTime: 1, onTimeRate: 0.5 });
    expect(days.at(-1)).toMatchObject({ delivered: 1, promised: 1, onTime: 0, onTimeRate: 0 });
    expect(days.filter((d) => d.delivered === 0).every((d) => d.onTimeRate === null)).toBe(true);
    expect(days.reduce((sum, d) => sum + d.delivered, 0)).toBe(4);
  });

  it('busiestFacilities: events that occurred there in the window, busiest first, with names when registered', async () => {
    const result = await app.gql<{ busiestFacilities: Activity[] }>(`{ busiestFacilities(hours: 24, first: 5) { facilityCode name events packages } }`, {}, app.token(org));
    expect(result.errors).toBeUndefined();
    expect(result.data!.busiestFacilities).toEqual([
      { facilityCode: 'HUB-A', name: 'Alpha hub', events: 3, packages: 2 },
      { facilityCode: 'XX-UNK', name: null, events: 2, packages: 1 },
      { facilityCode: 'DEP-B', name: 'Beta depot', events: 1, packages: 1 },
    ]);
    const top = await app.gql<{ busiestFacilities: Activity[] }>(`{ busiestFacilities(first: 1) { facilityCode } }`, {}, app.token(org));
    expect(top.data!.busiestFacilities.map((f) => f.facilityCode)).toEqual(['HUB-A']);
  });

  it('packageCountsByFacility: packages of these statuses by the facility of their latest located scan, only the caller’s', async () => {
    type FacilityCount = { facilityCode: string; packages: number };
    const counts = async (status: string[], token = app.token(org)) => {
      const result = await app.gql<{ packageCountsByFacility: FacilityCount[] }>(`query($s: [PackageStatus!]!) { packageCountsByFacility(status: $s) { facilityCode packages } }`, { s: status }, token);
      expect(result.errors).toBeUndefined();
      return result.data!.packageCountsByFacility;
    };
    // a's latest scan is at HUB-A (XX-UNK came before), b's at DEP-B; the delivered ones were never located.
    expect(await counts(['IN_TRANSIT'])).toEqual([
      { facilityCode: 'DEP-B', packages: 1 },
      { facilityCode: 'HUB-A', packages: 1 },
    ]);
    expect(await counts(['IN_TRANSIT', 'IN_TRANSIT'])).toHaveLength(2);
    // The other organization's parcel delivered at DEP-B counts for it alone.
    expect(await counts(['DELIVERED', 'OUT_FOR_DELIVERY'])).toEqual([]);
    expect(await counts(['DELIVERED'], app.token(`${org}_other`))).toEqual([{ facilityCode: 'DEP-B', packages: 1 }]);
  });

  it('anomalyCounts: by type and severity, open by default, only the caller’s', async () => {
    const db = app.gateway.runtime.database.db;
    const anomaly = (organization_id: string, key: string, type: string, severity: string, state = 'OPEN') => ({
      organization_id, dedup_key: key, type, severity, state, confidence: 0.9, summary: key, evidence: '{}', package_id: null, facility_code: 'HUB-A',
    });
    const mine = `${org}_anomalies`;
    await db
      .insertInto('anomalies')
      .values([
        anomaly(mine, 'k1', 'NO_SCAN', 'HIGH'),
        anomaly(mine, 'k2', 'NO_SCAN', 'HIGH'),
        anomaly(mine, 'k3', 'NO_SCAN', 'LOW'),
        anomaly(mine, 'k4', 'FACILITY_CONGESTION', 'CRITICAL'),
        anomaly(mine, 'k5', 'FACILITY_CONGESTION', 'CRITICAL', 'RESOLVED'),
        anomaly(`${mine}_other`, 'k1', 'NO_SCAN', 'HIGH'),
      ])
      .execute();
    const token = app.token(mine);
    const open = await app.gql<{ anomalyCounts: Count[] }>(`{ anomalyCounts { type severity count } }`, {}, token);
    expect(open.errors).toBeUndefined();
    expect(open.data!.anomalyCounts).toEqual([
      { type: 'NO_SCAN', severity: 'HIGH', count: 2 },
      { type: 'FACILITY_CONGESTION', severity: 'CRITICAL', count: 1 },
      { type: 'NO_SCAN', severity: 'LOW', count: 1 },
    ]);
    const resolved = await app.gql<{ anomalyCounts: Count[] }>(`{ anomalyCounts(state: [RESOLVED]) { type severity count } }`, {}, token);
    expect(resolved.data!.anomalyCounts).toEqual([{ type: 'FACILITY_CONGESTION', severity: 'CRITICAL', count: 1 }]);
  });

  it('rejects windows out of range with BAD_USER_INPUT', async () => {
    const token = app.token(org);
    for (const query of [
      '{ onTimeByDay(days: 0) { day } }',
      '{ onTimeByDay(days: 91) { day } }',
      '{ busiestFacilities(hours: 0) { facilityCode } }',
      '{ busiestFacilities(hours: 169) { facilityCode } }',
      '{ busiestFacilities(first: 0) { facilityCode } }',
      '{ busiestFacilities(first: 51) { facilityCode } }',
      '{ packageCountsByFacility(status: []) { facilityCode } }',
    ]) {
      const bad = await app.gql(query, {}, token);
      expect(bad.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });
});
