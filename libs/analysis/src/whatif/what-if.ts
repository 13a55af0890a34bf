/**
 * "What if facility X closes (or slows by N hours) from now until T?" over the active packages' ETAs:
 * which packages reach X while it is disrupted (from the stages their ETA charged), how much later each
 * would arrive, who would then miss the promise, and for the worst hit the re-route that saves the most.
 * Pure and linear in the packages: the ETAs are the one network model's (memoized) predictions.
 */
import type { EtaModel, EtaStage } from '../eta/index.js';
import type { DestinationRef } from '../eta/path-inference.js';
import { proposeRoutes, RerouteError } from '../reroute/index.js';
import type { FacilityNode, ServiceLevel } from '../timeline.types.js';

const HOUR = 3_600_000;

export interface FacilityDisruption {
  facilityCode: string;
  /** The disruption lasts from now until this time. */
  until: Date;
  /** Each package there is held this much longer; absent: the facility is closed (nothing leaves before `until`). */
  slowHours?: number;
}

export interface WhatIfPackage {
  id: string;
  trackingNumber: string;
  serviceLevel: ServiceLevel;
  promisedDeliveryAt: Date | null;
  /** Where the package is now (re-routes start here); null when not at a facility. */
  currentFacility: string | null;
  destination: DestinationRef;
  eta: { p50: Date; p90: Date; stages: readonly EtaStage[] };
}

export interface WhatIfImpact {
  packageId: string;
  trackingNumber: string;
  /** When the package reaches the facility (now when it is there). */
  reachesAt: Date;
  delayHours: number;
  p50: Date;
  p90: Date;
  newP50: Date;
  newP90: Date;
  promisedDeliveryAt: Date | null;
  /** On time by its p50 now, late under the disruption. */
  newlyLate: boolean;
}

export interface WhatIfReroute {
  packageId: string;
  path: string[];
  p50: Date;
  /** Hours earlier than its delayed p50 (positive: the re-route helps). */
  savesHours: number;
  onTimeProbability: number | null;
}

export interface WhatIfResult {
  affected: number;
  newlyLate: number;
  /** Affected packages already late by their p50 before the disruption. */
  alreadyLate: number;
  /** Most delayed first. */
  impacts: WhatIfImpact[];
  /** For the most delayed packages that can leave another way, the best route avoiding the facility; biggest saving first. */
  reroutes: WhatIfReroute[];
}

export interface WhatIfOptions {
  /** Re-routes are computed for this many of the most delayed packages (each runs the route search). */
  rerouteTop?: number;
  model?: EtaModel;
  facilities?: readonly FacilityNode[];
  samples?: number;
}

/** Hours from now until the package reaches the facility, by the stages' medians; null when its path avoids it. */
export function hoursUntilReaching(stages: readonly EtaStage[], code: string): number | null {
  // A stage starts at the facility when it is its dwell, a scan-to-scan stage or lane out of it, or its last mile.
  const dwell = `dwell at ${code}`;
  const out = `${code} → `;
  const lastMile = `last mile from ${code} `;
  let ahead = 0;
  for (const stage of stages) {
    const label = stage.label;
    if (label === dwell || label.startsWith(out) || label.startsWith(lastMile)) return ahead;
    ahead += stage.remainingHours;
  }
  return null;
}

function delayFor(disruption: FacilityDisruption, reachesMs: number): number {
  const untilMs = disruption.until.getTime();
  if (reachesMs >= untilMs) return 0;
  if (disruption.slowHours !== undefined) return Math.max(0, disruption.slowHours);
  return (untilMs - reachesMs) / HOUR;
}

export function whatIf(disruption: FacilityDisruption, packages: Iterable<WhatIfPackage>, now: Date, options: WhatIfOptions = {}): WhatIfResult {
  const nowMs = now.getTime();
  const impacts: WhatIfImpact[] = [];
  const byId = new Map<string, WhatIfPackage>();
  let alreadyLate = 0;
  for (const pkg of packages) {
    const hours = hoursUntilReaching(pkg.eta.stages, disruption.facilityCode);
    if (hours === null) continue;
    const reachesMs = nowMs + hours * HOUR;
    const delayHours = delayFor(disruption, reachesMs);
    if (delayHours <= 0) continue;
    const promise = pkg.promisedDeliveryAt?.getTime() ?? null;
    const late = promise !== null && pkg.eta.p50.getTime() > promise;
    if (late) alreadyLate++;
    const newP50 = new Date(pkg.eta.p50.getTime() + delayHours * HOUR);
    byId.set(pkg.id, pkg);
    impacts.push({
      packageId: pkg.id,
      trackingNumber: pkg.trackingNumber,
      reachesAt: new Date(reachesMs),
      delayHours: Math.round(delayHours * 100) / 100,
      p50: pkg.eta.p50,
      p90: pkg.eta.p90,
      newP50,
      newP90: new Date(pkg.eta.p90.getTime() + delayHours * HOUR),
      promisedDeliveryAt: pkg.promisedDeliveryAt,
      newlyLate: promise !== null && !late && newP50.getTime() > promise,
    });
  }
  // Plain comparison, not localeCompare: this sort runs over every affected package.
  impacts.sort((a, b) => b.delayHours - a.delayHours || (a.packageId < b.packageId ? -1 : a.packageId > b.packageId ? 1 : 0));
  return {
    affected: impacts.length,
    newlyLate: impacts.filter((i) => i.newlyLate).length,
    alreadyLate,
    impacts,
    reroutes: reroutesFor(disruption, impacts, byId, now, options),
  };
}

function reroutesFor(
  disruption: FacilityDisruption,
  impacts: readonly WhatIfImpact[],
  byId: ReadonlyMap<string, WhatIfPackage>,
  now: Date,
  options: WhatIfOptions,
): WhatIfReroute[] {
  const { model, facilities } = options;
  if (!model || !facilities) return [];
  const reroutes: WhatIfReroute[] = [];
  // A package already at the disrupted facility cannot route around it; one not at a facility has no start.
  const movable = impacts.filter((i) => {
    const at = byId.get(i.packageId)?.currentFacility;
    return at != null && at !== disruption.facilityCode;
  });
  for (const impact of movable.slice(0, options.rerouteTop ?? 20)) {
    const pkg = byId.get(impact.packageId);
    if (!pkg?.currentFacility) continue;
    try {
      const [best] = proposeRoutes(model, facilities, pkg.currentFacility, pkg.destination, {
        now,
        avoid: new Set([disruption.facilityCode]),
        k: 1,
        serviceLevel: pkg.serviceLevel,
        promisedDeliveryAt: pkg.promisedDeliveryAt,
        samples: options.samples ?? 300,
        seed: 1,
      });
      if (!best || best.path.includes(disruption.facilityCode)) continue;
      const savesHours = (impact.newP50.getTime() - best.p50.getTime()) / HOUR;
      if (savesHours > 0) reroutes.push({ packageId: pkg.id, path: best.path, p50: best.p50, savesHours: Math.round(savesHours * 100) / 100, onTimeProbability: best.onTimeProbability });
    } catch (error) {
      // No lane leads around the facility: this package has no re-route, the others may.
      if (!(error instanceof RerouteError)) throw error;
    }
  }
  return reroutes.sort((a, b) => b.savesHours - a.savesHours || (a.packageId < b.packageId ? -1 : 1));
}
