import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/test-database.js';
import { createPackage } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, wsClient } from './realtime-client.js';

const ENGINE_FIELDS = ['logPosition', 'packageUpdatedFeed', 'trackingEventRecordedFeed', 'anomalyDetectedFeed', 'investigationProgressFeed', 'dashboardMetricsFeed', 'mapUpdatesFeed'];

describe.each(BACKENDS)('nothing internal in the public API (%s)', (backend) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token('org_public');
  });
  afterAll(() => app?.close());

  it('hides the subscription engine from introspection', async () => {
    const result = await app.gql<{ __schema: { queryType: { fields: { name: string }[] }; types: { name: string }[] } }>(
      '{ __schema { queryType { fields { name } } types { name } } }',
      {},
      token,
    );
    const fields = result.data!.__schema.queryType.fields.map((f) => f.name);
    expect(fields).toContain('realtimeStats');
    for (const name of ENGINE_FIELDS) expect(fields).not.toContain(name);
    const types = result.data!.__schema.types.map((t) => t.name);
    expect(types).not.toContain('InvestigationProgressInput');
    expect(types).not.toContain('PackageChangeInput');
  });

  it('refuses fabricated feed calls over HTTP and graphql-ws', async () => {
    const pkg = await createPackage(app, token);
    const forged = `{ investigationProgressFeed(progress: [{ investigationId: "${pkg.id}", packageId: "${pkg.id}", state: "COMPLETED", step: "forged", at: "2026-12-01T00:00:00Z" }]) { step } }`;
    const http = await app.gql(forged, {}, token);
    expect(http.status).toBe(400);
    expect(http.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const client = wsClient(app.url, { authorization: `Bearer ${token}` });
    const ws = collect(client, `query { packageUpdatedFeed(after: "0") { seq } }`);
    await expect(ws.atLeast(1, 3000)).rejects.toThrow(/GRAPHQL_VALIDATION_FAILED|Cannot query field/);
    await client.dispose();
  });

  it('applies the query limits at subscribe: too deep, too many aliases or too costly is refused at once', async () => {
    const client = wsClient(app.url, { authorization: `Bearer ${token}` });
    const deep = `subscription { packageUpdated { package { events { package { events { package { events { package { events { package { events { package { id } } } } } } } } } } } } }`;
    const aliases = `subscription { packageUpdated { ${Array.from({ length: 30 }, (_, i) => `a${i}: seq`).join(' ')} } }`;
    for (const query of [deep, aliases]) {
      const sub = collect(client, query);
      await expect(sub.atLeast(1, 3000)).rejects.toThrow(/subscription failed/);
      const [[error]] = sub.errors as [[{ message: string; extensions?: { code?: string } }]];
      expect(error.message).toMatch(/depth|alias/i);
      expect(error.extensions?.code).toMatch(/^[A-Z_]+$/);
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    await client.dispose();
  });
});
