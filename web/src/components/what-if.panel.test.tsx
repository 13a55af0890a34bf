// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { useHashRoute } from './use-hash-route';
import { WhatIfPanel } from './what-if.panel';

afterEach(cleanup);
beforeEach(() => history.replaceState(null, '', '#/at-risk?facility=HUB-FRA'));

const FACILITIES = [
  { code: 'HUB-FRA', name: 'Frankfurt hub' },
  { code: 'HUB-BER', name: 'Berlin hub' },
];

/** The panel as the At risk page mounts it: its params are the hash's, so a question written to the URL is read back. */
function AtRiskParams() {
  const route = useHashRoute();
  return <WhatIfPanel facilities={FACILITIES} params={route.view === 'at-risk' ? route.params : new URLSearchParams()} />;
}

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
const pkg = (n: number) => ({ __typename: 'Package', id: `p${n}`, trackingNumber: `TRK-${n}` });
const impact = (n: number, newlyLate: boolean) => ({
  __typename: 'WhatIfImpact',
  package: pkg(n),
  reachesAt: n === 1 ? hours(-1) : hours(3),
  delayHours: 6,
  p50: hours(10),
  p90: hours(14),
  newP50: hours(16),
  newP90: hours(20),
  promisedDeliveryAt: hours(12),
  newlyLate,
});
const whatIf = (affected: number) => ({
  __typename: 'WhatIfResult',
  facilityCode: 'HUB-FRA',
  until: hours(24),
  slowHours: 6,
  assessed: 40,
  partial: false,
  affected,
  newlyLate: affected > 0 ? 1 : 0,
  alreadyLate: 0,
  impacts: affected > 0 ? [impact(1, true), impact(2, false)] : [],
  reroutes: affected > 0 ? [{ __typename: 'WhatIfReroute', package: pkg(1), path: ['HUB-BER', 'HUB-LEJ', 'DEP-MUC'], p50: hours(11), savesHours: 5, onTimeProbability: 0.7 }] : [],
});

function open(answer: (operation: Operation) => ReturnType<typeof makeResult>, seen: Operation[] = []) {
  render(
    <Provider value={clientAnswering(answer, seen)}>
      <AtRiskParams />
    </Provider>,
  );
  return seen;
}

function ask(answer: (operation: Operation) => ReturnType<typeof makeResult>) {
  const seen = open(answer);
  fireEvent.change(screen.getByLabelText('Disruption'), { target: { value: 'slow' } });
  fireEvent.change(screen.getByLabelText('Hours slower'), { target: { value: '6' } });
  const askedBeforeRun = seen.filter((o) => o.kind === 'query').length;
  fireEvent.click(screen.getByRole('button', { name: 'Run what-if' }));
  return { seen, askedBeforeRun };
}

describe('what-if panel', () => {
  it('asks nothing until run, then shows who would miss the promise, their new ETA band and the best re-routes', async () => {
    const { seen, askedBeforeRun } = ask((operation) => makeResult(operation, { data: { whatIf: whatIf(2) } }));
    const summary = await screen.findByTestId('what-if-summary');
    expect(askedBeforeRun).toBe(0);
    const variables = seen.find((o) => o.kind === 'query')!.variables as { facilityCode: string; until: string; slowHours: number; first: number };
    expect(variables).toMatchObject({ facilityCode: 'HUB-FRA', slowHours: 6, first: 50 });
    expect(Date.parse(variables.until) - Date.now()).toBeGreaterThan(24 * 3_600_000 - 60_000);
    expect(summary.textContent).toMatch(/^Slowing HUB-FRA by 6.0 h until .+ \(in 24 h\) holds up 2 of the 40 moving packages: 1 would newly miss their promise\.$/);

    const rows = screen.getAllByTestId('what-if-impact');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'TRK-1' }).getAttribute('href')).toBe('#/packages/p1');
    expect(rows[0]!.textContent).toContain('newly late');
    expect(rows[1]!.textContent).not.toContain('newly late');
    expect(rows[1]!.textContent).toMatch(/in 3 h/);
    expect(rows[0]!.textContent).toMatch(/there now.*\+6\.0 h.*in 10 h – in 14 h.*in 16 h – in 20 h.*in 12 h.*4 h late/);
    const reroute = screen.getByTestId('what-if-reroute');
    expect(reroute.textContent).toMatch(/TRK-1.*HUB-BER → HUB-LEJ → DEP-MUC.*5\.0 h.*in 11 h.*70\.0 %/);
  });

  it('keeps the question in the URL beside the filters, and a shared link asks it again at once', async () => {
    const { seen } = ask((operation) => makeResult(operation, { data: { whatIf: whatIf(2) } }));
    await screen.findByTestId('what-if-summary');
    const asked = new URLSearchParams(location.hash.split('?')[1]);
    const variables = seen.find((o) => o.kind === 'query')!.variables as { until: string };
    expect(Object.fromEntries(asked)).toEqual({ facility: 'HUB-FRA', whatif: 'HUB-FRA', until: variables.until, slow: '6' });
    cleanup();

    const until = hours(48);
    history.replaceState(null, '', `#/at-risk?whatif=HUB-BER&until=${encodeURIComponent(until)}&slow=2.5`);
    const shared = open((operation) => makeResult(operation, { data: { whatIf: whatIf(2) } }));
    await screen.findByTestId('what-if-summary');
    expect(shared.find((o) => o.kind === 'query')!.variables).toEqual({ facilityCode: 'HUB-BER', until, slowHours: 2.5, first: 50 });
    expect((screen.getByLabelText('Facility to disrupt') as HTMLSelectElement).value).toBe('HUB-BER');
    expect((screen.getByLabelText('Disruption') as HTMLSelectElement).value).toBe('slow');
    expect((screen.getByLabelText('Hours slower') as HTMLInputElement).value).toBe('2.5');
  });

  it('asks nothing for a half-written question in the URL', () => {
    history.replaceState(null, '', '#/at-risk?whatif=HUB-FRA&until=tomorrow');
    const seen = open((operation) => makeResult(operation, { data: { whatIf: whatIf(2) } }));
    expect(seen.filter((o) => o.kind === 'query')).toHaveLength(0);
    expect((screen.getByLabelText('Facility to disrupt') as HTMLSelectElement).value).toBe('HUB-FRA');
  });

  it('says when nothing reaches the facility meanwhile', async () => {
    ask((operation) => makeResult(operation, { data: { whatIf: whatIf(0) } }));
    expect((await screen.findByText(/No moving package reaches HUB-FRA before then/)).textContent).toBeTruthy();
    expect(screen.queryByTestId('what-if-impact')).toBeNull();
  });

  it("shows the API's refusal", async () => {
    ask((operation) => makeResult(operation, { errors: [new GraphQLError('until must be at most 30 days ahead', { extensions: { code: 'BAD_USER_INPUT' } })] }));
    expect((await screen.findByRole('alert')).textContent).toBe('until must be at most 30 days ahead');
  });
});
