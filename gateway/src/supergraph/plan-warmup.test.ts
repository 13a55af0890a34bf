import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { QueryPlanner } from '@apollo/query-planner';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET_PACKAGE, REST_OPERATIONS } from '../rest/operations.js';
import { hasPlans, readDashboardOperations, warmQueryPlans } from './plan-warmup.js';
import { readSupergraphSdl } from './supergraph-gateway.js';

/** Answers every fetch with no package: what is under test is where the plan came from, not the data. */
const nothingFound: GraphQLDataSource = { process: () => Promise.resolve({ data: { package: null } }) };

describe('query plan warm-up', () => {
  let server: ApolloServer | undefined;
  afterEach(async () => server?.stop());

  async function start() {
    const gateway = new ApolloGateway({ supergraphSdl: readSupergraphSdl(), buildService: () => nothingFound });
    server = new ApolloServer({ gateway });
    await server.start();
    const planner = (gateway as unknown as { queryPlanner: QueryPlanner }).queryPlanner;
    return { gateway, plans: vi.spyOn(planner, 'buildQueryPlan') };
  }

  it('plans every REST operation against the committed supergraph', async () => {
    const { gateway } = await start();
    const warmed = await warmQueryPlans(gateway, REST_OPERATIONS);
    expect(warmed.failed).toEqual([]);
    expect(warmed.planned).toBe(REST_OPERATIONS.length);
  });

  it('plans every dashboard query and mutation against the committed supergraph', async () => {
    const { gateway } = await start();
    const dashboard = readDashboardOperations();
    expect(dashboard.length).toBeGreaterThan(10);
    expect(await hasPlans(gateway, dashboard[0]!)).toBe(false);
    const warmed = await warmQueryPlans(gateway, dashboard);
    expect(warmed.failed).toEqual([]);
    expect(warmed.planned).toBe(dashboard.length);
    for (const text of dashboard) expect(await hasPlans(gateway, text)).toBe(true);
  });

  it('stores each plan where the gateway looks it up, with or without operationName', async () => {
    const { gateway, plans } = await start();
    await warmQueryPlans(gateway, [GET_PACKAGE]);
    plans.mockClear();
    for (const operationName of [undefined, 'RestGetPackage']) {
      const response = await server!.executeOperation({ query: GET_PACKAGE, operationName, variables: { id: 'p1' } });
      expect(response.body.kind === 'single' && response.body.singleResult).toMatchObject({ data: { package: null } });
    }
    expect(plans).not.toHaveBeenCalled();
    // An operation nobody warmed is planned by its first request, as before.
    await server!.executeOperation({ query: 'query Other($id: ID!) { package(id: $id) { id } }', variables: { id: 'p1' } });
    expect(plans).toHaveBeenCalledTimes(1);
  });

  it('reports an operation that no longer plans instead of failing the start', async () => {
    const { gateway } = await start();
    const warmed = await warmQueryPlans(gateway, ['query Gone { noSuchField }', GET_PACKAGE]);
    expect(warmed.planned).toBe(1);
    expect(warmed.failed).toEqual([{ text: 'query Gone { noSuchField }', error: expect.stringContaining('noSuchField') }]);
  });
});
