import type { Db } from '@clearpath/core';
import { estimateNetworkConditions, learnEtaModel, type EtaModel, type NetworkConditions } from '@clearpath/analysis/eta';
import { computeNetworkStatistics, type NetworkStatistics } from '@clearpath/analysis/statistics';
import type { FacilityNode, PackageHistory } from '@clearpath/analysis';
import type { NetworkView } from '@clearpath/analysis/detection';
import { loadFacilityNodes, loadNetworkSample } from '../history/history.repository.js';

/** What the organization's recent history says about its network: statistics, the ETA model, conditions now. */
export interface NetworkModel {
  organizationId: string;
  builtAt: Date;
  facilities: FacilityNode[];
  facilityMap: Map<string, FacilityNode>;
  stats: NetworkStatistics;
  eta: EtaModel;
  conditions: NetworkConditions;
  /** The sample it was learned from (recent and in-flight packages). */
  sampleSize: number;
}

export interface NetworkModelOptions {
  /** Rebuild after this long; learning is a few hundred ms for the default sample. */
  ttlMs: number;
  windowDays: number;
  sampleLimit: number;
}

export const DEFAULT_NETWORK_MODEL_OPTIONS: NetworkModelOptions = { ttlMs: 60_000, windowDays: 30, sampleLimit: 20_000 };

export function buildNetworkModel(organizationId: string, sample: PackageHistory[], facilities: FacilityNode[], now: Date): NetworkModel {
  const facilityMap = new Map(facilities.map((f) => [f.code, f]));
  const eta = learnEtaModel(
    sample.filter((p) => p.status === 'DELIVERED'),
    facilities,
    { trainedAt: now },
  );
  return {
    organizationId,
    builtAt: now,
    facilities,
    facilityMap,
    stats: computeNetworkStatistics(sample, { now }),
    eta,
    conditions: estimateNetworkConditions(eta, sample, facilities, now),
    sampleSize: sample.length,
  };
}

/** The learned network model as detection and investigations read it (the one the ETA uses). */
export function networkView(model: NetworkModel): NetworkView {
  return { model: model.eta, facilities: model.facilities, conditions: model.conditions };
}

/** One model per organization, rebuilt lazily when stale; concurrent callers share one build. */
export class NetworkModelCache {
  private readonly models = new Map<string, Promise<NetworkModel>>();

  constructor(
    private readonly db: Db,
    private readonly options: NetworkModelOptions = DEFAULT_NETWORK_MODEL_OPTIONS,
  ) {}

  async get(organizationId: string, now = new Date()): Promise<NetworkModel> {
    const cached = this.models.get(organizationId);
    if (cached) {
      const model = await cached.catch(() => undefined);
      if (model && now.getTime() - model.builtAt.getTime() < this.options.ttlMs) return model;
      if (this.models.get(organizationId) !== cached) return this.get(organizationId, now);
    }
    const build = this.build(organizationId, now);
    this.models.set(organizationId, build);
    build.catch(() => this.models.delete(organizationId));
    return build;
  }

  invalidate(organizationId: string): void {
    this.models.delete(organizationId);
  }

  private async build(organizationId: string, now: Date): Promise<NetworkModel> {
    const [sample, facilities] = await Promise.all([
      loadNetworkSample(this.db, organizationId, { now, windowDays: this.options.windowDays, limit: this.options.sampleLimit }),
      loadFacilityNodes(this.db, organizationId),
    ]);
    return buildNetworkModel(organizationId, sample, facilities, now);
  }
}
