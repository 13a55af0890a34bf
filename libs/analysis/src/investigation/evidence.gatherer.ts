import { detectAnomalies, etaOf, type AnomalyFinding, type DetectionContext } from '../detection/index.js';
import { currentVisit, exceptionSubtype, isTerminal, orderedEvents } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { FacilityType, PackageHistory } from '../timeline.types.js';
import { round2 } from './duration-format.js';
import type { CurrentFacilityEvidence, ExceptionEvidence, InvestigationEvidence } from './investigation.types.js';
import { buildTimeline } from './timeline.builder.js';

export interface EvidenceContext extends DetectionContext {
  /** Open findings of the package; detection runs when omitted. */
  findings?: AnomalyFinding[];
  /** Systemic findings (FACILITY_CONGESTION) of the network; those involving this package are kept. */
  congestion?: readonly AnomalyFinding[];
}

// Scanner clocks drift by minutes; an hour ahead of now is a wrong timestamp, not drift.
const FUTURE_TOLERANCE_HOURS = 1;

/**
 * Collects the evidence an investigation reasons over: timeline, open findings, the current facility's
 * load (systemic or isolated?), carrier performance, exceptions, silence, data-quality signals, ETA.
 */
export function gatherEvidence(pkg: PackageHistory, ctx: EvidenceContext): InvestigationEvidence {
  const { stats, facilities, now } = ctx;
  const events = orderedEvents(pkg);
  const last = events[events.length - 1];
  const terminal = isTerminal(pkg.status);
  const findings = ctx.findings ?? detectAnomalies(pkg, ctx);

  const visit = terminal ? null : currentVisit(events);
  let currentFacility: CurrentFacilityEvidence | null = null;
  if (visit) {
    const node = facilities.get(visit.facilityCode);
    const facilityStats = stats.facilities[visit.facilityCode];
    currentFacility = {
      code: visit.facilityCode,
      name: node?.name ?? null,
      type: node?.type ?? null,
      stayHours: round2(hoursBetween(visit.first.occurredAt, now)),
      heldNow: facilityStats?.held.count ?? 0,
      typicalHeld: typeof facilityStats?.typicalHeld === 'number' ? round2(facilityStats.typicalHeld) : null,
      turnaroundP95Hours: facilityStats?.turnaroundHours ? round2(facilityStats.turnaroundHours.p95) : null,
      turnaroundSamples: facilityStats?.turnaroundHours?.count ?? 0,
    };
  }

  const congestion = (ctx.congestion ?? []).filter(
    (f) => f.evidence.packageIds?.includes(pkg.id) || (currentFacility !== null && f.evidence.facilityCode === currentFacility.code),
  );

  const carrier = stats.carriers[pkg.carrier];
  const exceptions: ExceptionEvidence[] = events.flatMap((event) => {
    const subtype = exceptionSubtype(event);
    return subtype === null
      ? []
      : [
          {
            eventId: event.eventId,
            subtype,
            carrierCode: event.carrierCode,
            occurredAt: event.occurredAt.toISOString(),
            facilityCode: event.facilityCode,
          },
        ];
  });

  const facilityTypes: Record<string, FacilityType> = {};
  for (const event of events) {
    const node = event.facilityCode ? facilities.get(event.facilityCode) : undefined;
    if (node) facilityTypes[node.code] = node.type;
  }

  // A finished package has no expected delivery: its times are facts on the timeline.
  const eta = terminal ? null : etaOf(pkg, ctx);
  return {
    packageId: pkg.id,
    trackingNumber: pkg.trackingNumber,
    carrier: pkg.carrier,
    serviceLevel: pkg.serviceLevel,
    status: pkg.status,
    promisedDeliveryAt: pkg.promisedDeliveryAt?.toISOString() ?? null,
    generatedAt: now.toISOString(),
    timeline: buildTimeline(pkg, now),
    findings,
    congestion,
    currentFacility,
    carrierPerformance: carrier
      ? {
          carrier: carrier.carrier,
          packages: carrier.packages,
          onTimeRate: carrier.onTimeRate,
          exceptionRate: carrier.exceptionRate,
          medianTransitHours: carrier.medianTransitHours === null ? null : round2(carrier.medianTransitHours),
          networkOnTimeRate: stats.network.onTimeRate,
          networkExceptionRate: stats.network.exceptionRate,
        }
      : null,
    exceptions,
    silenceHours: terminal || !last ? null : round2(hoursBetween(last.occurredAt, now)),
    facilityTypes,
    dataQuality: {
      futureEventIds: events.filter((e) => hoursBetween(now, e.occurredAt) > FUTURE_TOLERANCE_HOURS).map((e) => e.eventId),
    },
    eta: eta
      ? { p50: eta.p50.toISOString(), p90: eta.p90.toISOString(), onTimeProbability: eta.onTimeProbability, basis: eta.basis }
      : null,
  };
}
