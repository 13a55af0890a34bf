import type { FacilityNode, PackageHistory, ServiceLevel } from '../timeline.types.js';

export interface SimulationOptions {
  seed: number;
  packageCount: number;
  /** First shipment creation time. */
  start: Date;
  /** Shipments are created over [start, start + spanDays). */
  spanDays: number;
  /** Events after `now` are withheld (still in transit); default: start + spanDays. */
  now?: Date;
  /** Carrier name on every package (default "ClearPath Express"). */
  carrier?: string;
}

export interface SimulatedLane {
  from: string;
  to: string;
  distanceKm: number;
  meanHours: number;
  /** Log-space standard deviation of transit time. */
  sigma: number;
}

export interface FacilityProfile {
  code: string;
  /** Median dwell (STANDARD service, no congestion). */
  dwellMedianHours: number;
  dwellSigma: number;
}

/** A facility handling slower than normal for a while (e.g. a sorter outage). */
export interface CongestionWindow {
  facilityCode: string;
  from: Date;
  to: Date;
  dwellFactor: number;
}

export interface SimulatedNetworkModel {
  facilities: FacilityNode[];
  lanes: SimulatedLane[];
  profiles: FacilityProfile[];
  congestion: CongestionWindow[];
}

export type SimulatedException = 'CUSTOMS_HOLD' | 'DAMAGED' | 'ADDRESS_ISSUE';

export interface PackageTruth {
  packageId: string;
  trackingNumber: string;
  serviceLevel: ServiceLevel;
  /** Null when the package is returned instead. */
  deliveredAt: Date | null;
  /** Facilities actually visited, in order (misroutes included). */
  facilityPath: string[];
  plannedPath: string[];
  misrouted: boolean;
  failedAttempts: number;
  exceptions: SimulatedException[];
}

/** A package's whole simulated life, including events still in the future. */
export interface SimulatedJourney {
  package: PackageHistory;
  truth: PackageTruth;
}

/** Everything needed to keep the simulation running as a live feed. */
export interface SimulationState {
  seed: number;
  carrier: string;
  network: SimulatedNetworkModel;
  /** Events up to this time have been emitted. */
  now: Date;
  nextSeq: number;
  nextPackageIndex: number;
  /** Mean new shipments per hour, continued from the initial simulation. */
  packagesPerHour: number;
  /** Journeys with events after `now`. */
  pending: SimulatedJourney[];
}

export interface SimulatedNetwork extends SimulatedNetworkModel {
  /** Histories as of `now`, sorted by createdAt. */
  packages: PackageHistory[];
  truth: Record<string, PackageTruth>;
  /** Full journeys (including events after `now`), for benchmarks that need ground truth timelines. */
  journeys: SimulatedJourney[];
  state: SimulationState;
}
