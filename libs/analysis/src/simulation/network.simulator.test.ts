import { PACKAGE_STATUSES } from '@clearpath/core';
import { describe, expect, it } from 'vitest';
import type { PackageStatus } from '../timeline.types.js';
import { CARRIER_CODE_STATUS, nextLiveEvents, simulateNetwork, statusForCarrierCode } from './index.js';

const STATUSES = new Set<PackageStatus>(PACKAGE_STATUSES);
const start = new Date('2025-03-03T00:00:00Z');
const now = new Date('2025-03-24T12:00:00Z');
const options = { seed: 42, packageCount: 3000, start, spanDays: 21, now };
const sim = simulateNetwork(options);

describe('simulateNetwork', () => {
  it('is deterministic per seed', () => {
    const again = simulateNetwork(options);
    expect(JSON.stringify(again.packages)).toBe(JSON.stringify(sim.packages));
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(sim.truth));
    const other = simulateNetwork({ ...options, seed: 43 });
    expect(JSON.stringify(other.packages)).not.toBe(JSON.stringify(sim.packages));
  });

  it('emits ordered, valid, uniquely identified events that stop at now', () => {
    // Violations are collected rather than asserted per event: tens of thousands of expect() calls are slow.
    const problems: string[] = [];
    const ids = new Set<string>();
    const seqs = new Set<number>();
    for (const pkg of sim.packages) {
      if (pkg.events[0]?.status !== 'INFO_RECEIVED' || pkg.events[0].occurredAt.getTime() !== pkg.createdAt.getTime()) problems.push(`${pkg.id} first event`);
      pkg.events.forEach((event, i) => {
        const where = `${event.eventId}`;
        if (!STATUSES.has(event.status)) problems.push(`${where} status`);
        if (!event.carrierCode || statusForCarrierCode(event.carrierCode) !== event.status) problems.push(`${where} carrier code`);
        if (event.occurredAt > now) problems.push(`${where} after now`);
        const previous = pkg.events[i - 1];
        if (previous && (event.occurredAt < previous.occurredAt || event.seq <= previous.seq)) problems.push(`${where} order`);
        if (ids.has(event.eventId)) problems.push(`${where} duplicate id`);
        ids.add(event.eventId);
        seqs.add(event.seq);
      });
    }
    expect(problems).toEqual([]);
    expect(seqs.size).toBe(ids.size);
  });

  it('delivers at the truth time near the destination, and leaves recent packages in transit', () => {
    let delivered = 0;
    let inFlight = 0;
    for (const pkg of sim.packages) {
      const truth = sim.truth[pkg.id];
      expect(truth).toBeDefined();
      if (pkg.status === 'DELIVERED') {
        delivered++;
        const last = pkg.events[pkg.events.length - 1];
        expect(last?.occurredAt.getTime()).toBe(truth?.deliveredAt?.getTime());
      } else if (pkg.status !== 'RETURNED') {
        inFlight++;
        const deliveredAt = truth?.deliveredAt ?? null;
        expect(deliveredAt === null || deliveredAt > now).toBe(true);
      }
      expect(pkg.promisedDeliveryAt && pkg.promisedDeliveryAt > pkg.createdAt).toBe(true);
    }
    expect(delivered).toBeGreaterThan(2000);
    expect(inFlight).toBeGreaterThan(100);
  });

  it('includes misroutes, customs holds, failed attempts and every service level', () => {
    const truths = Object.values(sim.truth);
    expect(truths.some((t) => t.misrouted)).toBe(true);
    expect(truths.some((t) => t.exceptions.includes('CUSTOMS_HOLD'))).toBe(true);
    expect(truths.some((t) => t.failedAttempts > 0)).toBe(true);
    expect(new Set(truths.map((t) => t.serviceLevel)).size).toBe(3);
    expect(sim.facilities.map((f) => f.type)).toEqual(expect.arrayContaining(['HUB', 'DEPOT', 'CUSTOMS']));
    expect(sim.lanes.every((lane) => lane.meanHours > 0 && lane.distanceKm > 0)).toBe(true);
    expect(Object.values(CARRIER_CODE_STATUS)).toContain('DELIVERED');
  });

  it('continues as a live feed with new packages and increasing seq', () => {
    const live = simulateNetwork(options);
    const firstSeq = live.state.nextSeq;
    const batch = nextLiveEvents(live.state, now, new Date(now.getTime() + 6 * 3_600_000));
    expect(batch.events.length).toBeGreaterThan(0);
    expect(batch.newPackages.length).toBeGreaterThan(0);
    batch.events.forEach((item, i) => {
      expect(item.event.seq).toBe(firstSeq + i);
      expect(item.event.occurredAt > now).toBe(true);
    });
    const next = nextLiveEvents(live.state, live.state.now, new Date(live.state.now.getTime() + 3_600_000));
    expect(next.events[0]?.event.seq ?? live.state.nextSeq).toBeGreaterThan(batch.events.at(-1)?.event.seq ?? 0);
  });
});
