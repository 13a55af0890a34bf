import { describe, expect, it } from 'vitest';
import type { EtaStage } from '../eta/index.js';
import { whatIfScenario } from '../testing/what-if.fixture.js';
import { hoursUntilReaching, whatIf, type WhatIfPackage } from './what-if.js';

const HOUR = 3_600_000;
const stage = (label: string, remainingHours: number): EtaStage => ({ label, elapsedHours: 0, remainingHours, typicalHours: remainingHours, excessHours: 0, slowdown: 1, slow: false, learned: true });

describe('hoursUntilReaching', () => {
  it('adds up the stages before the first one that starts at the facility', () => {
    const stages = [stage('dwell at H1', 2), stage('H1 → H4', 5), stage('dwell at H4', 3), stage('H4 → H7', 4), stage('last mile from H7 (STANDARD)', 6)];
    expect(hoursUntilReaching(stages, 'H1')).toBe(0);
    expect(hoursUntilReaching(stages, 'H4')).toBe(7);
    expect(hoursUntilReaching(stages, 'H7')).toBe(14);
    expect(hoursUntilReaching(stages, 'H2')).toBeNull();
  });
});

describe('whatIf on a learned network', () => {
  const { shape, now, model, active } = whatIfScenario({ packageCount: 900, samples: 200 });
  const counts = new Map<string, number>();
  const ahead = (p: WhatIfPackage): string[] => p.eta.stages.flatMap((s) => /^(?:dwell at |last mile from )?(\S+)/.exec(s.label)?.slice(1, 2) ?? []);
  for (const p of active) for (const code of new Set(ahead(p).slice(1))) counts.set(code, (counts.get(code) ?? 0) + 1);
  const hub = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const until = new Date(now.getTime() + 24 * HOUR);

  it('holds every package that reaches a closed facility before it reopens until it does', () => {
    const result = whatIf({ facilityCode: hub, until }, active, now);
    expect(result.affected).toBeGreaterThan(0);
    for (const impact of result.impacts) {
      expect(impact.reachesAt.getTime()).toBeLessThan(until.getTime());
      expect(impact.delayHours).toBeCloseTo((until.getTime() - impact.reachesAt.getTime()) / HOUR, 1);
      expect(impact.newP50.getTime() - impact.p50.getTime()).toBeCloseTo(impact.delayHours * HOUR, -4);
      const promise = impact.promisedDeliveryAt?.getTime() ?? Infinity;
      expect(impact.newlyLate).toBe(impact.p50.getTime() <= promise && impact.newP50.getTime() > promise);
    }
    expect(result.newlyLate).toBe(result.impacts.filter((i) => i.newlyLate).length);
    // Packages whose path does not pass the hub are untouched.
    const affected = new Set(result.impacts.map((i) => i.packageId));
    for (const p of active) if (hoursUntilReaching(p.eta.stages, hub) === null) expect(affected.has(p.id)).toBe(false);
  });

  it('delays by the slowdown those that pass while the facility is slow, and proposes routes around it that save time', () => {
    const result = whatIf({ facilityCode: hub, until, slowHours: 12 }, active, now, { model, facilities: shape.facilities, rerouteTop: 30 });
    expect(result.impacts.every((i) => i.delayHours === 12)).toBe(true);
    expect(result.affected).toBeGreaterThan(0);
    expect(result.reroutes.length).toBeGreaterThan(0);
    for (const r of result.reroutes) {
      expect(r.path).not.toContain(hub);
      expect(r.savesHours).toBeGreaterThan(0);
    }
    expect(whatIf({ facilityCode: hub, until: now, slowHours: 12 }, active, now).affected).toBe(0);
  });
});
