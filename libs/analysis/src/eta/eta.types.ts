import type { FacilityType, ServiceLevel } from '../timeline.types.js';
import type { QuantileDistribution } from './quantile-distribution.js';
import type { EtaStage } from './stage-breakdown.js';

export type { QuantileDistribution } from './quantile-distribution.js';

export type ByServiceLevel<T> = Record<ServiceLevel, T>;

export interface LaneStatistics {
  from: string;
  to: string;
  distanceKm: number;
  /** Departure scan at `from` to arrival scan at `to`, shrunk toward the distance prior. */
  transit: QuantileDistribution;
}

export interface FacilityDwellStatistics {
  facilityCode: string;
  /** Arrival scan to departure scan, all service levels. */
  overall: QuantileDistribution;
  byServiceLevel: ByServiceLevel<QuantileDistribution>;
}

/** Lane transit prior: median hours = handlingHours + distanceKm / kmPerHour (great-circle km). */
export interface TransitPrior {
  handlingHours: number;
  kmPerHour: number;
  sigma: number;
}

/**
 * Learned ETA model. Plain JSON (dates as ISO strings) so the service can store it and rebuild it
 * periodically; `parseEtaModel` reads it back.
 */
export interface EtaModel {
  version: 2;
  trainedAt: string;
  /** Delivered packages that contributed. */
  packageCount: number;
  /** Observations a learned distribution needs to weigh as much as its prior. */
  priorStrength: number;
  quantileLevels: number[];
  transitPrior: TransitPrior;
  lanes: LaneStatistics[];
  /** Arrival-to-arrival stages (dwell + transit) from facilities that send no departure scans. */
  stages: LaneStatistics[];
  /**
   * Routing as observed: key "facility>delivering facility" to the next facility most packages went to.
   * Followed before any shortest-path guess, so carriers' real routing (hubs, gateways) is kept.
   */
  nextHop: Record<string, string>;
  /**
   * The counts behind nextHop: key "facility>delivering facility" to how many delivered packages went on
   * to each next facility. Detection reads it to tell a normal path (even one pointing away from the
   * destination) from a misroute. Absent in models learned before it existed.
   */
  hopCounts?: Record<string, Record<string, number>>;
  /** Where delivered packages' addresses were delivered from (one entry per area cell, majority facility). */
  deliveryAreas: DeliveryArea[];
  /** Delivering facility's last mile relative to the network's (shrunk geometric-mean ratio). */
  lastMileFactor: Record<string, number>;
  dwell: FacilityDwellStatistics[];
  dwellByFacilityType: Record<FacilityType, QuantileDistribution>;
  /** Service-level multipliers on dwell (EXPRESS is handled first, ECONOMY last). */
  dwellServiceFactor: ByServiceLevel<number>;
  /** Pickup: shipment created to first facility scan. */
  pickup: ByServiceLevel<QuantileDistribution>;
  /** Arrival at the delivering facility to DELIVERED (includes sorting, waves, failed attempts). */
  lastMile: ByServiceLevel<QuantileDistribution>;
  /**
   * lastMile by the time of week the package reached the delivering facility (WEEK_BLOCK_HOURS-hour
   * blocks from Sunday 00:00 in the facility's local time): delivery waves and no-delivery days make the wait depend on when a
   * parcel arrives, which a single distribution averages away.
   */
  lastMileByWeekBlock: ByServiceLevel<QuantileDistribution[]>;
  /** Last OUT_FOR_DELIVERY to DELIVERED. */
  outForDelivery: ByServiceLevel<QuantileDistribution>;
  /** Last FAILED_ATTEMPT / AVAILABLE_FOR_PICKUP to DELIVERED. */
  afterFailedAttempt: ByServiceLevel<QuantileDistribution>;
  afterFailedAttemptByWeekBlock: ByServiceLevel<QuantileDistribution[]>;
  /** Created to DELIVERED; the fallback when nothing else about a package is known. */
  endToEnd: ByServiceLevel<QuantileDistribution>;
}

export interface DeliveryArea {
  lat: number;
  lon: number;
  facilityCode: string;
  deliveries: number;
}

/** Current network state that a stationary model cannot know (e.g. a hub congested right now). */
export interface NetworkConditions {
  /** Multiplier on dwell per facility code (1 = normal). */
  dwellFactor?: Readonly<Record<string, number>>;
}

/**
 * How an ETA was computed: every stage of the remaining path learned from history (LEARNED_PATH), a
 * path with some stages from priors (PARTIAL), or no path at all (FALLBACK, from distance and time spent);
 * DELIVERED / CLOSED for finished packages (the time is a fact, not a prediction).
 */
export type EtaBasis = 'LEARNED_PATH' | 'PARTIAL' | 'FALLBACK' | 'DELIVERED' | 'CLOSED';

export interface EtaPrediction {
  p50: Date;
  p90: Date;
  onTimeProbability: number | null;
  basis: EtaBasis;
  /** Why this basis (which stages lack history, or why there is no path). */
  basisReason: string;
  /** Facility codes from the current (or next) facility to the delivering facility. */
  remainingPath: string[];
  /** The stages ahead as the prediction charged them (empty for finished packages); see stage-breakdown.ts. */
  stages: EtaStage[];
  explanation: string;
}

export interface PredictOptions {
  /** Monte Carlo draws (default 1000). */
  samples?: number;
}
