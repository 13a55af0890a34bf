import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { hasSeries, sampleValue } from '../support/prometheus-text.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, wsClient } from './realtime-client.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** All-in-one on PostgreSQL: one registry on the gateway port covers HTTP, GraphQL, ingest, realtime and the engine. */
describe('Prometheus metrics at /metrics (all-in-one, PostgreSQL)', () => {
  let app: TestApp;
  const scrape = async () => {
    const response = await fetch(`${app.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  beforeAll(async () => {
    app = await startTestApp('postgres');
  });
  afterAll(() => app?.close());

  it('counts and times GraphQL operations by name, with errors by code', async () => {
    const before = await scrape();
    const ok = await app.gql('query MetricsProbe { packages(first: 1) { totalCount } }');
    expect(ok.errors).toBeUndefined();
    const bad = await app.gql('query MetricsBroken { packages(first: 1) { noSuchField } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(delta('clearpath_graphql_operations_total', { operation: 'MetricsProbe', type: 'query', outcome: 'ok' })).toBe(1);
    expect(delta('clearpath_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', type: 'query' })).toBe(1);
    // Validation fails before an operation is chosen: counted under "unparsed", the error under its code.
    expect(delta('clearpath_graphql_operations_total', { operation: 'unparsed', outcome: 'error' })).toBe(1);
    expect(delta('clearpath_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta('clearpath_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(1);
  });

  it('labels REST requests by route pattern and collapses unknown paths', async () => {
    const pkg = await createPackage(app, undefined);
    const before = await scrape();
    expect((await app.rest('GET', `/api/v1/packages/${pkg.id}`)).status).toBe(200);
    expect((await app.rest('GET', '/api/v1/packages/pkg_does_not_exist_123')).status).toBe(404);
    expect((await app.rest('GET', '/no/such/path/4711')).status).toBe(404);
    expect((await app.rest('GET', '/api/v1/packages', { token: null })).status).toBe(401);
    const after = await scrape();
    const delta = (labels: Record<string, string>) => sampleValue(after, 'clearpath_http_requests_total', labels) - sampleValue(before, 'clearpath_http_requests_total', labels);
    expect(delta({ route: '/api/v1/packages/:id', method: 'GET', status: '200' })).toBe(1);
    expect(delta({ route: '/api/v1/packages/:id', method: 'GET', status: '404' })).toBe(1);
    expect(delta({ route: 'unmatched', method: 'GET', status: '404' })).toBe(1);
    expect(delta({ route: '/api/v1/*', method: 'GET', status: '401' })).toBe(1);
    expect(sampleValue(after, 'clearpath_http_request_duration_seconds_count', { route: '/api/v1/packages/:id', method: 'GET' })).toBeGreaterThanOrEqual(2);
    // Concrete ids and paths never become label values.
    expect(after).not.toContain(pkg.id);
    expect(after).not.toContain('4711');
  });

  it('counts ingest events by outcome and times batches', async () => {
    const pkg = await createPackage(app, undefined);
    const before = await scrape();
    const result = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, {
      events: [event(pkg.id, 'metrics-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'), event(pkg.id, 'metrics-1', '2026-11-20T08:00:00Z', 'IN_TRANSIT'), event('pkg_metrics_missing', 'metrics-2', '2026-11-20T08:00:00Z', 'IN_TRANSIT')],
    });
    expect(result.data?.recordTrackingEvents.accepted).toBe(1);
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    expect(delta('clearpath_ingest_events_total', { outcome: 'stored' })).toBe(1);
    expect(delta('clearpath_ingest_events_total', { outcome: 'duplicate' })).toBe(1);
    expect(delta('clearpath_ingest_events_total', { outcome: 'rejected' })).toBe(1);
    expect(delta('clearpath_ingest_batch_duration_seconds_count', { outcome: 'ok' })).toBe(1);
  });

  it('reports subscriptions, WebSocket connections and fan-out deliveries', async () => {
    const pkg = await createPackage(app, undefined);
    const client = wsClient(app.url, { authorization: `Bearer ${ADMIN_KEY}` });
    const updates = collect<{ packageId: string }>(client, 'subscription { packageUpdated { packageId change } }');
    for (let i = 0; i < 100 && sampleValue(await scrape(), 'clearpath_subscriptions', { kind: 'subscribers' }) < 1; i++) await sleep(50);
    const before = await scrape();
    expect(sampleValue(before, 'clearpath_subscriptions', { kind: 'subscribers' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(before, 'clearpath_websocket_connections', { protocol: 'graphql-ws' })).toBeGreaterThanOrEqual(1);
    await app.gql(RECORD, { events: [event(pkg.id, 'metrics-ws-1', '2026-11-20T09:00:00Z', 'IN_TRANSIT')] });
    await updates.atLeast(1);
    const after = await scrape();
    expect(sampleValue(after, 'clearpath_subscription_deliveries_total') - sampleValue(before, 'clearpath_subscription_deliveries_total')).toBeGreaterThanOrEqual(1);
    expect(sampleValue(after, 'clearpath_subscription_resolutions_total', { outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    await client.dispose();
  });

  it('reports detection lag, the investigation queue and the PostgreSQL pool', async () => {
    // Detection follows the log shortly after an ingest: its lag goes back to 0.
    let text = await scrape();
    for (let i = 0; i < 100 && (!hasSeries(text, 'clearpath_log_consumer_lag_positions') || sampleValue(text, 'clearpath_log_consumer_lag_positions', { consumer: 'detection' }) > 0); i++) {
      await sleep(100);
      text = await scrape();
    }
    expect(text).toMatch(/^clearpath_log_consumer_lag_positions\{consumer="detection"\} 0$/m);
    expect(text).toMatch(/^clearpath_investigations\{state="QUEUED"\} \d+$/m);
    expect(text).toMatch(/^clearpath_investigations\{state="RUNNING"\} \d+$/m);
    expect(sampleValue(text, 'clearpath_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^clearpath_db_pool_connections\{state="waiting"\} \d+$/m);
    expect(hasSeries(text, 'process_cpu_user_seconds_total')).toBe(true);
  });
});

describe('/metrics with CLEARPATH_METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite', { CLEARPATH_METRICS_TOKEN: 'scrape-secret-0123456789' });
  });
  afterAll(() => app?.close());

  it('asks for the token even from loopback, and answers with it', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    const ok = await fetch(`${app.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret-0123456789' } });
    expect(ok.status).toBe(200);
    // PGlite has no pool: no pool series from this app (the process may hold others' from earlier tests).
    expect(await ok.text()).toContain('clearpath_http_requests_total');
  });
});
