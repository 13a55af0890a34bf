import { resolveThreshold, summarize, type NetworkStatistics } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { FacilityNode } from '../timeline.types.js';
import type { AnomalyFinding, DetectionThresholds, Severity } from './detection.types.js';
import { clamp01, facilityLabel, formatHours, round, thresholdsOf } from './finding-helpers.js';

export interface CongestionThresholds {
  /** Fewer stalled packages than this is never systemic. */
  minStalledPackages: number;
  /** Stalled count must be this many times what a normal day shows. */
  stalledMultiple: number;
  /**
   * Share of a facility's normal load that is stalled on a normal day: stalled means past the p95
   * turnaround, so about 5%.
   */
  normalStalledShare: number;
}

export const DEFAULT_CONGESTION_THRESHOLDS: Readonly<CongestionThresholds> = Object.freeze({
  minStalledPackages: 5,
  stalledMultiple: 3,
  normalStalledShare: 0.05,
});

export interface CongestionContext {
  now: Date;
  facilities?: ReadonlyMap<string, FacilityNode>;
  /** Dwell thresholds (minSamples, dwellFloorHours, dwellMinimumHours) shared with EXCESSIVE_DWELL. */
  thresholds?: Partial<DetectionThresholds>;
  congestion?: Partial<CongestionThresholds>;
}

const STALL_TYPES = new Set(['NO_SCAN', 'EXCESSIVE_DWELL']);

interface Stalled {
  packageIds: Set<string>;
  eventIds: Set<string>;
}

function stalledByFacility(
  stats: NetworkStatistics,
  findingsByPackage: ReadonlyMap<string, readonly AnomalyFinding[]>,
  ctx: CongestionContext,
): Map<string, Stalled> {
  const t = thresholdsOf(ctx);
  const result = new Map<string, Stalled>();
  const entry = (code: string): Stalled => {
    const existing = result.get(code) ?? { packageIds: new Set<string>(), eventIds: new Set<string>() };
    result.set(code, existing);
    return existing;
  };
  // A package held for a reason of its own (customs, an address, a storm) says nothing about the facility's flow.
  const explained = new Set<string>();
  for (const [packageId, findings] of findingsByPackage) {
    if (findings.some((f) => f.type === 'REPEATED_FAILED_ATTEMPTS' || (f.type === 'CARRIER_EXCEPTION' && (f.evidence.subtype ?? 'OTHER') !== 'OTHER'))) {
      explained.add(packageId);
    }
  }
  for (const [code, facility] of Object.entries(stats.facilities)) {
    const threshold = resolveThreshold([{ basis: 'turnaround', distribution: facility.turnaroundHours }], {
      minSamples: t.minSamples,
      floorHours: t.dwellFloorHours,
      minimumHours: t.dwellMinimumHours,
    });
    for (const held of facility.held.packages) {
      if (explained.has(held.packageId)) continue;
      // Statistics may be older than now: age the stay to now rather than trusting heldHours.
      if (hoursBetween(new Date(held.since), ctx.now) <= threshold.hours) continue;
      const stalled = entry(code);
      stalled.packageIds.add(held.packageId);
      stalled.eventIds.add(held.lastEventId);
    }
  }
  for (const [packageId, findings] of findingsByPackage) {
    if (explained.has(packageId)) continue;
    for (const finding of findings) {
      const code = finding.evidence.facilityCode;
      if (!code || !STALL_TYPES.has(finding.type)) continue;
      const stalled = entry(code);
      stalled.packageIds.add(packageId);
      for (const id of finding.evidence.eventIds) stalled.eventIds.add(id);
    }
  }
  return result;
}

/**
 * FACILITY_CONGESTION: many packages stalled at one facility now (held past its p95 turnaround, or with a
 * NO_SCAN / EXCESSIVE_DWELL finding there; not those held for a stated reason: a specific carrier exception
 * or failed attempts), well above the share that is stalled on a normal day given the
 * facility's typical load. One systemic finding lists the affected packages so the caller links them to it
 * instead of raising N unrelated alarms. Key: FACILITY_CONGESTION:<facility>; absent once it clears.
 */
export function detectFacilityCongestion(
  stats: NetworkStatistics,
  findingsByPackage: ReadonlyMap<string, readonly AnomalyFinding[]>,
  ctx: CongestionContext,
): AnomalyFinding[] {
  const c = { ...DEFAULT_CONGESTION_THRESHOLDS, ...ctx.congestion };
  const findings: AnomalyFinding[] = [];
  const stalledMap = stalledByFacility(stats, findingsByPackage, ctx);
  for (const [code, stalled] of [...stalledMap].sort(([a], [b]) => a.localeCompare(b))) {
    const facility = stats.facilities[code];
    const typicalHeld = facility?.typicalHeld ?? null;
    const expectedStalled = Math.max(1, c.normalStalledShare * (typicalHeld ?? 0));
    const required = Math.max(c.minStalledPackages, c.stalledMultiple * expectedStalled);
    const count = stalled.packageIds.size;
    if (count < required) continue;

    const excess = count / required;
    const severity: Severity = excess >= 4 ? 'CRITICAL' : excess >= 2 ? 'HIGH' : 'MEDIUM';
    const heldHours = summarize(
      (facility?.held.packages ?? [])
        .filter((p) => stalled.packageIds.has(p.packageId))
        .map((p) => hoursBetween(new Date(p.since), ctx.now)),
    );
    const packageIds = [...stalled.packageIds].sort();
    const labelCtx = { facilities: ctx.facilities ?? new Map<string, FacilityNode>() };
    findings.push({
      type: 'FACILITY_CONGESTION',
      severity,
      // Without a learned typical load the comparison rests on the absolute minimum alone.
      confidence: round(clamp01((typicalHeld === null ? 0.6 : 0.75) + 0.2 * Math.min(1, excess - 1))),
      key: `FACILITY_CONGESTION:${code}`,
      summary:
        `${count} packages stalled at ${facilityLabel(code, labelCtx)} ` +
        `(normally ~${round(expectedStalled, 1)} stalled of ~${round(typicalHeld ?? 0, 1)} held; ${facility?.held.count ?? 0} held now` +
        `${heldHours ? `, longest ${formatHours(heldHours.max)}` : ''}).`,
      evidence: {
        eventIds: [...stalled.eventIds].sort(),
        facilityCode: code,
        packageIds,
        statistics: {
          stalledPackages: count,
          heldNow: facility?.held.count ?? null,
          typicalHeld: typicalHeld === null ? null : round(typicalHeld),
          expectedStalled: round(expectedStalled),
          requiredStalled: round(required),
          medianHeldHours: heldHours ? round(heldHours.p50) : null,
          longestHeldHours: heldHours ? round(heldHours.max) : null,
          turnaroundP95Hours: facility?.turnaroundHours ? round(facility.turnaroundHours.p95) : null,
        },
      },
    });
  }
  return findings;
}
