/** The legacy channels and the GraphQL subscriptions behind them (one pipeline, two wire formats). */

const PACKAGE_FIELDS = 'id trackingNumber carrier status currentLocation { facilityCode name lat lon } lastEventAt updatedAt';

export interface LegacyFilters {
  packageIds?: string[];
  packageId?: string;
  status?: string[];
  bbox?: { minLat: number; minLon: number; maxLat: number; maxLon: number };
  intervalSeconds?: number;
  throttleMs?: number;
  after?: string;
}

interface Topic {
  /** The message type clients receive. */
  type: string;
  query: string;
  variables(filters: LegacyFilters): Record<string, unknown>;
}

const WORLD = { minLat: -90, minLon: -180, maxLat: 90, maxLon: 180 };
const packageFilter = (f: LegacyFilters) => ({ packageIds: f.packageIds ?? (f.packageId ? [f.packageId] : null), status: f.status ?? null });

const TOPICS: Record<string, Topic> = {
  package_update: {
    type: 'package_update',
    query: `subscription LegacyPackages($filter: PackageUpdateFilter, $after: String) { packageUpdated(filter: $filter, after: $after) { seq change packageId package { ${PACKAGE_FIELDS} } } }`,
    variables: (f) => ({ filter: packageFilter(f), after: f.after ?? null }),
  },
  tracking_event: {
    type: 'tracking_event',
    query: `subscription LegacyEvents($filter: TrackingEventFilter, $after: String) { trackingEventRecorded(filter: $filter, after: $after) { seq eventId packageId status carrierCode description occurredAt receivedAt location { facilityCode name lat lon } } }`,
    variables: (f) => ({ filter: packageFilter(f), after: f.after ?? null }),
  },
  dashboard_metrics: {
    type: 'dashboard_metrics',
    query: `subscription LegacyDashboard($interval: Int) { dashboardMetrics(intervalSeconds: $interval) { seq at activeTotal activeByStatus { status count } onTimeRate openAnomalies eventsPerMinute } }`,
    variables: (f) => ({ interval: f.intervalSeconds ?? 5 }),
  },
  map_update: {
    type: 'map_update',
    query: `subscription LegacyMap($bbox: BoundingBox!, $throttle: Int, $after: String) { mapUpdates(bbox: $bbox, throttleMs: $throttle, after: $after) { seq packageId lat lon status facilityCode occurredAt } }`,
    variables: (f) => ({ bbox: f.bbox ?? WORLD, throttle: f.throttleMs ?? 1000, after: f.after ?? null }),
  },
  agent_progress: {
    type: 'agent_progress',
    query: `subscription LegacyAgents($packageId: ID) { investigationProgress(packageId: $packageId) { seq investigationId packageId state step at } }`,
    variables: (f) => ({ packageId: f.packageId ?? null }),
  },
  anomaly: {
    type: 'anomaly',
    query: `subscription LegacyAnomalies($filter: AnomalyEventFilter, $after: String) { anomalyDetected(filter: $filter, after: $after) { seq anomalyId type state packageId } }`,
    variables: (f) => ({ filter: { packageId: f.packageId ?? null }, after: f.after ?? null }),
  },
};

export const LEGACY_CHANNELS: Record<string, readonly Topic[]> = {
  packages: [TOPICS.package_update!, TOPICS.tracking_event!],
  dashboard: [TOPICS.dashboard_metrics!],
  map: [TOPICS.map_update!],
  agents: [TOPICS.agent_progress!, TOPICS.anomaly!],
};

/** /ws/<path> → the channel subscribed on connect; /ws/connect waits for a subscribe naming one. */
export const LEGACY_PATHS: Record<string, string | null> = {
  '/ws/connect': null,
  '/ws/packages': 'packages',
  '/ws/dashboard': 'dashboard',
  '/ws/map': 'map',
  '/ws/agents': 'agents',
};
