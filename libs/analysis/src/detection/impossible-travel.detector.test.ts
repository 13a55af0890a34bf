import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectImpossibleTravel } from './impossible-travel.detector.js';

const ctx = { ...learnedNetwork(), facilities: TEST_FACILITIES, now: hoursAfter(T0, 30) };

describe('detectImpossibleTravel', () => {
  it('flags Berlin → Munich in ten minutes with both timestamps', () => {
    const pkg = buildHistory({
      id: 'f',
      scans: [
        { afterHours: 1, facility: 'HUB-BER' },
        { afterHours: 1 / 6, facility: 'DEP-MUC' },
      ],
    });
    const [finding] = detectImpossibleTravel(pkg, ctx);
    expect(finding).toMatchObject({ type: 'IMPOSSIBLE_TRAVEL', key: 'IMPOSSIBLE_TRAVEL:f-e1:f-e2' });
    expect(finding?.evidence.eventIds).toEqual(['f-e1', 'f-e2']);
    expect(Number(finding?.evidence.statistics['speedKmh'])).toBeGreaterThan(2500);
    expect(finding?.evidence.statistics['fromAt']).toBe(hoursAfter(T0, 1).toISOString());
    expect(finding?.summary).toContain('f-e1');
  });

  it('reports scans at two places at the same instant with a null (not infinite) speed', () => {
    const pkg = buildHistory({
      id: 's',
      scans: [
        { afterHours: 1, facility: 'HUB-BER' },
        { afterHours: 0, facility: 'HUB-FRA' },
      ],
    });
    const [finding] = detectImpossibleTravel(pkg, ctx);
    expect(finding?.evidence.statistics['speedKmh']).toBeNull();
    expect(JSON.stringify(finding)).not.toContain('Infinity');
  });

  it('finds nothing on a normal journey, ignores short hops and keeps the fact after delivery', () => {
    expect(detectImpossibleTravel(buildHistory({ id: 'n', scans: NORMAL_ROUTE }), ctx)).toEqual([]);
    const hop = buildHistory({ id: 'h', scans: [{ afterHours: 1, facility: 'DEP-BER' }, { afterHours: 0.01, facility: 'HUB-BER' }] });
    expect(detectImpossibleTravel(hop, ctx)).toEqual([]);
    const delivered = buildHistory({
      id: 'd',
      scans: [{ afterHours: 1, facility: 'HUB-BER' }, { afterHours: 0.1, facility: 'DEP-MUC' }, { afterHours: 5, status: 'DELIVERED' }],
    });
    expect(detectImpossibleTravel(delivered, ctx)).toHaveLength(1);
  });
});
