import { describe, expect, it } from 'vitest';
import { packagesAsOf, simulateNetwork } from '../simulation/index.js';
import type { PackageHistory, TimelineEvent } from '../timeline.types.js';
import { learnEtaModel, parseEtaModel, predictEta, scoreCases, type ScoredCase } from './index.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const start = new Date('2025-03-03T00:00:00Z');
const sim = simulateNetwork({ seed: 5, packageCount: 5000, start, spanDays: 30, now: new Date(start.getTime() + 45 * DAY_MS) });
const cutoff = new Date(start.getTime() + 23 * DAY_MS + 10 * HOUR_MS);
const snapshot = packagesAsOf(sim.journeys, cutoff);
const training = snapshot.filter((p) => p.status === 'DELIVERED');
const heldOut = snapshot.filter((p) => !['DELIVERED', 'RETURNED', 'CANCELLED'].includes(p.status));
const model = learnEtaModel(training, sim.facilities, { trainedAt: cutoff });
const truth = (pkg: PackageHistory): Date | null => sim.truth[pkg.id]?.deliveredAt ?? null;

function scan(partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'status' | 'occurredAt'>, seq: number): TimelineEvent {
  return { eventId: `t-${seq}`, carrierCode: null, description: null, facilityCode: null, location: null, seq, ...partial };
}

function atHub(arrivedAt: Date, promisedDeliveryAt: Date | null = null): PackageHistory {
  const created = new Date(arrivedAt.getTime() - 20 * HOUR_MS);
  return {
    id: 'pkg-at-hub',
    trackingNumber: 'T1',
    carrier: 'test',
    serviceLevel: 'STANDARD',
    origin: { lat: 50.9375, lon: 6.9603, facilityCode: 'DEP-CGN' },
    destination: { lat: 40.42, lon: -3.7 },
    promisedDeliveryAt,
    createdAt: created,
    status: 'IN_TRANSIT',
    events: [
      scan({ status: 'INFO_RECEIVED', occurredAt: created, carrierCode: 'IR' }, 1),
      scan({ status: 'IN_TRANSIT', occurredAt: new Date(created.getTime() + 4 * HOUR_MS), carrierCode: 'PU', facilityCode: 'DEP-CGN' }, 2),
      scan({ status: 'IN_TRANSIT', occurredAt: new Date(created.getTime() + 8 * HOUR_MS), carrierCode: 'DP', facilityCode: 'DEP-CGN' }, 3),
      scan({ status: 'IN_TRANSIT', occurredAt: arrivedAt, carrierCode: 'AR', facilityCode: 'HUB-FRA' }, 4),
    ],
  };
}

describe('predictEta on simulated data', () => {
  const cases: ScoredCase[] = heldOut.map((pkg) => {
    const eta = predictEta(model, pkg, cutoff, sim.facilities, undefined, { samples: 400 });
    return { pkg, now: cutoff, actualDeliveredAt: truth(pkg), p50: eta.p50, p90: eta.p90, onTimeProbability: eta.onTimeProbability };
  });

  it('beats the median-transit baseline on p50 and is calibrated at p90', () => {
    const transit = training.map((p) => (p.events.at(-1)?.occurredAt.getTime() ?? 0) - p.createdAt.getTime()).sort((a, b) => a - b);
    const medianMs = transit[transit.length >> 1] ?? 0;
    const baseline = scoreCases(
      cases.map((c) => {
        const guess = new Date(Math.max(cutoff.getTime(), c.pkg.createdAt.getTime() + medianMs));
        return { ...c, p50: guess, p90: guess };
      }),
    );
    const metrics = scoreCases(cases);
    expect(heldOut.length).toBeGreaterThan(300);
    expect(metrics.maeP50Hours).toBeLessThan(0.7 * baseline.maeP50Hours);
    expect(metrics.p90Coverage).toBeGreaterThanOrEqual(0.8);
    expect(metrics.p90Coverage).toBeLessThanOrEqual(0.97);
    expect(metrics.brier).toBeLessThan(0.15);
  });

  it('uses the learned lane graph for the remaining path', () => {
    const pkg = atHub(cutoff);
    const eta = predictEta(model, pkg, new Date(cutoff.getTime() + HOUR_MS), sim.facilities);
    expect(eta.basis).toBe('LEARNED_PATH');
    expect(eta.basisReason).toMatch(/learned from \d+ delivered packages/);
    expect(eta.remainingPath[0]).toBe('HUB-FRA');
    expect(eta.remainingPath.at(-1)).toBe('DEP-MAD');
    expect(eta.p90.getTime()).toBeGreaterThan(eta.p50.getTime());
    expect(eta.onTimeProbability).toBeNull();
  });

  it('conditions the current dwell on time already spent', () => {
    const arrived = cutoff;
    const pkg = atHub(arrived, new Date(arrived.getTime() + 60 * HOUR_MS));
    const fresh = predictEta(model, pkg, new Date(arrived.getTime() + 0.5 * HOUR_MS), sim.facilities);
    const stuckNow = new Date(arrived.getTime() + 14 * HOUR_MS);
    const stuck = predictEta(model, pkg, stuckNow, sim.facilities);
    expect(stuck.p50.getTime()).toBeGreaterThan(stuckNow.getTime());
    // Stuck for 14 h (several typical dwells): the package is later, and less likely on time.
    expect(stuck.p50.getTime() - fresh.p50.getTime()).toBeGreaterThan(4 * HOUR_MS);
    expect(stuck.onTimeProbability ?? 1).toBeLessThan(fresh.onTimeProbability ?? 0);
    expect(stuck.explanation).toMatch(/already spent/);
  });

  it('returns the delivery time for delivered packages', () => {
    const delivered = training[0];
    if (!delivered) throw new Error('no training data');
    const eta = predictEta(model, delivered, cutoff, sim.facilities);
    expect(eta.basis).toBe('DELIVERED');
    expect(eta.p50.getTime()).toBe(truth(delivered)?.getTime());
  });

  it('survives a JSON round trip with identical predictions', () => {
    const restored = parseEtaModel(JSON.stringify(model));
    const pkg = heldOut[0];
    if (!pkg) throw new Error('no held-out data');
    expect(predictEta(restored, pkg, cutoff, sim.facilities)).toEqual(predictEta(model, pkg, cutoff, sim.facilities));
    expect(() => parseEtaModel({ ...model, version: 1 })).toThrow(/version/);
  });
});

describe('predictEta cold start', () => {
  const empty = learnEtaModel([], sim.facilities);

  it('estimates from great-circle distance and service level without history', () => {
    const now = new Date(cutoff.getTime() + HOUR_MS);
    const near = { ...atHub(cutoff), destination: { lat: 50.94, lon: 6.95 } };
    const far = atHub(cutoff);
    const nearEta = predictEta(empty, near, now, sim.facilities);
    const farEta = predictEta(empty, far, now, sim.facilities);
    expect(farEta.basis).toBe('FALLBACK');
    expect(farEta.basisReason).toMatch(/priors only/);
    expect(farEta.remainingPath).toEqual(['HUB-FRA', 'HUB-MAD', 'DEP-MAD']);
    expect(nearEta.remainingPath.at(-1)).toBe('DEP-CGN');
    expect(farEta.p50.getTime()).toBeGreaterThan(nearEta.p50.getTime() + 10 * HOUR_MS);
    const express = predictEta(empty, { ...far, serviceLevel: 'EXPRESS' }, now, sim.facilities);
    expect(express.p50.getTime()).toBeLessThan(farEta.p50.getTime());
  });
});
