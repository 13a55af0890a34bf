import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per process (all-in-one: gateway and in-process subgraphs share it; split: each
 * service has its own), served at /metrics (metrics-routes.ts). Every label takes values from a bounded set:
 * route patterns, operation names capped by `boundedName`, fixed outcome words.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** Request latency buckets (seconds): 5 ms to 30 s, where our reads, ingest batches and investigations fall. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'clearpath_http_requests_total',
  help: 'HTTP requests answered, by route pattern (unknown paths as "unmatched"), method and status code',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [metricsRegistry],
});

export const httpDuration = new Histogram({
  name: 'clearpath_http_request_duration_seconds',
  help: 'HTTP request latency until the response finished, by route pattern and method',
  labelNames: ['route', 'method'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlOperations = new Counter({
  name: 'clearpath_graphql_operations_total',
  help: 'GraphQL operations executed (HTTP, REST shim, WebSocket), by operation name, type and outcome (ok or error)',
  labelNames: ['operation', 'type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const graphqlDuration = new Histogram({
  name: 'clearpath_graphql_operation_duration_seconds',
  help: 'GraphQL operation latency from request to response, by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const graphqlErrors = new Counter({
  name: 'clearpath_graphql_errors_total',
  help: 'Errors in GraphQL responses, by operation name and error code',
  labelNames: ['operation', 'code'] as const,
  registers: [metricsRegistry],
});

export const ingestEvents = new Counter({
  name: 'clearpath_ingest_events_total',
  help: 'Tracking events received by ingest, by outcome (stored, duplicate, rejected)',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

export const ingestBatchDuration = new Histogram({
  name: 'clearpath_ingest_batch_duration_seconds',
  help: 'Latency of one ingest batch (validation, storage, announcement), by outcome (ok or error)',
  labelNames: ['outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});

export const subscriptionDeliveries = new Counter({
  name: 'clearpath_subscription_deliveries_total',
  help: 'Live subscription payloads sent to subscribers (one per subscriber and item: the fan-out)',
  registers: [metricsRegistry],
});

export const subscriptionResolutions = new Counter({
  name: 'clearpath_subscription_resolutions_total',
  help: 'Supergraph resolutions run for subscriber groups (one per announcement and group), by outcome',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});

/** One reading of a sampled gauge: its labels and value. */
export interface Sample {
  labels?: Record<string, string>;
  value: number;
}

type SampleSource = () => Sample[] | Promise<Sample[]>;

/**
 * A gauge read when scraped from whatever registered a source (a database pool, a WebSocket server, the
 * investigation engine). Several sources (tests run several services in one process) add up per label set.
 * A source that fails leaves its series out of this scrape rather than failing the scrape.
 */
export class SampledGauge {
  private readonly sources = new Set<SampleSource>();
  private readonly gauge: Gauge;

  constructor(name: string, help: string, labelNames: readonly string[] = []) {
    const sources = this.sources;
    this.gauge = new Gauge({
      name,
      help,
      labelNames,
      registers: [metricsRegistry],
      async collect() {
        this.reset();
        const readings = await Promise.all([...sources].map((source) => Promise.resolve().then(source).catch(() => [])));
        for (const sample of readings.flat()) this.inc(sample.labels ?? {}, sample.value);
      },
    });
  }

  /** Adds a source; the returned function removes it (when its service stops). */
  add(source: SampleSource): () => void {
    this.sources.add(source);
    return () => this.sources.delete(source);
  }
}

export const dbPoolConnections = new SampledGauge(
  'clearpath_db_pool_connections',
  'PostgreSQL pool connections by state: open (total), idle, and waiting (queries queued for a connection); absent with PGlite',
  ['state'],
);

export const websocketConnections = new SampledGauge('clearpath_websocket_connections', 'Open WebSocket connections on this process, by protocol', ['protocol']);

export const subscriptionsActive = new SampledGauge(
  'clearpath_subscriptions',
  'Subscriptions on this process (graphql-ws operations and legacy channels), and the shared groups they resolve in',
  ['kind'],
);

export const logConsumerLag = new SampledGauge(
  'clearpath_log_consumer_lag_positions',
  'Log positions a consumer (detection, webhooks) is behind the head of the event log',
  ['consumer'],
);

export const investigationQueue = new SampledGauge('clearpath_investigations', 'Investigations waiting (QUEUED) or running (RUNNING)', ['state']);

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

/**
 * Keeps a client-chosen name (a GraphQL operation name) from growing the label set without bound: valid
 * names up to 64 characters, the first `limit` distinct ones kept, later ones counted as "other".
 */
export function boundedNames(limit: number): (name: string | null | undefined) => string {
  const seen = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'invalid';
    if (seen.has(name)) return name;
    if (seen.size >= limit) return 'other';
    seen.add(name);
    return name;
  };
}
