import type { EtaPrediction } from '@clearpath/analysis/eta';
import { congestedFacilities, etaSeed, packagePosition } from '@clearpath/analysis/eta';
import type { AnomalyFinding } from '@clearpath/analysis/detection';
import {
  assessDeliveryRisk,
  buildTimeline,
  predictionActions,
  predictionNarrative,
  type DeliveryRisk,
  classifyRootCause,
  gatherEvidence,
  recommendActions,
  writeNarrative,
  type InvestigationEvidence,
  type RecommendedAction,
  type RootCauseResult,
} from '@clearpath/analysis/investigation';
import { proposeRoutes, RerouteError, type RouteProposal } from '@clearpath/analysis/reroute';
import type { PackageHistory } from '@clearpath/analysis';
import { findingsFor } from '../detection/detection.service.js';
import { tryEtaForHistory } from '../eta/eta.service.js';
import { networkView, type NetworkModel } from '../network/network-model.cache.js';
import type { InvestigationKind } from './investigation.plan.js';

/**
 * Every analysis an investigation can run on one package, computed once and memoized. Both the
 * deterministic planner and the LLM agent call these (as LangChain tools), so the analysis never depends on
 * the model: the LLM only chooses the order and writes the narrative.
 */
export class InvestigationToolkit {
  readonly limitations: string[] = [];
  private memo = new Map<string, unknown>();

  constructor(
    readonly pkg: PackageHistory,
    private readonly model: NetworkModel,
    private readonly congestion: AnomalyFinding[],
    private readonly now: Date,
    /** PREDICTION advises from the delivery risk alone; the other kinds from the root cause. */
    private readonly kind: InvestigationKind = 'ANOMALY',
  ) {
    if (pkg.events.length === 0) this.limit('The package has no tracking events yet: timeline, dwell and lane analyses are empty.');
    if (!pkg.destination) this.limit('The destination has no coordinates: ETA and routes rely on the destination facility alone, if any.');
  }

  private limit(text: string): void {
    if (!this.limitations.includes(text)) this.limitations.push(text);
  }

  private once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  timeline() {
    return this.once('timeline', () => buildTimeline(this.pkg, this.now));
  }

  findings(): AnomalyFinding[] {
    return this.once('findings', () => findingsFor(this.model, this.pkg, this.now));
  }

  eta(): EtaPrediction | null {
    return this.once('eta', () => {
      const { eta, error } = tryEtaForHistory(this.model, this.pkg, this.now);
      if (error !== undefined) this.limit(`The ETA model failed for this package (${error instanceof Error ? error.message : String(error)}).`);
      else if (!eta) this.limit('No ETA could be predicted (no scans and no destination coordinates).');
      return eta;
    });
  }

  evidence(): InvestigationEvidence {
    return this.once('evidence', () => {
      const eta = this.eta();
      return gatherEvidence(this.pkg, {
        network: networkView(this.model),
        stats: this.model.stats,
        facilities: this.model.facilityMap,
        now: this.now,
        findings: this.findings(),
        congestion: this.congestion,
        eta: eta && eta.basis !== 'DELIVERED' && eta.basis !== 'CLOSED' ? eta : null,
      });
    });
  }

  /** Congested facilities: open FACILITY_CONGESTION findings plus the ETA model's live dwell factors. */
  congestedFacilities(): string[] {
    return this.once('congested', () => {
      const codes = new Set(congestedFacilities(this.model.conditions));
      for (const finding of this.congestion) if (finding.evidence.facilityCode) codes.add(finding.evidence.facilityCode);
      return [...codes].sort();
    });
  }

  /**
   * Alternatives from where the package is now, with the time it has already spent there, so they are
   * comparable with its ETA; the route it is on reports the package's own (memoized) ETA.
   */
  routes(): RouteProposal[] {
    return this.once('routes', () => {
      const position = packagePosition(this.pkg, this.now);
      if (position.kind === 'delivered' || position.kind === 'terminal') {
        this.limit(`The package is ${this.pkg.status}; there is nothing to re-route.`);
        return [];
      }
      if (position.kind !== 'at-facility' && position.kind !== 'in-transit') {
        const where = position.kind === 'awaiting-pickup' ? 'has not been picked up yet' : 'is already with the delivering facility';
        this.limit(`Re-routing needs the package inside the facility network; it ${where}.`);
        return [];
      }
      const from = position.kind === 'at-facility' ? position.facilityCode : position.fromFacilityCode;
      const elapsedHours = Math.max(0, (this.now.getTime() - position.since.getTime()) / 3_600_000);
      const eta = this.eta();
      try {
        return proposeRoutes(this.model.eta, this.model.facilities, from, this.pkg.destination, {
          now: this.now,
          avoid: new Set(this.congestedFacilities()),
          promisedDeliveryAt: this.pkg.promisedDeliveryAt,
          serviceLevel: this.pkg.serviceLevel,
          conditions: this.model.conditions,
          start: { kind: position.kind, elapsedHours },
          seed: etaSeed(this.model.eta, this.pkg, this.now),
          ...(eta && eta.remainingPath.length > 0 ? { current: { path: eta.remainingPath, p50: eta.p50, p90: eta.p90, onTimeProbability: eta.onTimeProbability } } : {}),
        });
      } catch (error) {
        if (error instanceof RerouteError) {
          this.limit(`Re-routing was not possible (${error.code}): ${error.message}.`);
          return [];
        }
        throw error;
      }
    });
  }

  rootCause(): RootCauseResult {
    return this.once('rootCause', () => classifyRootCause(this.evidence()));
  }

  /** The package's ETA read against its promise, with the stage that makes it late (same model, same memo). */
  deliveryRisk(): DeliveryRisk {
    return this.once('deliveryRisk', () => assessDeliveryRisk(this.pkg, this.eta(), this.now));
  }

  actions(): RecommendedAction[] {
    if (this.kind === 'PREDICTION') return this.once('actions', () => predictionActions(this.pkg, this.deliveryRisk(), this.now));
    return this.once('actions', () => {
      const eta = this.eta();
      return recommendActions(this.rootCause(), this.evidence(), {
        ...(eta ? { eta } : {}),
        alternatives: this.routes().map((r) => ({ via: r.path[1] ?? r.path[0] ?? '', path: r.path, etaP50: r.p50, etaP90: r.p90, onTimeProbability: r.onTimeProbability })),
      });
    });
  }

  narrative(): string {
    if (this.kind === 'PREDICTION') return predictionNarrative(this.pkg, this.deliveryRisk(), this.actions());
    return writeNarrative(this.evidence(), this.rootCause(), this.actions());
  }
}
