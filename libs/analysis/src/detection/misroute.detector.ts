import { eventPosition, isTerminal, orderedEvents } from '../statistics/index.js';
import { facilityVisits } from '../eta/journey-segments.js';
import { greatCircleKm } from '../common/geo.js';
import type { GeoPoint, PackageHistory } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext } from './detection.types.js';
import { clamp01, facilityLabel, round, thresholdsOf } from './finding-helpers.js';
import { deliveringFacility, hopsToward, outboundHops } from './network-view.js';

interface LocatedVisit {
  code: string;
  firstEventId: string;
  lastEventId: string;
  distanceKm: number;
}

/** Delivered packages leaving a facility needed before its main outbound lane is known. */
const MAIN_LANE_MIN_SAMPLES = 5;

/**
 * MISROUTE: a move between facilities that takes the package farther from its destination by more than a
 * tolerance AND over a lane that delivered packages to this destination's delivering facility do not use
 * (hub-and-spoke networks legitimately route away from the destination; the network model's observed
 * routing shows where). It holds until the package is
 * back within tolerance of where it was before the wrong move, or reaches a terminal status.
 * Key: MISROUTE:<first event id at the wrong facility>.
 */
export function detectMisroute(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  const destination: GeoPoint | null = pkg.destination;
  if (!destination || isTerminal(pkg.status)) return [];
  const t = thresholdsOf(ctx);
  const delivering = deliveringFacility(ctx.network, pkg.destination);
  const located: LocatedVisit[] = [];
  for (const visit of facilityVisits(orderedEvents(pkg))) {
    const position = eventPosition(visit.firstEvent, ctx.facilities);
    if (position) {
      located.push({
        code: visit.facilityCode,
        firstEventId: visit.firstEvent.eventId,
        lastEventId: visit.lastEvent.eventId,
        distanceKm: greatCircleKm(position, destination),
      });
    }
  }

  const findings: AnomalyFinding[] = [];
  for (let i = 1; i < located.length; i++) {
    const prev = located[i - 1];
    const cur = located[i];
    if (!prev || !cur || prev.code === cur.code) continue;
    const toleranceKm = Math.max(t.misrouteToleranceKm, t.misrouteToleranceRatio * prev.distanceKm);
    const increaseKm = cur.distanceKm - prev.distanceKm;
    if (increaseKm <= toleranceKm) continue;
    const knownToward = hopsToward(ctx.network, prev.code, cur.code, delivering);
    if (knownToward >= t.misrouteKnownLanePackages) continue;
    // A facility's main outbound lane (a depot's feeder to its hub) is the standard path for everything
    // leaving it, even when per-destination history is still too thin to show that.
    const outbound = outboundHops(ctx.network, prev.code, cur.code);
    if (outbound.total >= MAIN_LANE_MIN_SAMPLES && outbound.lane / outbound.total >= 0.5) continue;
    const used = outbound.lane > 0;
    const recovered = located.slice(i + 1).some((later) => later.distanceKm <= prev.distanceKm + toleranceKm);
    if (recovered) continue;

    const margin = Math.min(1, increaseKm / toleranceKm - 1);
    findings.push({
      type: 'MISROUTE',
      severity: increaseKm >= 300 ? 'HIGH' : 'MEDIUM',
      // A lane never seen at all is stronger evidence than one used only toward other destinations.
      confidence: round(clamp01((used ? 0.65 : 0.85) * (0.75 + 0.25 * margin))),
      key: `MISROUTE:${cur.firstEventId}`,
      summary:
        `Moved from ${facilityLabel(prev.code, ctx)} to ${facilityLabel(cur.code, ctx)}, ` +
        `${round(increaseKm, 0)} km farther from the destination (tolerance ${round(toleranceKm, 0)} km); ` +
        (used
          ? `the lane is used by ${outbound.lane} delivered packages but only ${knownToward} toward ${delivering ?? 'this destination'}.`
          : 'no delivered package has used the lane.'),
      evidence: {
        // The scan before the move too: if that one was mislocated, the "move" is a data error.
        eventIds: [prev.lastEventId, cur.firstEventId],
        facilityCode: cur.code,
        statistics: {
          fromFacility: prev.code,
          toFacility: cur.code,
          distanceBeforeKm: round(prev.distanceKm, 1),
          distanceAfterKm: round(cur.distanceKm, 1),
          increaseKm: round(increaseKm, 1),
          toleranceKm: round(toleranceKm, 1),
          laneSamples: outbound.lane,
          laneDeliveredToDestination: knownToward,
          deliveringFacility: delivering,
        },
      },
    });
  }
  return findings;
}
