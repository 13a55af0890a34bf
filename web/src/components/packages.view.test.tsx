// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { PackagesView, sortFromParams } from './packages.view';
import { useHashRoute } from './use-hash-route';

afterEach(cleanup);

function clientAnswering(seen: Operation[]): Client {
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        seen.push(operation);
        const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);
        if (name === 'DashboardCarriers') return makeResult(operation, { data: { packageStats: { __typename: 'PackageStats', byCarrier: [] } } });
        return makeResult(operation, {
          data: {
            packages: {
              __typename: 'PackageConnection',
              totalCount: 1,
              totalCountEstimated: false,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
              edges: [
                {
                  __typename: 'PackageEdge',
                  node: { __typename: 'Package', id: 'p1', trackingNumber: 'TRK-1', carrier: 'DHL', status: 'IN_TRANSIT', lastEventAt: null, promisedDeliveryAt: null, createdAt: new Date().toISOString(), currentLocation: null },
                },
              ],
            },
          },
        });
      }),
    );
  return new Client({ url: '/graphql', exchanges: [exchange] });
}

/** The page as the app mounts it: its params come from the hash, so a header click goes through the URL. */
function Routed() {
  const route = useHashRoute();
  return route.view === 'packages' ? <PackagesView params={route.params} /> : null;
}

const sortOf = (seen: Operation[]) => seen.filter((o) => o.variables && 'sort' in o.variables).at(-1)?.variables;
const header = (name: string) => screen.getAllByRole('columnheader').find((th) => th.textContent?.startsWith(name))!;

describe('packages table headers', () => {
  it('reads the sort from the URL, an unknown one falling back to newest first', () => {
    expect(sortFromParams(new URLSearchParams('sort=STATUS&dir=ASC'))).toEqual({ field: 'STATUS', direction: 'ASC' });
    expect(sortFromParams(new URLSearchParams('sort=RECIPIENT&dir=sideways'))).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
  });

  it('sorts by a column on click: ascending, then descending, kept in the URL beside the filters', async () => {
    history.replaceState(null, '', '#/packages?carrier=DHL');
    const seen: Operation[] = [];
    render(
      <Provider value={clientAnswering(seen)}>
        <Routed />
      </Provider>,
    );
    await screen.findByText('TRK-1');
    for (const name of ['Tracking number', 'Carrier', 'Status', 'Current location', 'Last event', 'Promised', 'Created']) {
      // A real button in the header: reachable with Tab, pressed with Enter or Space.
      expect(within(header(name)).getByRole('button').tagName).toBe('BUTTON');
    }
    expect(header('Created').getAttribute('aria-sort')).toBe('descending');
    expect(header('Status').getAttribute('aria-sort')).toBe('none');

    act(() => fireEvent.click(within(header('Status')).getByRole('button')));
    expect(new URLSearchParams(location.hash.split('?')[1]).toString()).toBe('carrier=DHL&sort=STATUS&dir=ASC');
    expect(header('Status').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Created').getAttribute('aria-sort')).toBe('none');
    expect(sortOf(seen)).toMatchObject({ sort: { field: 'STATUS', direction: 'ASC' }, filter: { carrier: ['DHL'] } });

    act(() => fireEvent.click(within(header('Status')).getByRole('button')));
    expect(location.hash).toContain('sort=STATUS&dir=DESC');
    expect(header('Status').getAttribute('aria-sort')).toBe('descending');
    expect(sortOf(seen)).toMatchObject({ sort: { field: 'STATUS', direction: 'DESC' } });

    act(() => fireEvent.click(within(header('Promised')).getByRole('button')));
    expect(sortOf(seen)).toMatchObject({ sort: { field: 'PROMISED_DELIVERY_AT', direction: 'ASC' } });
    expect(header('Promised').getAttribute('aria-sort')).toBe('ascending');
  });
});
