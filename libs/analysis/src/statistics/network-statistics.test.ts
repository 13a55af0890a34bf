import { describe, expect, it } from 'vitest';
import { buildFleet, buildHistory, MUNICH_ADDRESS, NORMAL_ROUTE, T0 } from '../testing/history.factory.js';
import { computeNetworkStatistics } from './network-statistics.js';

const now = T0;

describe('computeNetworkStatistics', () => {
  const delivered = buildFleet({ count: 30, jitter: 0 });
  const stats = computeNetworkStatistics(delivered, { now });

  it('learns dwell (first → last scan) and turnaround (first scan → next scan elsewhere)', () => {
    const depot = stats.facilities['DEP-MUC'];
    expect(depot?.dwellHours).toMatchObject({ count: 30, p50: 9 });
    expect(depot?.turnaroundHours).toMatchObject({ count: 30, p50: 13 });
    expect(stats.facilities['HUB-BER']?.turnaroundHours?.p50).toBe(6);
    expect(depot?.held.count).toBe(0);
  });

  it('reports carrier performance', () => {
    const acme = stats.carriers['ACME'];
    expect(acme).toMatchObject({ packages: 30, delivered: 30, inFlight: 0, onTimeRate: 1, exceptionRate: 0 });
    // First physical scan (2 h after label) to delivery.
    expect(acme?.medianTransitHours).toBe(36);
    expect(stats.network.effectiveSpeedKmh?.count).toBe(30);
  });

  it('counts in-flight packages currently held at a facility, longest first', () => {
    const inFlight = [
      buildHistory({ id: 'held-1', start: new Date(T0.getTime() - 20 * 3_600_000), scans: NORMAL_ROUTE.slice(0, 4) }),
      buildHistory({ id: 'held-2', start: new Date(T0.getTime() - 40 * 3_600_000), scans: NORMAL_ROUTE.slice(0, 5) }),
      buildHistory({ id: 'moving', scans: [...NORMAL_ROUTE.slice(0, 5), { afterHours: 1, location: MUNICH_ADDRESS }] }),
    ];
    const s = computeNetworkStatistics([...delivered, ...inFlight], { now });
    const held = s.facilities['HUB-BER']?.held;
    expect(held?.count).toBe(2);
    expect(held?.packages.map((p) => p.packageId)).toEqual(['held-2', 'held-1']);
    // held-1 started 20 h ago, first scan at HUB-BER 2 + 3 + 3 = 8 h later.
    expect(held?.packages[1]?.heldHours).toBe(12);
    expect(s.carriers['ACME']?.inFlight).toBe(3);
  });

  it('estimates the typical number held by Little’s law', () => {
    // 30 visits over the 14-day window (first label to now), 6 h each → ~0.54 packages at the Berlin hub at a time.
    expect(stats.facilities['HUB-BER']?.typicalHeld).toBeCloseTo((30 / (14 * 24)) * 6, 5);
  });

  it('counts exceptions and late deliveries per carrier', () => {
    const late = buildHistory({ id: 'late', carrier: 'SLOWCO', promisedHours: 10, scans: NORMAL_ROUTE });
    const exception = buildHistory({
      id: 'exc',
      carrier: 'SLOWCO',
      scans: [...NORMAL_ROUTE.slice(0, 3), { afterHours: 1, facility: 'DEP-BER', status: 'EXCEPTION', carrierCode: 'DAMAGED' }],
    });
    const s = computeNetworkStatistics([late, exception], { now });
    expect(s.carriers['SLOWCO']).toMatchObject({ packages: 2, onTimeRate: 0, onTimeSamples: 1, exceptionRate: 0.5 });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });
});
