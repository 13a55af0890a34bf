import { describe, expect, it } from 'vitest';
import type { NetworkStatistics } from '../statistics/index.js';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectAnomalies } from './detect-anomalies.js';
import type { AnomalyFinding } from './detection.types.js';
import { detectFacilityCongestion } from './facility-congestion.detector.js';

/** n packages that arrived at the Leipzig hub `hoursAgo` before now and have not moved. */
function heldAtLeipzig(n: number, hoursAgo: number, now: Date) {
  return Array.from({ length: n }, (_, i) =>
    buildHistory({ id: `held-${i + 1}`, start: hoursAfter(now, -hoursAgo - 14), scans: NORMAL_ROUTE.slice(0, 6) }),
  );
}

const now = hoursAfter(T0, 48);
const ctx = { now, facilities: TEST_FACILITIES };
const none = new Map<string, AnomalyFinding[]>();

describe('detectFacilityCongestion', () => {
  it('raises one systemic finding listing every package stalled at the facility', () => {
    const { stats } = learnedNetwork({ extra: heldAtLeipzig(6, 30, now), now });
    const [finding, ...rest] = detectFacilityCongestion(stats, none, ctx);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ type: 'FACILITY_CONGESTION', key: 'FACILITY_CONGESTION:HUB-LEJ' });
    expect(finding?.evidence.packageIds).toEqual(['held-1', 'held-2', 'held-3', 'held-4', 'held-5', 'held-6']);
    expect(finding?.evidence.statistics).toMatchObject({ stalledPackages: 6, heldNow: 6, requiredStalled: 5 });
    expect(finding?.summary).toContain('Leipzig hub');
  });

  it('is quiet when few packages are stalled, or when held packages are still within normal turnaround', () => {
    expect(detectFacilityCongestion(learnedNetwork({ extra: heldAtLeipzig(4, 30, now), now }).stats, none, ctx)).toEqual([]);
    expect(detectFacilityCongestion(learnedNetwork({ extra: heldAtLeipzig(8, 2, now), now }).stats, none, ctx)).toEqual([]);
  });

  it('needs more stalled packages at a facility that normally holds many', () => {
    const { stats } = learnedNetwork({ extra: heldAtLeipzig(6, 30, now), now });
    const busy: NetworkStatistics = structuredClone(stats);
    const hub = busy.facilities['HUB-LEJ'];
    if (hub) hub.typicalHeld = 200; // ~10 stalled on a normal day → needs 30
    expect(detectFacilityCongestion(busy, none, ctx)).toEqual([]);
  });

  it('counts packages whose per-package findings place them stalled at the facility', () => {
    const held = heldAtLeipzig(5, 30, now);
    // Statistics computed before these packages arrived: only the per-package findings know about them.
    const learned = learnedNetwork({ now });
    const stats = learned.stats;
    const findings = new Map(
      held.map((pkg) => [pkg.id, detectAnomalies(pkg, { ...learned, facilities: TEST_FACILITIES, now })] as const),
    );
    const [finding] = detectFacilityCongestion(stats, findings, ctx);
    expect(finding?.evidence.packageIds).toHaveLength(5);
    expect(finding?.evidence.eventIds).toContain('held-1-e6');
  });

  it('leaves out packages held for a reason of their own (a customs hold is no sign of a slow facility)', () => {
    const plain = heldAtLeipzig(4, 30, now);
    const customs = buildHistory({
      id: 'held-customs',
      start: hoursAfter(now, -44),
      scans: [...NORMAL_ROUTE.slice(0, 6), { afterHours: 1, facility: 'HUB-LEJ', status: 'EXCEPTION', carrierCode: 'Z12', description: 'Held at customs, commercial invoice missing' }],
    });
    const learned = learnedNetwork({ extra: [...plain, customs], now });
    const stats = learned.stats;
    const findings = new Map([...plain, customs].map((pkg) => [pkg.id, detectAnomalies(pkg, { ...learned, facilities: TEST_FACILITIES, now })] as const));
    expect(detectFacilityCongestion(stats, findings, ctx)).toEqual([]);
    expect(detectFacilityCongestion(stats, none, ctx)).toHaveLength(1);
  });
});
