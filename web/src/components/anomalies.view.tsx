import { useEffect, useState } from 'react';
import { useClient, useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { AnomalyFilter, DashboardAnomaliesQuery } from '../__generated__/graphql';
import { ANOMALY_STATES, ANOMALY_TYPES } from '../api/operations';
import { useLiveQuery } from '../live/live-updates';
import { formatDateTime, formatPercent, formatRelative, humanize, localizeTimes } from './display-format';
import { EnumSelect } from './enum-select';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor, replaceParams } from './use-hash-route';

const PAGE_SIZE = 50;

const AnomaliesQuery = graphql(`
  query DashboardAnomalies($filter: AnomalyFilter, $first: Int, $after: String) {
    anomalies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          severity
          confidence
          summary
          state
          detectedAt
          facilityCode
          package {
            id
            trackingNumber
          }
        }
      }
    }
  }
`);

const AcknowledgeAnomaly = graphql(`
  mutation DashboardAcknowledgeAnomaly($id: ID!) {
    acknowledgeAnomaly(id: $id) {
      id
      state
    }
  }
`);
const ResolveAnomaly = graphql(`
  mutation DashboardResolveAnomaly($id: ID!) {
    resolveAnomaly(id: $id) {
      id
      state
    }
  }
`);
const InvestigateAnomaly = graphql(`
  mutation DashboardInvestigateAnomaly($packageId: ID!) {
    investigateAnomaly(packageId: $packageId) {
      id
      kind
      state
    }
  }
`);

type AnomalyRow = DashboardAnomaliesQuery['anomalies']['edges'][number]['node'];

/** Detected anomalies across the organization, newest first, filterable by type and state (in the URL). */
export function AnomaliesView({ params }: { params: URLSearchParams }) {
  const type = params.get('type') ?? '';
  const state = params.has('state') ? (params.get('state') ?? '') : 'OPEN';
  const filter: AnomalyFilter = { ...(type ? { type: [type as never] } : {}), ...(state ? { state: [state as never] } : {}) };
  const variables = { filter, first: PAGE_SIZE };
  const [first] = useLiveQuery({ query: AnomaliesQuery, variables });
  const client = useClient();
  const [more, setMore] = useState<{ rows: AnomalyRow[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [problem, setProblem] = useState<Error>();
  const [notice, setNotice] = useState<string>();
  const [, acknowledge] = useMutation(AcknowledgeAnomaly);
  const [, resolve] = useMutation(ResolveAnomaly);
  const [, investigate] = useMutation(InvestigateAnomaly);
  const key = JSON.stringify(variables);
  useEffect(() => setMore(null), [key]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    replaceParams('#/anomalies', next);
  };

  async function act(run: () => Promise<{ error?: Error }>, done?: string) {
    setProblem(undefined);
    setNotice(undefined);
    const result = await run();
    if (result.error) setProblem(result.error);
    else if (done) setNotice(done);
    setMore(null);
  }

  const page = first.data?.anomalies;
  const rows = [...(page?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const hasNextPage = more ? more.hasNextPage : (page?.pageInfo.hasNextPage ?? false);

  async function loadMore() {
    const after = more ? more.endCursor : (page?.pageInfo.endCursor ?? null);
    const next = await client.query(AnomaliesQuery, { ...variables, after }, { requestPolicy: 'network-only' }).toPromise();
    if (next.error || !next.data) return setProblem(next.error ?? new Error('No data'));
    const nextPage = next.data.anomalies;
    setMore((current) => ({
      rows: [...(current?.rows ?? []), ...nextPage.edges.map((e) => e.node)],
      endCursor: nextPage.pageInfo.endCursor,
      hasNextPage: nextPage.pageInfo.hasNextPage,
    }));
  }

  return (
    <section>
      <h2>Anomalies {page && <span className="muted count-total">{page.totalCount}</span>}</h2>
      <div className="toolbar">
        <EnumSelect label="Type" allLabel="All types" values={ANOMALY_TYPES} value={type} onChange={(v) => setParam('type', v)} />
        <EnumSelect label="State" allLabel="All states" values={ANOMALY_STATES} value={state} onChange={(v) => setParam('state', v)} />
      </div>
      <QueryFeedback error={first.error ?? problem} loading={first.fetching && !first.data} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {page && (
        <div className="card table-card">
          <table className="stack">
            <thead>
              <tr>
                <th>Type</th>
                <th>Severity</th>
                <th>State</th>
                <th>Package / facility</th>
                <th>Summary</th>
                <th>Detected</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={7} className="muted empty">
                    No anomalies match.
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.id}>
                  <td data-label="Type">{humanize(row.type)}</td>
                  <td data-label="Severity">
                    <Badge value={row.severity} kind="severity" />
                  </td>
                  <td data-label="State">
                    <Badge value={row.state} kind="state" />
                  </td>
                  <td data-label="Package / facility">
                    {row.package ? (
                      <a className="mono" href={hrefFor.package(row.package.id)}>
                        {row.package.trackingNumber}
                      </a>
                    ) : (
                      (row.facilityCode ?? '—')
                    )}
                  </td>
                  <td className="wrap" data-label="Summary">
                    {localizeTimes(row.summary)} <span className="muted small">({formatPercent(row.confidence)})</span>
                  </td>
                  <td data-label="Detected" title={formatDateTime(row.detectedAt)}>{formatRelative(row.detectedAt)}</td>
                  <td className="actions">
                    <div className="row-actions">
                      {row.package && (
                        <button
                          type="button"
                          className="small-button"
                          onClick={() => {
                            const pkg = row.package;
                            if (pkg) void act(() => investigate({ packageId: pkg.id }), `Investigation of ${pkg.trackingNumber} started: follow it on the package page.`);
                          }}
                        >
                          Investigate
                        </button>
                      )}
                      {row.state === 'OPEN' && (
                        <button type="button" className="small-button" onClick={() => void act(() => acknowledge({ id: row.id }))}>
                          Acknowledge
                        </button>
                      )}
                      {row.state !== 'RESOLVED' && (
                        <button type="button" className="small-button" onClick={() => void act(() => resolve({ id: row.id }))}>
                          Resolve
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasNextPage && (
        <button type="button" className="load-more" onClick={() => void loadMore()}>
          Load more
        </button>
      )}
    </section>
  );
}
