import { isTerminal, orderedEvents } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext } from './detection.types.js';
import { clamp01, round, thresholdsOf } from './finding-helpers.js';

/**
 * REPEATED_FAILED_ATTEMPTS: at least failedAttemptsMin FAILED_ATTEMPT scans on a package not yet delivered,
 * returned or cancelled. Key: REPEATED_FAILED_ATTEMPTS:<first failed attempt's event id>, so the third
 * attempt escalates the same finding instead of opening another.
 */
export function detectRepeatedFailedAttempts(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  if (isTerminal(pkg.status)) return [];
  const t = thresholdsOf(ctx);
  const attempts = orderedEvents(pkg).filter((e) => e.status === 'FAILED_ATTEMPT');
  const first = attempts[0];
  const last = attempts[attempts.length - 1];
  if (!first || !last || attempts.length < t.failedAttemptsMin) return [];
  const codes = [...new Set(attempts.map((e) => e.carrierCode).filter((c): c is string => c !== null))];
  return [
    {
      type: 'REPEATED_FAILED_ATTEMPTS',
      severity: attempts.length > t.failedAttemptsMin ? 'HIGH' : 'MEDIUM',
      confidence: round(clamp01(0.8 + 0.05 * (attempts.length - t.failedAttemptsMin))),
      key: `REPEATED_FAILED_ATTEMPTS:${first.eventId}`,
      summary:
        `${attempts.length} failed delivery attempts between ${first.occurredAt.toISOString()} and ` +
        `${last.occurredAt.toISOString()}${codes.length > 0 ? ` (carrier codes: ${codes.join(', ')})` : ''}.`,
      evidence: {
        eventIds: attempts.map((e) => e.eventId),
        facilityCode: last.facilityCode,
        statistics: {
          attempts: attempts.length,
          carrierCodes: codes.join(',') || null,
          firstAttemptAt: first.occurredAt.toISOString(),
          lastAttemptAt: last.occurredAt.toISOString(),
          hoursSinceLastAttempt: round(hoursBetween(last.occurredAt, ctx.now)),
        },
      },
    },
  ];
}
