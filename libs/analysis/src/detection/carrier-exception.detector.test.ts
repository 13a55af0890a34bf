import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES, type ScanSpec } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectCarrierException } from './carrier-exception.detector.js';

const ctx = { ...learnedNetwork(), facilities: TEST_FACILITIES, now: hoursAfter(T0, 30) };
const start = NORMAL_ROUTE.slice(0, 5);
const hold: ScanSpec = { afterHours: 4, facility: 'CUS-FRA', carrierCode: 'CUSTOMS_HOLD', description: 'Awaiting invoice' };

describe('detectCarrierException', () => {
  it('recognises a customs hold from the raw code even with an IN_TRANSIT status', () => {
    const [finding] = detectCarrierException(buildHistory({ id: 'c', scans: [...start, hold] }), ctx);
    expect(finding).toMatchObject({ type: 'CARRIER_EXCEPTION', key: 'CARRIER_EXCEPTION:CUSTOMS:c-e6', severity: 'MEDIUM' });
    expect(finding?.evidence).toMatchObject({ subtype: 'CUSTOMS', facilityCode: 'CUS-FRA', eventIds: ['c-e6'] });
    expect(finding?.summary).toContain('Awaiting invoice');
  });

  it('groups repeated scans of the same exception into one finding with a stable key', () => {
    const [finding, ...rest] = detectCarrierException(
      buildHistory({ id: 'c', scans: [...start, hold, { ...hold, afterHours: 6 }] }),
      ctx,
    );
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: 'CARRIER_EXCEPTION:CUSTOMS:c-e6' });
    expect(finding?.evidence.eventIds).toEqual(['c-e6', 'c-e7']);
  });

  it('resolves when a later normal scan shows the package moving on', () => {
    const released = buildHistory({ id: 'c', scans: [...start, hold, { afterHours: 6, facility: 'CUS-FRA', carrierCode: 'RELEASED' }] });
    expect(detectCarrierException(released, ctx)).toEqual([]);
  });

  it('names damage and address subtypes; damage stays open even after delivery', () => {
    const damaged = buildHistory({
      id: 'd',
      scans: [...start, { afterHours: 1, facility: 'HUB-BER', status: 'EXCEPTION', carrierCode: 'DAMAGED' }, ...NORMAL_ROUTE.slice(5)],
    });
    expect(damaged.status).toBe('DELIVERED');
    expect(detectCarrierException(damaged, ctx)[0]).toMatchObject({ evidence: { subtype: 'DAMAGED' }, severity: 'HIGH', confidence: 0.95 });

    const address = buildHistory({
      id: 'a',
      scans: [...start, { afterHours: 1, facility: 'DEP-MUC', status: 'FAILED_ATTEMPT', carrierCode: 'ADDRESS_ISSUE' }],
    });
    expect(detectCarrierException(address, ctx)[0]?.evidence.subtype).toBe('ADDRESS');
  });

  it('reports a bare EXCEPTION status as OTHER and escalates long-open exceptions', () => {
    const bare = buildHistory({ id: 'b', scans: [...start, { afterHours: 1, facility: 'HUB-BER', status: 'EXCEPTION' }] });
    expect(detectCarrierException(bare, ctx)[0]).toMatchObject({ evidence: { subtype: 'OTHER' }, severity: 'MEDIUM' });
    expect(detectCarrierException(bare, { ...ctx, now: hoursAfter(T0, 200) })[0]?.severity).toBe('HIGH');
  });

  it('finds nothing on a normal journey', () => {
    expect(detectCarrierException(buildHistory({ id: 'n', scans: NORMAL_ROUTE }), ctx)).toEqual([]);
    expect(detectCarrierException(buildHistory({ id: 'n', scans: NORMAL_ROUTE.slice(0, 6) }), ctx)).toEqual([]);
  });
});
