/**
 * Network statistics learned from recent histories. Plain JSON-safe objects (records, numbers, ISO strings)
 * so they can be cached, sent between processes and embedded in evidence unchanged.
 */

/** Quantiles of a sample; durations are in hours unless the field name says otherwise. */
export interface DurationDistribution {
  count: number;
  min: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
  max: number;
  mean: number;
}

/** Consecutive facility scans A → B: last scan at A to first scan at B. */
export interface LaneStatistics {
  key: string;
  from: string;
  to: string;
  gapHours: DurationDistribution;
  /** Straight-line distance between the scans (median over samples), null when scans carry no position. */
  distanceKm: number | null;
  /**
   * Delivered packages that used this lane, counted by destination key (see destinationKeys); tells
   * detection which lanes are a normal path toward a destination even when they point away from it.
   */
  deliveredTo: Record<string, number>;
}

export interface HeldPackage {
  packageId: string;
  /** First scan of the current stay. */
  since: string;
  lastScanAt: string;
  lastEventId: string;
  heldHours: number;
}

/** In-flight packages whose last scan is at the facility, as of NetworkStatistics.generatedAt. */
export interface HeldAtFacility {
  count: number;
  packages: HeldPackage[];
  heldHours: DurationDistribution | null;
}

export interface FacilityStatistics {
  code: string;
  /** Stays observed (completed or ongoing). */
  visits: number;
  /** First to last scan at the facility, completed stays. */
  dwellHours: DurationDistribution | null;
  /** First scan at the facility to the next scan elsewhere, completed stays. */
  turnaroundHours: DurationDistribution | null;
  /** Last scan of a stay to the next event of any kind: how long silence after a scan here normally lasts. */
  outboundGapHours: DurationDistribution | null;
  /**
   * Packages normally at the facility at once, by Little's law (arrival rate × mean turnaround over the
   * observed window); null without completed stays.
   */
  typicalHeld: number | null;
  held: HeldAtFacility;
}

export interface CarrierStatistics {
  carrier: string;
  packages: number;
  delivered: number;
  inFlight: number;
  /** Delivered on or before promisedDeliveryAt, among delivered packages with a promise. */
  onTimeRate: number | null;
  onTimeSamples: number;
  /** Packages with at least one exception event. */
  exceptionRate: number | null;
  failedAttemptRate: number | null;
  /** First physical scan to delivery. */
  transitHours: DurationDistribution | null;
  medianTransitHours: number | null;
}

export interface NetworkSummary {
  packages: number;
  delivered: number;
  inFlight: number;
  /** Every gap between consecutive events: the prior when lane and facility history is thin. */
  scanGapHours: DurationDistribution | null;
  transitHours: DurationDistribution | null;
  /** Origin-to-destination straight-line km per transit hour of delivered packages (dwell included). */
  effectiveSpeedKmh: DurationDistribution | null;
  onTimeRate: number | null;
  exceptionRate: number | null;
}

export interface NetworkStatistics {
  generatedAt: string;
  /** Earliest and latest event seen. */
  window: { from: string | null; to: string | null };
  lanes: Record<string, LaneStatistics>;
  facilities: Record<string, FacilityStatistics>;
  carriers: Record<string, CarrierStatistics>;
  network: NetworkSummary;
}
