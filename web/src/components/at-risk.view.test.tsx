// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { AtRiskView, atRiskVariables } from './at-risk.view';

afterEach(cleanup);

function clientAnswering(answer: (operation: Operation) => ReturnType<typeof makeResult>, seen: Operation[]): Client {
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        seen.push(operation);
        return answer(operation);
      }),
    );
  return new Client({ url: '/graphql', exchanges: [exchange] });
}

const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const entry = (n: number, risk: number, stage: { label: string; excessHours: number; slowdown?: number }) => ({
  __typename: 'AtRiskPackage',
  risk,
  promisedDeliveryAt: hours(2),
  reason: `${stage.label} is slow.`,
  package: { __typename: 'Package', id: `p${n}`, trackingNumber: `TRK-${n}`, carrier: 'DHL', serviceLevel: 'EXPRESS', currentLocation: { __typename: 'Location', facilityCode: 'HUB-FRA' } },
  eta: { __typename: 'Eta', p50: hours(20), p90: hours(30), basis: 'LEARNED_PATH' },
  slowStage: { __typename: 'EtaStage', elapsedHours: 20, typicalHours: 2, slowdown: 1, slow: true, ...stage },
});

function answer(operation: Operation) {
  const name = operation.query.definitions.map((d) => ('name' in d ? d.name?.value : undefined)).find(Boolean);
  switch (name) {
    case 'DashboardAtRisk':
      return makeResult(operation, {
        data: {
          atRiskPackages: {
            __typename: 'AtRiskConnection',
            totalCount: 2,
            partial: false,
            pageInfo: { __typename: 'AtRiskPageInfo', hasNextPage: false, endCursor: 'c2' },
            edges: [
              { __typename: 'AtRiskEdge', node: entry(1, 0.97, { label: 'dwell at HUB-FRA', excessHours: 18 }) },
              { __typename: 'AtRiskEdge', node: entry(2, 0.4, { label: 'dwell at HUB-LEJ', excessHours: 3, slowdown: 2.5 }) },
            ],
          },
        },
      });
    case 'DashboardAtRiskOptions':
      return makeResult(operation, {
        data: { packageStats: { __typename: 'PackageStats', byCarrier: [{ __typename: 'CarrierCount', carrier: 'DHL' }] }, facilities: [{ __typename: 'Facility', code: 'HUB-FRA', name: 'Frankfurt hub' }] },
      });
    case 'DashboardInvestigatePrediction':
      return makeResult(operation, { data: { investigatePrediction: { __typename: 'Investigation', id: 'i1', kind: 'PREDICTION', state: 'QUEUED' } } });
    default:
      return makeResult(operation, { data: {} });
  }
}

describe('at-risk page', () => {
  it('reads its filter from the URL', () => {
    expect(atRiskVariables(new URLSearchParams('carrier=DHL&facility=HUB-FRA&service=EXPRESS&horizon=24&risk=0.5'))).toEqual({
      filter: { carrier: ['DHL'], facilityCode: ['HUB-FRA'], serviceLevel: ['EXPRESS'], minRisk: 0.5 },
      horizonHours: 24,
    });
    expect(atRiskVariables(new URLSearchParams(''))).toEqual({ filter: { minRisk: 0.2 }, horizonHours: 48 });
  });

  it('lists the ranking with the slow stage named and the ETA band against the promise; one click investigates', async () => {
    const seen: Operation[] = [];
    render(
      <Provider value={clientAnswering(answer, seen)}>
        <AtRiskView params={new URLSearchParams('carrier=DHL&horizon=24')} />
      </Provider>,
    );
    const rows = await screen.findAllByTestId('at-risk-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('TRK-1');
    expect(rows[0]!.textContent).toContain('97.0 %');
    expect(rows[0]!.textContent).toContain('dwell at HUB-FRA');
    expect(rows[0]!.textContent).toContain('+18 h over the usual 2.0 h');
    expect(rows[0]!.textContent).toMatch(/in 20 h – in 30 h/);
    expect(rows[0]!.textContent).toMatch(/promised in 2 h/);
    expect(rows[1]!.textContent).toContain('2.5× slower now');
    const query = seen.find((o) => o.kind === 'query' && o.variables && 'horizonHours' in o.variables);
    expect(query?.variables).toMatchObject({ horizonHours: 24, filter: { carrier: ['DHL'], minRisk: 0.2 } });

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Investigate TRK-1' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Prediction for TRK-1 started');
    expect(within(status).getByRole('link').getAttribute('href')).toBe('#/packages/p1');
    expect(seen.find((o) => o.kind === 'mutation')?.variables).toEqual({ packageId: 'p1' });
  });
});
