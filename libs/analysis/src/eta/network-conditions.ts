import type { FacilityNode, PackageHistory } from '../timeline.types.js';
import type { EtaModel, NetworkConditions } from './eta.types.js';
import { hoursBetween } from '../common/time.js';
import { facilityVisits } from './journey-segments.js';
import { modelLookup } from './model-lookup.js';
import { quantile } from './quantile-distribution.js';

export interface ConditionsOptions {
  /** Look-back for completed dwells (default 24 h). */
  windowHours?: number;
  /** Pseudo-observations at "normal" that keep one slow parcel from flagging a facility (default 5). */
  priorStrength?: number;
}

/**
 * Recent dwell against each facility's learned median, as a shrunk geometric-mean ratio. Parcels still
 * inside a facility count with their time so far once it exceeds the median (a lower bound, so a jam
 * shows up before parcels leave it). The model is stationary; this is how congestion reaches the ETA.
 */
export function estimateNetworkConditions(
  model: EtaModel,
  recent: readonly PackageHistory[],
  facilities: readonly FacilityNode[],
  now: Date,
  options: ConditionsOptions = {},
): NetworkConditions {
  const windowStart = now.getTime() - (options.windowHours ?? 24) * 3_600_000;
  const strength = options.priorStrength ?? 5;
  const lookup = modelLookup(model, facilities);
  const logRatios = new Map<string, number[]>();
  for (const history of recent) {
    const events = history.events.filter((event) => event.occurredAt.getTime() <= now.getTime());
    const visits = facilityVisits(events);
    visits.forEach((visit, i) => {
      if (!visit.arrivedAt) return;
      const dwell = lookup.dwell(visit.facilityCode, history.serviceLevel);
      // Without departure scans a facility's dwell was never learned on its own: nothing to compare with.
      if (!dwell.learned) return;
      const median = Math.max(0.25, quantile(dwell.dist, 0.5));
      let hours: number | null = null;
      if (visit.departedAt && visit.departedAt.getTime() >= windowStart) hours = hoursBetween(visit.arrivedAt, visit.departedAt);
      else if (!visit.departedAt && i === visits.length - 1 && history.status !== 'DELIVERED') {
        const soFar = hoursBetween(visit.arrivedAt, now);
        if (soFar > median) hours = soFar;
      }
      if (hours === null || hours <= 0) return;
      const list = logRatios.get(visit.facilityCode) ?? [];
      list.push(Math.log(hours / median));
      logRatios.set(visit.facilityCode, list);
    });
  }
  const dwellFactor: Record<string, number> = {};
  for (const [code, ratios] of logRatios) {
    const factor = Math.exp(ratios.reduce((sum, r) => sum + r, 0) / (ratios.length + strength));
    const clamped = Math.min(5, Math.max(0.5, factor));
    if (Math.abs(clamped - 1) > 0.1) dwellFactor[code] = clamped;
  }
  return { dwellFactor };
}

/** Facilities whose dwell currently runs at least `threshold` times normal. */
export function congestedFacilities(conditions: NetworkConditions, threshold = 1.5): Set<string> {
  return new Set(Object.entries(conditions.dwellFactor ?? {}).filter(([, factor]) => factor >= threshold).map(([code]) => code));
}
