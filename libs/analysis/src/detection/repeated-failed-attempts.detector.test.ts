import { describe, expect, it } from 'vitest';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES, type ScanSpec } from '../testing/history.factory.js';
import { learnedNetwork } from '../testing/network.fixture.js';
import { detectRepeatedFailedAttempts } from './repeated-failed-attempts.detector.js';

const ctx = { ...learnedNetwork(), facilities: TEST_FACILITIES, now: hoursAfter(T0, 80) };
const attempt = (code: string): ScanSpec => ({ afterHours: 24, facility: 'DEP-MUC', status: 'FAILED_ATTEMPT', carrierCode: code });
const base = NORMAL_ROUTE.slice(0, 9);

describe('detectRepeatedFailedAttempts', () => {
  it('flags two failed attempts and keeps the key as more follow', () => {
    const two = buildHistory({ id: 'a', scans: [...base, attempt('RECIPIENT_ABSENT'), attempt('RECIPIENT_ABSENT')] });
    const [finding] = detectRepeatedFailedAttempts(two, ctx);
    expect(finding).toMatchObject({ key: 'REPEATED_FAILED_ATTEMPTS:a-e10', severity: 'MEDIUM' });
    expect(finding?.evidence.eventIds).toEqual(['a-e10', 'a-e11']);
    expect(finding?.evidence.statistics).toMatchObject({ attempts: 2, carrierCodes: 'RECIPIENT_ABSENT' });

    const three = buildHistory({ id: 'a', scans: [...base, attempt('X'), attempt('X'), attempt('X')] });
    expect(detectRepeatedFailedAttempts(three, ctx)[0]).toMatchObject({ key: 'REPEATED_FAILED_ATTEMPTS:a-e10', severity: 'HIGH' });
  });

  it('ignores a single attempt and packages delivered after the attempts', () => {
    expect(detectRepeatedFailedAttempts(buildHistory({ id: 'b', scans: [...base, attempt('X')] }), ctx)).toEqual([]);
    const delivered = buildHistory({
      id: 'c',
      scans: [...base, attempt('X'), attempt('X'), { afterHours: 20, status: 'DELIVERED', location: null }],
    });
    expect(detectRepeatedFailedAttempts(delivered, ctx)).toEqual([]);
  });
});
