import { describe, expect, it } from 'vitest';
import { buildFleet, buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITY_LIST, type ScanSpec } from '@clearpath/analysis/testing/history.factory.js';
import { buildNetworkModel } from '../network/network-model.cache.js';
import { etaForHistory } from '../eta/eta.service.js';
import { InvestigationToolkit } from './investigation.toolkit.js';

/** Berlin → Frankfurt customs → Munich depot, with departure scans: customs is a learned facility. */
const VIA_CUSTOMS: readonly ScanSpec[] = [
  ...NORMAL_ROUTE.slice(0, 5),
  { afterHours: 6, facility: 'CUS-FRA' },
  { afterHours: 8, facility: 'CUS-FRA', carrierCode: 'DEPARTED' },
  { afterHours: 5, facility: 'DEP-MUC' },
  { afterHours: 9, facility: 'DEP-MUC', status: 'OUT_FOR_DELIVERY' },
  { afterHours: 4, status: 'DELIVERED', location: null },
];

const history = [...buildFleet({ count: 30, seed: 7 }), ...buildFleet({ count: 30, seed: 8, idPrefix: 'cus', route: VIA_CUSTOMS })];
/** Arrived at customs at T0 + 16 h, held (CUSTOMS_HOLD) ever since; 33 h later. */
const held = buildHistory({
  id: 'held-33h',
  promisedHours: 72,
  scans: [...NORMAL_ROUTE.slice(0, 5), { afterHours: 6, facility: 'CUS-FRA' }, { afterHours: 1, facility: 'CUS-FRA', carrierCode: 'CUSTOMS_HOLD' }],
});
const now = hoursAfter(T0, 16 + 33);

describe('re-routing and the package ETA', () => {
  it('report the same ETA for the route the package is on (a package held 33 h in customs)', () => {
    const model = buildNetworkModel('org', history, [...TEST_FACILITY_LIST], now);
    const eta = etaForHistory(model, held, now);
    expect(eta?.remainingPath[0]).toBe('CUS-FRA');
    const routes = new InvestigationToolkit(held, model, [], now).routes();
    const current = routes.filter((r) => r.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ path: eta?.remainingPath, p50: eta?.p50, p90: eta?.p90, onTimeProbability: eta?.onTimeProbability });
    // Alternatives start from the same 33 h at customs: none claims an arrival the held package cannot make.
    for (const route of routes) expect(route.p50.getTime()).toBeGreaterThan(now.getTime());
    expect(routes.every((r) => r.path[0] === 'CUS-FRA')).toBe(true);
  });

  it('gives the same routes on every read of the same evidence', () => {
    const model = buildNetworkModel('org', history, [...TEST_FACILITY_LIST], now);
    const first = new InvestigationToolkit(held, model, [], now).routes();
    const again = new InvestigationToolkit(held, model, [], new Date(now.getTime() + 1000)).routes();
    expect(again.map((r) => [r.path, r.p50.getTime(), r.p90.getTime()])).toEqual(
      first.map((r) => [r.path, r.p50.getTime() + (r.current ? 0 : 1000), r.p90.getTime() + (r.current ? 0 : 1000)]),
    );
  });

  it('does not re-route a delivered package', () => {
    const model = buildNetworkModel('org', history, [...TEST_FACILITY_LIST], now);
    const delivered = buildHistory({ id: 'done', scans: NORMAL_ROUTE });
    const toolkit = new InvestigationToolkit(delivered, model, [], now);
    expect(toolkit.routes()).toEqual([]);
    expect(toolkit.limitations.join(' ')).toMatch(/DELIVERED/);
  });
});
