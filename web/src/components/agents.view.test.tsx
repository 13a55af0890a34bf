// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { Client, Provider, makeResult, type Exchange, type Operation } from 'urql';
import { map, pipe } from 'wonka';
import { AgentsView, stepDurations } from './agents.view';

afterEach(cleanup);

function clientAnswering(answer: (operation: Operation) => ReturnType<typeof makeResult>): Client {
  const exchange: Exchange = () => (operations$) => pipe(operations$, map(answer));
  return new Client({ url: '/graphql', exchanges: [exchange] });
}

const t0 = Date.parse('2026-12-03T08:00:00Z');
const at = (ms: number) => new Date(t0 + ms).toISOString();
const pkg = (n: number) => ({ __typename: 'Package', id: `p${n}`, trackingNumber: `TRK-${n}` });
const running = {
  __typename: 'Investigation',
  id: 'i1',
  kind: 'DELAY',
  state: 'RUNNING',
  error: null,
  createdAt: at(0),
  startedAt: at(0),
  completedAt: null,
  rootCause: null,
  package: pkg(1),
  trace: [
    { __typename: 'TraceStep', at: at(0), step: 'started', tool: null, summary: 'Investigation started (attempt 1)' },
    { __typename: 'TraceStep', at: at(250), step: 'tool', tool: 'get_timeline', summary: '3 events' },
  ],
};
const failed = { ...running, id: 'i2', state: 'FAILED', error: 'The package no longer exists', completedAt: at(400), package: pkg(2) };
const completed = { ...running, id: 'i3', state: 'COMPLETED', completedAt: at(1500), rootCause: { __typename: 'RootCauseFinding', cause: 'CUSTOMS', confidence: 0.8 }, package: pkg(3) };

function answer(data: { active: unknown[]; history: unknown[]; failures: unknown[] }) {
  return (operation: Operation) =>
    operation.kind === 'subscription'
      ? makeResult(operation, { data: { investigationProgress: { __typename: 'InvestigationProgress', key: 'k1', investigationId: 'i1', state: 'RUNNING', step: 'get_timeline: 3 events', at: at(250), package: pkg(1) } } })
      : makeResult(operation, { data: { __typename: 'Query', ...data } });
}

describe('agents page', () => {
  it('times each step up to the next one, and the last up to completion', () => {
    expect(stepDurations({ ...completed }, t0 + 10_000).map((s) => s.ms)).toEqual([250, 1250]);
    expect(stepDurations({ ...running }, t0 + 1000).map((s) => s.ms)).toEqual([250, 750]);
  });

  it('shows running steps with tools and durations, the live stream, history and failures with their reason', async () => {
    render(
      <Provider value={clientAnswering(answer({ active: [running], history: [failed, completed, running], failures: [failed] }))}>
        <AgentsView />
      </Provider>,
    );
    const runningList = await screen.findByTestId('agents-running');
    expect(runningList.textContent).toContain('TRK-1');
    expect(runningList.textContent).toContain('get_timeline');
    expect(runningList.textContent).toContain('250 ms');
    expect((await screen.findByTestId('agents-feed')).textContent).toContain('get_timeline: 3 events');
    const rows = within(screen.getByTestId('agents-history')).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toContain('The package no longer exists');
    expect(rows[2]!.textContent).toContain('Customs (80 %)');
    expect(rows[2]!.textContent).toContain('1.5 s');
    expect(screen.getByTestId('agents-failure-list').textContent).toContain('The package no longer exists');
    expect(screen.getByRole('link', { name: 'TRK-3' }).getAttribute('href')).toBe('#/packages/p3');
  });

  it('says when nothing ran yet', async () => {
    render(
      <Provider value={clientAnswering(answer({ active: [], history: [], failures: [] }))}>
        <AgentsView />
      </Provider>,
    );
    expect(await screen.findByText('No investigation is running. Start one from a package or an anomaly.')).toBeTruthy();
    expect(screen.getByText('No investigations yet.')).toBeTruthy();
    expect(screen.getByText('No failed investigations.')).toBeTruthy();
  });

  it('shows the API error instead of a blank page', async () => {
    const client = clientAnswering((operation) => makeResult(operation, { errors: [new GraphQLError('first must be between 1 and 200', { extensions: { code: 'BAD_USER_INPUT' } })] }));
    render(
      <Provider value={client}>
        <AgentsView />
      </Provider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('first must be between 1 and 200');
  });
});
