import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const STATE = /* GraphQL */ `
  query($id: ID!) {
    package(id: $id) {
      status lastEventAt deliveredAt
      currentLocation { facilityCode name lat lon }
      events { eventId status carrierCode seq location { facilityCode lat } }
    }
  }
`;

interface State {
  package: {
    status: string;
    lastEventAt: string | null;
    deliveredAt: string | null;
    currentLocation: { facilityCode: string | null; name: string | null; lat: number | null; lon: number | null } | null;
    events: { eventId: string; status: string; carrierCode: string | null; seq: string; location: { facilityCode: string | null; lat: number | null } | null }[];
  };
}

describe.each(BACKENDS)('tracking events on %s', (backend) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(`org_ev_${backend}`);
    await app.gql(
      `mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`,
      { f: [{ code: 'HUB-BER', name: 'Berlin hub', type: 'HUB', lat: 52.5, lon: 13.4 }, { code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.1, lon: 11.6 }] },
      token,
    );
  });
  afterAll(() => app?.close());

  it('stores valid events, rejects invalid ones by index and reports duplicates', async () => {
    const pkg = await createPackage(app, token);
    const result = await app.gql<{ recordTrackingEvents: { accepted: number; duplicates: unknown[]; rejected: { index: number; code: string }[] } }>(
      RECORD,
      {
        events: [
          event(pkg.id, 'a1', '2026-11-20T08:00:00Z', 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } }),
          event(pkg.id, 'a2', 'yesterday', 'IN_TRANSIT'),
          event(pkg.id, 'a3', '2026-11-20T09:00:00Z', 'TELEPORTED'),
          { eventId: 'a4', trackingNumber: pkg.trackingNumber, occurredAt: '2026-11-20T10:00:00Z', carrierCode: 'OD' },
          event(pkg.id, 'a1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'),
          event('00000000-0000-0000-0000-000000000000', 'a5', '2026-11-20T08:00:00Z', 'IN_TRANSIT'),
          { eventId: 'a6', trackingNumber: pkg.trackingNumber, occurredAt: '2026-11-20T10:00:00Z', carrierCode: 'ZZ' },
          event(pkg.id, 'a7', '2999-01-01T00:00:00Z', 'IN_TRANSIT'),
          event(pkg.id, 'a8', '2026-11-20T08:00:00Z', 'IN_TRANSIT', { location: { lat: 91, lon: 0 } }),
        ],
      },
      token,
    );
    expect(result.errors).toBeUndefined();
    const r = result.data!.recordTrackingEvents;
    expect(r.accepted).toBe(2);
    expect(r.duplicates).toEqual([{ index: 4, eventId: 'a1' }]);
    expect(r.rejected.map((x) => [x.index, x.code])).toEqual([
      [1, 'INVALID_TIMESTAMP'],
      [2, 'UNKNOWN_STATUS'],
      [5, 'PACKAGE_NOT_FOUND'],
      [6, 'UNKNOWN_CARRIER_CODE'],
      [7, 'FUTURE_TIMESTAMP'],
      [8, 'INVALID_EVENT'],
    ]);
    const state = await app.gql<State>(STATE, { id: pkg.id }, token);
    expect(state.data?.package.status).toBe('OUT_FOR_DELIVERY');
    expect(state.data?.package.events.map((e) => e.eventId)).toEqual(['a1', 'a4']);
    expect(state.data?.package.events[1]?.carrierCode).toBe('OD');
    // facility coordinates are filled in from the facility code
    expect(state.data?.package.currentLocation).toEqual({ facilityCode: 'HUB-BER', name: 'Berlin hub', lat: 52.5, lon: 13.4 });

    const resend = await app.gql<{ recordTrackingEvents: { accepted: number; duplicates: unknown[] } }>(
      RECORD,
      { events: [event(pkg.id, 'a1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'), event(pkg.id, 'a4', '2026-11-20T10:00:00Z', 'OUT_FOR_DELIVERY')] },
      token,
    );
    expect(resend.data?.recordTrackingEvents).toEqual({ accepted: 0, duplicates: [{ index: 0, eventId: 'a1' }, { index: 1, eventId: 'a4' }], rejected: [] });
  });

  it('derives state by occurredAt, so late and out-of-order events never corrupt it', async () => {
    const pkg = await createPackage(app, token);
    await app.gql(RECORD, { events: [event(pkg.id, 'o3', '2026-11-21T15:00:00Z', 'DELIVERED', { location: { facilityCode: 'DEP-MUC' } })] }, token);
    await app.gql(
      RECORD,
      {
        events: [
          event(pkg.id, 'o1', '2026-11-21T08:00:00Z', 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } }),
          event(pkg.id, 'o2', '2026-11-21T12:00:00Z', 'OUT_FOR_DELIVERY', { location: { lat: 48.2, lon: 11.5 } }),
        ],
      },
      token,
    );
    const state = await app.gql<State>(STATE, { id: pkg.id }, token);
    expect(state.data?.package.status).toBe('DELIVERED');
    expect(state.data?.package.lastEventAt).toBe('2026-11-21T15:00:00.000Z');
    expect(state.data?.package.deliveredAt).toBe('2026-11-21T15:00:00.000Z');
    expect(state.data?.package.currentLocation?.facilityCode).toBe('DEP-MUC');
    expect(state.data?.package.events.map((e) => e.eventId)).toEqual(['o1', 'o2', 'o3']);
    const seqs = state.data!.package.events.map((e) => Number(e.seq));
    expect(seqs[2]).toBeLessThan(seqs[0]!);
  });

  it('a resent event never moves state, even when it ties with a later one', async () => {
    const pkg = await createPackage(app, token);
    const at = '2026-11-21T10:00:00Z';
    const scan = event(pkg.id, 'tie-1', at, 'OUT_FOR_DELIVERY', { location: { facilityCode: 'DEP-MUC', lat: 48.1, lon: 11.6 } });
    await app.gql(RECORD, { events: [scan] }, token);
    await app.gql(RECORD, { events: [event(pkg.id, 'tie-2', at, 'DELIVERED', { location: { lat: 48.2, lon: 11.5 } })] }, token);
    const resend = await app.gql<{ recordTrackingEvents: { accepted: number; duplicates: unknown[] } }>(RECORD, { events: [scan] }, token);
    expect(resend.data?.recordTrackingEvents).toMatchObject({ accepted: 0, duplicates: [{ index: 0, eventId: 'tie-1' }] });
    const state = await app.gql<State>(STATE, { id: pkg.id }, token);
    expect(state.data?.package).toMatchObject({ status: 'DELIVERED', lastEventAt: '2026-11-21T10:00:00.000Z', deliveredAt: '2026-11-21T10:00:00.000Z' });
    expect(state.data?.package.currentLocation).toMatchObject({ facilityCode: null, lat: 48.2, lon: 11.5 });
  });

  it('refuses a batch over the limit without writing anything', async () => {
    const pkg = await createPackage(app, token);
    const events = Array.from({ length: 5001 }, (_, i) => event(pkg.id, `big${i}`, '2026-11-20T08:00:00Z', 'IN_TRANSIT'));
    const result = await app.gql(RECORD, { events }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const state = await app.gql<State>(STATE, { id: pkg.id }, token);
    expect(state.data?.package.events).toEqual([]);
  });

  it('ingests a large batch atomically and idempotently', async () => {
    const pkgs = await Promise.all(Array.from({ length: 20 }, () => createPackage(app, token)));
    const events = pkgs.flatMap((p, i) =>
      Array.from({ length: 100 }, (_, j) => event(p.id, `bulk-${i}-${j}`, new Date(Date.UTC(2026, 10, 1, 0, j)).toISOString(), j === 99 ? 'DELIVERED' : 'IN_TRANSIT')),
    );
    const first = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, token);
    expect(first.data?.recordTrackingEvents.accepted).toBe(2000);
    const second = await app.gql<{ recordTrackingEvents: { accepted: number; duplicates: unknown[] } }>(RECORD, { events }, token);
    expect(second.data?.recordTrackingEvents.accepted).toBe(0);
    expect(second.data?.recordTrackingEvents.duplicates).toHaveLength(2000);
    const stats = await app.gql<{ packageStats: { byStatus: { status: string; count: number }[] } }>(`{ packageStats { byStatus { status count } } }`, {}, token);
    expect(stats.data?.packageStats.byStatus.find((s) => s.status === 'DELIVERED')?.count).toBeGreaterThanOrEqual(20);
  });

  it('computes stats in SQL: status and carrier counts, on-time rate, transit percentiles', async () => {
    const statsToken = app.token(`org_stats_${backend}`);
    const onTime = await createPackage(app, statsToken, { carrier: 'UPS', promisedDeliveryAt: '2026-11-10T00:00:00Z' });
    const late = await createPackage(app, statsToken, { carrier: 'DHL', promisedDeliveryAt: '2026-11-03T00:00:00Z' });
    await createPackage(app, statsToken, { carrier: 'DHL' });
    await app.gql(
      RECORD,
      {
        events: [
          event(onTime.id, 's1', '2026-11-01T00:00:00Z', 'IN_TRANSIT'),
          event(onTime.id, 's2', '2026-11-02T00:00:00Z', 'DELIVERED'),
          event(late.id, 's3', '2026-11-01T00:00:00Z', 'IN_TRANSIT'),
          event(late.id, 's4', '2026-11-05T00:00:00Z', 'DELIVERED'),
        ],
      },
      statsToken,
    );
    const stats = await app.gql<{ packageStats: Record<string, unknown> }>(
      `{ packageStats { total byCarrier { carrier count } onTimeRate medianTransitHours p90TransitHours exceptions eventsPerHour { count } } }`,
      {},
      statsToken,
    );
    const s = stats.data!.packageStats;
    expect(s.total).toBe(3);
    expect(s.byCarrier).toEqual(expect.arrayContaining([{ carrier: 'DHL', count: 2 }, { carrier: 'UPS', count: 1 }]));
    expect(s.onTimeRate).toBe(0.5);
    expect(s.medianTransitHours).toBeCloseTo(60, 5);
    expect(s.p90TransitHours).toBeCloseTo(88.8, 5); // percentile_cont interpolates: 24 + 0.9 × 72
    expect(s.exceptions).toBe(0);
    expect((s.eventsPerHour as { count: number }[]).reduce((a, b) => a + b.count, 0)).toBe(4);
  });
});
