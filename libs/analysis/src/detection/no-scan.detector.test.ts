import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectNoScan } from './no-scan.detector.js';

const deep = learnedNetwork();
const thin = learnedNetwork({ deliveredCount: 5 });
const ctx = (learned: typeof deep, hours: number) => ({ ...learned, facilities: TEST_FACILITIES, now: hoursAfter(T0, hours) });

/** Last scan: departed the Leipzig hub at T0 + 17 h; the lane to Munich normally takes 7–10 h. */
const pkg = buildHistory({ id: 'p', scans: NORMAL_ROUTE.slice(0, 7) });

describe('detectNoScan', () => {
  it('stays quiet within the lane p95', () => {
    expect(detectNoScan(pkg, ctx(deep, 17 + 9))).toEqual([]);
  });

  it('fires past the p95 of the stage the package is in (the lane to Munich, as the network model knows it)', () => {
    const [finding] = detectNoScan(pkg, ctx(deep, 17 + 12));
    expect(finding).toMatchObject({ type: 'NO_SCAN', key: 'NO_SCAN:p-e7', severity: 'MEDIUM' });
    expect(finding?.evidence.eventIds).toEqual(['p-e7']);
    expect(finding?.evidence.facilityCode).toBe('HUB-LEJ');
    expect(finding?.evidence.statistics).toMatchObject({
      stage: 'HUB-LEJ → DEP-MUC',
      thresholdBasis: 'HUB-LEJ → DEP-MUC',
      samples: 30,
      silenceHours: 12,
    });
    expect(finding?.evidence.statistics['thresholdHours']).toBeCloseTo(9.46, 1);
  });

  it('escalates severity with the length of the silence', () => {
    expect(detectNoScan(pkg, ctx(deep, 17 + 25))[0]?.severity).toBe('HIGH');
    expect(detectNoScan(pkg, ctx(deep, 17 + 48))[0]?.severity).toBe('CRITICAL');
  });

  it('uses max(floor, prior) when lane history is thin', () => {
    // Thin: 5 samples. 12 h would breach the lane's own p95 but not the 24 h floor.
    expect(detectNoScan(pkg, ctx(thin, 17 + 12))).toEqual([]);
    const [finding] = detectNoScan(pkg, ctx(thin, 17 + 30));
    expect(finding?.evidence.statistics).toMatchObject({ thresholdHours: 24, thresholdBasis: 'floor', samples: 5 });
    // Thin history is reported with less confidence than deep history at the same ratio.
    const deepFinding = detectNoScan(pkg, ctx(deep, 17 + 30))[0];
    expect(finding?.confidence).toBeLessThan(deepFinding?.confidence ?? 0);
  });

  it('uses the induction floor for a label that was never scanned', () => {
    const label = buildHistory({ id: 'label', scans: [{ afterHours: 0, status: 'INFO_RECEIVED' }] });
    expect(detectNoScan(label, ctx(deep, 40))).toEqual([]);
    expect(detectNoScan(label, ctx(deep, 50))[0]).toMatchObject({ key: 'NO_SCAN:label-e1' });
  });

  it('never fires for terminal or pickup-waiting packages', () => {
    const delivered = buildHistory({ id: 'd', scans: NORMAL_ROUTE });
    const pickup = buildHistory({
      id: 'u',
      scans: [...NORMAL_ROUTE.slice(0, 8), { afterHours: 3, facility: 'PUP-MUC', status: 'AVAILABLE_FOR_PICKUP' }],
    });
    expect(detectNoScan(delivered, ctx(deep, 500))).toEqual([]);
    expect(detectNoScan(pickup, ctx(deep, 200))).toEqual([]);
  });
});
