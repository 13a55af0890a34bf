import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver.js';
import { freePort, startProcess, waitForHttp, type Proc } from '../support/processes.js';
import { sampleValue } from '../support/prometheus-text.js';
import { createPostgresDatabase } from '../support/test-database.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KEY = 'cp_tracing_test_admin_key_0123456789';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The gateway and the packages subgraph as their own processes (from source), exporting to an OTLP receiver
 * in this test: one request carries one trace from the gateway over HTTP into the subgraph and its
 * PostgreSQL queries, and the subgraph's log lines carry that trace's id.
 */
describe('OpenTelemetry tracing across gateway, subgraph and PostgreSQL', () => {
  const procs: Proc[] = [];
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let dropDatabase: () => Promise<void> = async () => {};
  let gatewayUrl = '';
  let packagesUrl = '';
  let packages: Proc;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const database = await createPostgresDatabase();
    dropDatabase = database.drop;
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: '',
      CLEARPATH_API_KEY: KEY,
      CLEARPATH_DEMO: 'false',
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const run = (main: string, extra: Record<string, string>) => startProcess(process.execPath, ['--conditions=source', '--import', 'tsx', join(ROOT, main)], { ...env, ...extra });
    const packagesPort = await freePort();
    packages = run('subgraphs/packages/src/main.ts', { PORT: String(packagesPort), LOG_LEVEL: 'debug' });
    procs.push(packages);
    packagesUrl = `http://127.0.0.1:${packagesPort}`;
    await waitForHttp(`${packagesUrl}/health/ready`, packages, 120_000);
    const gatewayPort = await freePort();
    const gateway = run('gateway/src/main.ts', { PORT: String(gatewayPort), LOG_LEVEL: 'warn', SUBGRAPH_PACKAGES_URL: `${packagesUrl}/graphql` });
    procs.push(gateway);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    await waitForHttp(`${gatewayUrl}/health/ready`, gateway, 120_000);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(procs.reverse().map((p) => p.stop()));
    await receiver?.close();
    await dropDatabase();
  });

  it('continues the caller\'s trace through the gateway into the subgraph and its queries', { timeout: 60_000 }, async () => {
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ query: 'query TraceProbe { packages(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const trace = (): ReceivedSpan[] => receiver.spans.filter((s) => s.traceId === traceId);
    const complete = () => {
      const spans = trace();
      return spans.some((s) => s.service === 'clearpath-packages' && s.name.startsWith('pg.query')) && spans.some((s) => s.service === 'clearpath-gateway' && s.kind === 3 && !s.name.startsWith('pg'));
    };
    for (let i = 0; i < 200 && !complete(); i++) await sleep(100);
    const spans = trace();
    const summary = spans.map((s) => `${s.service} ${s.kind} ${s.name}`).join('\n');

    const gatewayServer = spans.find((s) => s.service === 'clearpath-gateway' && s.kind === 2);
    expect(gatewayServer, summary).toBeDefined();
    // The gateway's fetch to the subgraph is a client span; the subgraph's server span is its child.
    const fetches = spans.filter((s) => s.service === 'clearpath-gateway' && s.kind === 3 && !s.name.startsWith('pg'));
    const subgraphServer = spans.find((s) => s.service === 'clearpath-packages' && s.kind === 2);
    expect(subgraphServer, summary).toBeDefined();
    expect(fetches.map((s) => s.spanId), summary).toContain(subgraphServer!.parentSpanId);
    // The subgraph's PostgreSQL queries belong to the same trace, below its server span.
    const query = spans.find((s) => s.service === 'clearpath-packages' && s.name.startsWith('pg.query'));
    expect(query, summary).toBeDefined();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    let ancestor: ReceivedSpan | undefined = query;
    while (ancestor && ancestor !== subgraphServer) ancestor = ancestor.parentSpanId ? byId.get(ancestor.parentSpanId) : undefined;
    expect(ancestor, summary).toBe(subgraphServer);
    // GraphQL execution in the subgraph is traced too.
    expect(spans.some((s) => s.service === 'clearpath-packages' && s.name.startsWith('query')), summary).toBe(true);

    // The subgraph's log line for the operation carries the trace id.
    const lines = packages.output().split('\n').filter((l) => l.includes('"graphql operation"'));
    expect(lines.some((l) => (JSON.parse(l) as { trace_id?: string }).trace_id === traceId), packages.output().slice(-2000)).toBe(true);
  });

  it('serves the subgraph\'s own /metrics, which counted the gateway\'s fetch', async () => {
    const text = await (await fetch(`${packagesUrl}/metrics`)).text();
    expect(sampleValue(text, 'clearpath_http_requests_total', { route: '/graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(text, 'clearpath_graphql_operations_total', { type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    // Idle connections close after 10 s: the pool's series are there, whatever they read now.
    expect(text).toMatch(/^clearpath_db_pool_connections\{state="idle"\} \d+$/m);
  });
});
