import type { QueryPlanner } from '@apollo/query-planner';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hasPlans, readDashboardOperations } from '../../gateway/src/supergraph/plan-warmup.js';
import { REST_OPERATIONS } from '../../gateway/src/rest/operations.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';

/** The gateway plans the REST shim's and the dashboard's operations while starting, not on their first request. */
describe('query plans warmed at start', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('pglite');
  }, 120_000);
  afterAll(() => app?.close());

  it('holds a plan for every dashboard query and mutation and every REST operation once started', async () => {
    const dashboard = readDashboardOperations();
    expect(dashboard.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const text of [...dashboard, ...REST_OPERATIONS]) if (!(await hasPlans(app.gateway.supergraph, text))) missing.push(text);
    expect(missing).toEqual([]);
  });

  it('answers a dashboard query sent as urql sends it without planning it', async () => {
    const planner = (app.gateway.supergraph as unknown as { queryPlanner: QueryPlanner }).queryPlanner;
    const plans = vi.spyOn(planner, 'buildQueryPlan');
    const text = readDashboardOperations().find((t) => t.startsWith('query DashboardPackages('))!;
    expect(text).toBeDefined();
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_KEY}` },
      body: JSON.stringify({ operationName: 'DashboardPackages', query: text, variables: { first: 5 } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeDefined();
    expect(plans).not.toHaveBeenCalled();
    plans.mockRestore();
  });
});
