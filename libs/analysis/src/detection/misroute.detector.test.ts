import { describe, expect, it } from 'vitest';
import { buildFleet, buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectMisroute } from './misroute.detector.js';

const ctx = { ...learnedNetwork(), facilities: TEST_FACILITIES, now: hoursAfter(T0, 30) };

/** Departed Leipzig toward Munich, then scanned in Hamburg: ~250 km farther from Munich. */
const wrongWay = [...NORMAL_ROUTE.slice(0, 7), { afterHours: 5, facility: 'DEP-HAM' }];
const misrouted = buildHistory({ id: 'm', scans: wrongWay });

describe('detectMisroute', () => {
  it('flags a move away from the destination over a lane never used toward it', () => {
    const [finding] = detectMisroute(misrouted, ctx);
    expect(finding).toMatchObject({ type: 'MISROUTE', key: 'MISROUTE:m-e8', severity: 'MEDIUM' });
    expect(finding?.evidence.facilityCode).toBe('DEP-HAM');
    expect(finding?.evidence.eventIds).toEqual(['m-e7', 'm-e8']);
    expect(finding?.evidence.statistics).toMatchObject({ fromFacility: 'HUB-LEJ', toFacility: 'DEP-HAM', laneSamples: 0 });
    expect(Number(finding?.evidence.statistics['increaseKm'])).toBeGreaterThan(200);
  });

  it('finds nothing on the normal path (small detours stay within tolerance)', () => {
    expect(detectMisroute(buildHistory({ id: 'n', scans: NORMAL_ROUTE.slice(0, 8) }), ctx)).toEqual([]);
  });

  it('accepts a move away from the destination when delivered packages to it use that lane', () => {
    // A fleet that really goes Leipzig → Hamburg → Munich (e.g. a sort-centre detour) makes it a known path
    // in the network model's observed routing.
    const detour = buildFleet({
      count: 3,
      idPrefix: 'detour',
      route: [...wrongWay, { afterHours: 10, facility: 'DEP-MUC' }, { afterHours: 4, status: 'DELIVERED', location: null }],
    });
    const known = learnedNetwork({ extra: detour });
    expect(detectMisroute(misrouted, { ...ctx, ...known })).toEqual([]);
    // One package does not make a path (misrouteKnownLanePackages is 2).
    const once = learnedNetwork({ extra: detour.slice(0, 1) });
    expect(detectMisroute(misrouted, { ...ctx, ...once })[0]?.evidence.statistics).toMatchObject({ laneSamples: 1, laneDeliveredToDestination: 1 });
  });

  it('resolves once the package is back on track', () => {
    const back = buildHistory({ id: 'm', scans: [...wrongWay, { afterHours: 5, facility: 'HUB-LEJ' }] });
    expect(detectMisroute(back, ctx)).toEqual([]);
  });

  it('does not apply without a destination or after delivery', () => {
    expect(detectMisroute(buildHistory({ id: 'x', destination: null, scans: wrongWay }), ctx)).toEqual([]);
    const delivered = buildHistory({ id: 'y', scans: [...wrongWay, { afterHours: 30, status: 'DELIVERED', location: null }] });
    expect(detectMisroute(delivered, ctx)).toEqual([]);
  });
});
