// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { RoutesView } from './routes.view';

// Leaflet needs a laid-out page; the map's inputs are checked instead.
const drawn = vi.hoisted(() => ({ routes: [] as unknown[], pending: [] as unknown[] }));
vi.mock('./routes/route-map', async (original) => ({
  ...(await original<typeof import('./routes/route-map')>()),
  RouteMap: (props: { routes: unknown[]; pending: unknown[] }) => {
    drawn.routes = props.routes;
    drawn.pending = props.pending;
    return <div data-testid="route-map" />;
  },
}));

afterEach(cleanup);

const operationName = (operation: Operation) => operation.query.definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);

function clientAnswering(plan: (operation: Operation) => ReturnType<typeof makeResult>, seen: Operation[]): Client {
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        seen.push(operation);
        switch (operationName(operation)) {
          case 'DashboardRoutePlannerFacilities':
            return makeResult(operation, {
              data: {
                facilities: [
                  { __typename: 'Facility', code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.14, lon: 11.58 },
                  { __typename: 'Facility', code: 'DEP-HAM', name: 'Hamburg depot', type: 'DEPOT', lat: 53.55, lon: 9.99 },
                  { __typename: 'Facility', code: 'HUB-FRA', name: 'Frankfurt hub', type: 'HUB', lat: 50.11, lon: 8.68 },
                ],
                packageCountsByFacility: [
                  { __typename: 'FacilityPackageCount', facilityCode: 'DEP-MUC', packages: 3 },
                  { __typename: 'FacilityPackageCount', facilityCode: 'HUB-FRA', packages: 1 },
                ],
              },
            });
          case 'DashboardDepotStops':
            return makeResult(operation, {
              data: {
                packages: {
                  __typename: 'PackageConnection',
                  totalCount: 3,
                  edges: [pkg(1, 48.15, 11.6), pkg(2, 48.1, 11.5), pkg(3, null, null)].map((node) => ({ __typename: 'PackageEdge', node })),
                },
              },
            });
          default:
            return plan(operation);
        }
      }),
    );
  return new Client({ url: '/graphql', exchanges: [exchange] });
}

const pkg = (n: number, lat: number | null, lon: number | null) => ({
  __typename: 'Package',
  id: `p${n}`,
  trackingNumber: `TRK-${n}`,
  recipient: `Recipient ${n}`,
  // TRK-1 is promised within the working day, TRK-2 has no promise.
  promisedDeliveryAt: n === 1 ? new Date(Date.now() + 3 * 3_600_000).toISOString() : null,
  destination: { __typename: 'Place', name: 'Munich', address: `Street ${n}`, lat, lon },
});

const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const plan = {
  __typename: 'DeliveryPlan',
  objective: 'VEHICLES_THEN_DISTANCE',
  vehicles: 1,
  distanceKm: 21.4,
  costKm: 21.4,
  routes: [
    {
      __typename: 'VehicleRoute',
      vehicle: 1,
      distanceKm: 21.4,
      load: 2,
      returnAt: soon(95),
      stops: [
        { __typename: 'PlannedStop', id: 'p2', arrivalAt: soon(30), departAt: soon(35) },
        { __typename: 'PlannedStop', id: 'p1', arrivalAt: soon(60), departAt: soon(65) },
      ],
    },
  ],
};

function renderView(answer: (operation: Operation) => ReturnType<typeof makeResult>) {
  const seen: Operation[] = [];
  render(
    <Provider value={clientAnswering(answer, seen)}>
      <RoutesView params={new URLSearchParams('depot=DEP-MUC')} />
    </Provider>,
  );
  return seen;
}

describe('route planning page', () => {
  it("plans the depot's packages out for delivery and shows one table per vehicle with loads, arrivals and slack", async () => {
    const seen = renderView((operation) => makeResult(operation, { data: { planDeliveryRoutes: plan } }));
    expect((await screen.findByTestId('stops-summary')).textContent).toBe('2 packages out for delivery at DEP-MUC (1 without destination coordinates left out).');
    expect(seen.find((o) => operationName(o) === 'DashboardDepotStops')?.variables).toMatchObject({ filter: { status: ['OUT_FOR_DELIVERY'], facility: ['DEP-MUC'] } });
    expect(drawn.pending).toEqual([
      { lat: 48.15, lon: 11.6, label: 'TRK-1' },
      { lat: 48.1, lon: 11.5, label: 'TRK-2' },
    ]);

    fireEvent.change(screen.getByLabelText('Vehicles'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Capacity per vehicle'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan routes' }));
    const table = await screen.findByTestId('vehicle-route');
    const mutation = seen.find((o) => o.kind === 'mutation');
    expect(mutation?.variables).toMatchObject({
      input: {
        depot: { lat: 48.14, lon: 11.58 },
        fleet: { count: 2, capacity: 10, speedKmh: 30 },
        timeLimitSeconds: 2,
        stops: [
          { id: 'p1', lat: 48.15, lon: 11.6, demand: 1, serviceMinutes: 5, windowEnd: expect.any(String) },
          { id: 'p2', lat: 48.1, lon: 11.5, demand: 1, serviceMinutes: 5 },
        ],
      },
    });
    const input = (mutation?.variables as { input: { startAt: string; endAt: string; stops: { windowEnd?: string }[] } }).input;
    expect(Date.parse(input.endAt) - Date.parse(input.startAt)).toBe(8 * 3_600_000);
    expect(Date.parse(input.stops[0]!.windowEnd!) - Date.now()).toBeCloseTo(3 * 3_600_000, -4);
    expect(input.stops[1]).not.toHaveProperty('windowEnd');

    expect(screen.getByTestId('plan-summary').textContent).toMatch(/^1 vehicle serves all 2 stops, 21.4 km in total; the last one is back in 2 h\.$/);
    expect(within(table).getByText(/Vehicle 1/).textContent).toContain('2 stops · load 2 · 21.4 km');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(['TRK-2', 'TRK-1']);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('#/packages/p2');
    expect(rows[0]!.textContent).toContain('Street 2');
    expect(rows[0]!.textContent).toMatch(/in 30 min/);
    // On board when it arrives: both parcels at the first stop, one at the second.
    expect(rows.map((r) => r.querySelectorAll('td')[2]?.textContent)).toEqual(['2', '1']);
    // Slack until the promise (TRK-1, arriving in an hour, promised in three), else the end of the working day.
    const slack = (row: HTMLElement) => row.querySelectorAll('td')[5]?.textContent;
    expect(slack(rows[1]!)).toBe('2 h');
    expect(rows[1]!.textContent).toMatch(/promised by/);
    expect(Number(/(\d+) h/.exec(slack(rows[0]!) ?? '')?.[1])).toBeGreaterThanOrEqual(7);
    expect(drawn.routes).toEqual([{ vehicle: 1, color: expect.any(String), stops: [expect.objectContaining({ label: 'TRK-2' }), expect.objectContaining({ label: 'TRK-1' })] }]);
  });

  it('says in the depot picker how many packages are out for delivery at each facility', async () => {
    const seen = renderView(() => {
      throw new Error('nothing else is asked');
    });
    const picker = (await screen.findByLabelText('Depot')) as HTMLSelectElement;
    await vi.waitFor(() => expect(picker.options.length).toBeGreaterThan(1));
    expect([...picker.querySelectorAll('optgroup')].map((group) => [group.label, [...group.querySelectorAll('option')].map((o) => o.textContent)])).toEqual([
      ['Depots', ['DEP-MUC — Munich depot · 3 out', 'DEP-HAM — Hamburg depot · none out']],
      ['Other facilities', ['HUB-FRA — Frankfurt hub · 1 out']],
    ]);
    // The chosen one is also spelled out in full under the picker (a phone's closed select shows little).
    expect(screen.getByTestId('depot-chosen').textContent).toBe('Munich depot (DEP-MUC): 3 packages out for delivery');
    expect(picker.getAttribute('aria-describedby')).toBe('route-depot-chosen');
    expect(seen.find((o) => operationName(o) === 'DashboardRoutePlannerFacilities')?.query.loc?.source.body).toMatch(/packageCountsByFacility\(status: \[OUT_FOR_DELIVERY\]\)/);
  });

  it.each([
    ['SERVICE_BUSY', 'busy', {}, /Every route solver is busy/],
    ['FORBIDDEN', 'refused', {}, /needs an operator or admin key/],
    ['UNPROCESSABLE', 'FLEET_TOO_SMALL: the stops need 4 vehicles within their time windows; the fleet has 3', { reason: 'FLEET_TOO_SMALL' }, /Not enough vehicles: the stops need 4 vehicles/],
    ['UNPROCESSABLE', 'UNREACHABLE_TIME_WINDOW: customer p1 cannot be reached before its due time', { reason: 'UNREACHABLE_TIME_WINDOW' }, /No plan can serve these stops: UNREACHABLE_TIME_WINDOW: TRK-1 cannot be reached/],
  ])('says clearly when the planner answers %s (%s)', async (code, text, extensions, message) => {
    renderView((operation) => makeResult(operation, { errors: [new GraphQLError(text, { extensions: { code, ...extensions } })] }));
    await screen.findByTestId('stops-summary');
    fireEvent.click(screen.getByRole('button', { name: 'Plan routes' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(message);
    expect(screen.queryByTestId('vehicle-route')).toBeNull();
  });

  it('plans an uploaded Solomon file placed around the depot, with the fleet the file gives', async () => {
    const seen = renderView((operation) => makeResult(operation, { data: { planDeliveryRoutes: { ...plan, routes: [], vehicles: 0, distanceKm: 0 } } }));
    await screen.findByTestId('stops-summary');
    fireEvent.click(screen.getByLabelText('A Solomon or VRPLIB file'));
    const text = 'TINY\nVEHICLE\nNUMBER CAPACITY\n 3 70\nCUSTOMER\n 0 40 50 0 0 600 0\n 1 50 50 10 60 120 15\n';
    fireEvent.change(screen.getByLabelText('Instance file'), { target: { files: [new File([text], 'tiny.txt', { type: 'text/plain' })] } });
    await vi.waitFor(() => expect(screen.getByTestId('stops-summary').textContent).toBe('Solomon instance TINY: 1 customers, 3 vehicles of 70 in the file.'));
    expect((screen.getByLabelText('Vehicles') as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText('Capacity per vehicle') as HTMLInputElement).value).toBe('70');
    fireEvent.click(screen.getByRole('button', { name: 'Plan routes' }));
    await vi.waitFor(() => expect(seen.some((o) => o.kind === 'mutation')).toBe(true));
    const input = (seen.find((o) => o.kind === 'mutation')?.variables as { input: { fleet: unknown; stops: { id: string; demand: number; serviceMinutes: number }[]; startAt: string; endAt: string } }).input;
    expect(input.fleet).toEqual({ count: 3, capacity: 70, speedKmh: 60 });
    expect(input.stops).toMatchObject([{ id: '1', demand: 10, serviceMinutes: 15 }]);
    expect(Date.parse(input.endAt) - Date.parse(input.startAt)).toBe(600 * 60_000);
  });
});
