/** The operations the dashboard runs and the shapes they return (hand-written: the web app has no codegen). */

export const PACKAGE_STATUSES = [
  'INFO_RECEIVED',
  'IN_TRANSIT',
  'OUT_FOR_DELIVERY',
  'FAILED_ATTEMPT',
  'AVAILABLE_FOR_PICKUP',
  'DELIVERED',
  'EXCEPTION',
  'RETURNED',
  'CANCELLED',
] as const;
export type PackageStatus = (typeof PACKAGE_STATUSES)[number];

export const ANOMALY_TYPES = [
  'NO_SCAN',
  'EXCESSIVE_DWELL',
  'MISROUTE',
  'IMPOSSIBLE_TRAVEL',
  'LATE_RISK',
  'REPEATED_FAILED_ATTEMPTS',
  'CARRIER_EXCEPTION',
  'FACILITY_CONGESTION',
] as const;
export const ANOMALY_STATES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;

export interface Location {
  facilityCode: string | null;
  name: string | null;
}

export interface Place {
  name: string | null;
  address: string | null;
  facilityCode: string | null;
  lat: number | null;
  lon: number | null;
}

export const VERIFY_QUERY = /* GraphQL */ `query DashboardSignIn { packageStats { total } }`;

export const OVERVIEW_QUERY = /* GraphQL */ `
  query DashboardOverview {
    packageStats {
      total
      byStatus { status count }
      onTimeRate
      medianTransitHours
      p90TransitHours
      exceptions
      eventsPerHour { hour count }
    }
    openAnomalies: anomalies(filter: { state: [OPEN] }, first: 0) { totalCount }
  }
`;

export interface OverviewResult {
  packageStats: {
    total: number;
    byStatus: { status: PackageStatus; count: number }[];
    onTimeRate: number | null;
    medianTransitHours: number | null;
    p90TransitHours: number | null;
    exceptions: number;
    eventsPerHour: { hour: string; count: number }[];
  };
  openAnomalies: { totalCount: number };
}

export const CARRIERS_QUERY = /* GraphQL */ `query DashboardCarriers { packageStats { byCarrier { carrier count } } }`;

export interface CarriersResult {
  packageStats: { byCarrier: { carrier: string; count: number }[] };
}

export const PACKAGES_QUERY = /* GraphQL */ `
  query DashboardPackages($filter: PackageFilter, $first: Int, $after: String) {
    packages(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id trackingNumber carrier status lastEventAt promisedDeliveryAt
          currentLocation { facilityCode name }
        }
      }
    }
  }
`;

export interface PackageRow {
  id: string;
  trackingNumber: string;
  carrier: string;
  status: PackageStatus;
  lastEventAt: string | null;
  promisedDeliveryAt: string | null;
  currentLocation: Location | null;
}

export interface PackagesResult {
  packages: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: PackageRow }[];
  };
}

/** The detail query; the ETA selection is added only when the supergraph has Package.eta. */
export function packageDetailQuery(withEta: boolean): string {
  return /* GraphQL */ `
    query DashboardPackage($id: ID!) {
      package(id: $id) {
        id trackingNumber carrier serviceLevel reference recipient status
        promisedDeliveryAt lastEventAt deliveredAt createdAt
        origin { name address facilityCode lat lon }
        destination { name address facilityCode lat lon }
        currentLocation { facilityCode name }
        events { id eventId status carrierCode description occurredAt location { facilityCode name } }
        anomalies { id type severity confidence summary state detectedAt }
        investigations { id kind state error document createdAt completedAt }
        ${withEta ? 'eta { p50 p90 onTimeProbability }' : ''}
      }
    }
  `;
}

export interface TrackingEvent {
  id: string;
  eventId: string;
  status: PackageStatus;
  carrierCode: string | null;
  description: string | null;
  occurredAt: string;
  location: Location | null;
}

export interface Anomaly {
  id: string;
  type: string;
  severity: string;
  confidence: number;
  summary: string;
  state: string;
  detectedAt: string;
}

export interface Investigation {
  id: string;
  kind: string;
  state: string;
  error: string | null;
  document: Record<string, unknown> | null;
  createdAt: string;
  completedAt: string | null;
}

export interface PackageDetail {
  id: string;
  trackingNumber: string;
  carrier: string;
  serviceLevel: string;
  reference: string | null;
  recipient: string | null;
  status: PackageStatus;
  promisedDeliveryAt: string | null;
  lastEventAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  origin: Place | null;
  destination: Place | null;
  currentLocation: Location | null;
  events: TrackingEvent[];
  anomalies: Anomaly[];
  investigations: Investigation[];
  eta?: { p50: string | null; p90: string | null; onTimeProbability: number | null } | null;
}

export interface PackageDetailResult {
  package: PackageDetail | null;
}

/** The agent actions on a package, by mutation name; each takes the package id. */
export const PACKAGE_ACTIONS = [
  { mutation: 'investigateAnomaly', label: 'Investigate' },
  { mutation: 'investigateDelay', label: 'Investigate delay' },
  { mutation: 'optimizeRoute', label: 'Optimize route' },
] as const;

/** Each returns the queued investigation at once; the view refetches the package to list it. */
export function packageActionMutation(mutation: string): string {
  return `mutation Dashboard_${mutation}($packageId: ID!) { ${mutation}(packageId: $packageId) { id kind state } }`;
}

/** Anomaly triage, by mutation name; each takes the anomaly id. */
export const ANOMALY_ACTIONS = [
  { mutation: 'acknowledgeAnomaly', label: 'Acknowledge', from: ['OPEN'] },
  { mutation: 'resolveAnomaly', label: 'Resolve', from: ['OPEN', 'ACKNOWLEDGED'] },
] as const;

export function anomalyActionMutation(mutation: string): string {
  return `mutation Dashboard_${mutation}($id: ID!) { ${mutation}(id: $id) { id state } }`;
}

export const ANOMALIES_QUERY = /* GraphQL */ `
  query DashboardAnomalies($filter: AnomalyFilter, $first: Int, $after: String) {
    anomalies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id type severity confidence summary state detectedAt facilityCode
          package { id trackingNumber }
        }
      }
    }
  }
`;

export interface AnomaliesResult {
  anomalies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Anomaly & { facilityCode: string | null; package: { id: string; trackingNumber: string } | null } }[];
  };
}
