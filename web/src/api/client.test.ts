import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, gql, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { describe, expect, it } from 'vitest';
import { cacheConfig } from './client';

const OVERVIEW = gql`
  query Overview {
    packageStats {
      total
    }
    anomalyCounts(state: [OPEN]) {
      type
      count
    }
  }
`;
const CREATE = gql`
  mutation Create($input: CreatePackageInput!) {
    createPackage(input: $input) {
      id
      trackingNumber
    }
  }
`;
const ACKNOWLEDGE = gql`
  mutation Acknowledge($id: ID!) {
    acknowledgeAnomaly(id: $id) {
      id
      state
    }
  }
`;

/** A client with the dashboard's cache over a fake server whose package total grows with each create. */
function dashboardClient() {
  const state = { total: 3, open: 2, fetched: 0 };
  const server: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation: Operation) => {
        if (operation.kind === 'query') state.fetched++;
        const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);
        if (name === 'Create') {
          state.total++;
          return makeResult(operation, { data: { createPackage: { __typename: 'Package', id: `p${state.total}`, trackingNumber: 'NEW' } } });
        }
        if (name === 'Acknowledge') {
          state.open--;
          return makeResult(operation, { data: { acknowledgeAnomaly: { __typename: 'Anomaly', id: 'a1', state: 'ACKNOWLEDGED' } } });
        }
        return makeResult(operation, {
          data: {
            packageStats: { __typename: 'PackageStats', total: state.total },
            anomalyCounts: [{ __typename: 'AnomalyCount', type: 'NO_SCAN', count: state.open }],
          },
        });
      }),
    );
  const client = new Client({ url: '/graphql', exchanges: [cacheExchange(cacheConfig), server] });
  const overview = async () => (await client.query(OVERVIEW, {}, { requestPolicy: 'cache-first' }).toPromise()).data as { packageStats: { total: number }; anomalyCounts: { count: number }[] };
  return { client, state, overview };
}

describe('dashboard cache', () => {
  it("drops the overview's package count when a package is created, so the overview asks the server again", async () => {
    const { client, state, overview } = dashboardClient();
    expect((await overview()).packageStats.total).toBe(3);
    expect((await overview()).packageStats.total).toBe(3);
    expect(state.fetched).toBe(1); // the second read came from the cache
    await client.mutation(CREATE, { input: { trackingNumber: 'NEW', carrier: 'DHL' } }).toPromise();
    expect((await overview()).packageStats.total).toBe(4);
    expect(state.fetched).toBe(2);
  });

  it('drops the open-anomaly counts when one is acknowledged', async () => {
    const { client, state, overview } = dashboardClient();
    expect((await overview()).anomalyCounts[0]!.count).toBe(2);
    await client.mutation(ACKNOWLEDGE, { id: 'a1' }).toPromise();
    expect((await overview()).anomalyCounts[0]!.count).toBe(1);
    expect(state.fetched).toBe(2);
  });
});
