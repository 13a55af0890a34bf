import { isTerminal, orderedEvents } from '../statistics/index.js';
import { reasonOf } from '../common/event-reason.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext } from './detection.types.js';
import { clamp01, round, thresholdsOf } from './finding-helpers.js';

/** The reason most attempts give (ties: the latest attempt's), OTHER when none says why. */
function dominantReason(reasons: readonly string[]): string {
  const said = reasons.filter((r) => r !== 'OTHER');
  if (said.length === 0) return 'OTHER';
  const counts = new Map<string, number>();
  for (const r of said) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...said].reverse().reduce((best, r) => ((counts.get(r) ?? 0) > (counts.get(best) ?? 0) ? r : best));
}

/**
 * REPEATED_FAILED_ATTEMPTS: at least failedAttemptsMin FAILED_ATTEMPT scans on a package not yet delivered,
 * returned or cancelled. evidence.subtype is the reason most attempts give (RECIPIENT_UNAVAILABLE, ADDRESS,
 * ... or OTHER): root cause reads it (nobody home twice suggests a pickup point, not a wrong address). Key: REPEATED_FAILED_ATTEMPTS:<first failed attempt's event id>, so the third
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
  const reasons = attempts.map((e) => reasonOf(e));
  const reason = dominantReason(reasons);
  return [
    {
      type: 'REPEATED_FAILED_ATTEMPTS',
      severity: attempts.length > t.failedAttemptsMin ? 'HIGH' : 'MEDIUM',
      confidence: round(clamp01(0.8 + 0.05 * (attempts.length - t.failedAttemptsMin))),
      key: `REPEATED_FAILED_ATTEMPTS:${first.eventId}`,
      summary:
        `${attempts.length} failed delivery attempts between ${first.occurredAt.toISOString()} and ` +
        `${last.occurredAt.toISOString()}${codes.length > 0 ? ` (carrier codes: ${codes.join(', ')})` : ''}` +
        `${reason !== 'OTHER' ? `, reason ${reason.toLowerCase().replace(/_/g, ' ')}` : ''}.`,
      evidence: {
        eventIds: attempts.map((e) => e.eventId),
        facilityCode: last.facilityCode,
        subtype: reason,
        statistics: {
          attempts: attempts.length,
          reasons: reasons.join(','),
          carrierCodes: codes.join(',') || null,
          firstAttemptAt: first.occurredAt.toISOString(),
          lastAttemptAt: last.occurredAt.toISOString(),
          hoursSinceLastAttempt: round(hoursBetween(last.occurredAt, ctx.now)),
        },
      },
    },
  ];
}
