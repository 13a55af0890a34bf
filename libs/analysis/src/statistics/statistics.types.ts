/**
 * What the network holds now and how carriers perform, from recent histories (lanes, dwell and stage
 * lengths are the network model's: see eta/). Plain JSON-safe objects (records, numbers, ISO strings)
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
  facilities: Record<string, FacilityStatistics>;
  carriers: Record<string, CarrierStatistics>;
  network: NetworkSummary;
}
