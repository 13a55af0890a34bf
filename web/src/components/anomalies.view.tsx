import { useEffect, useMemo, useState } from 'react';
import { request } from '../api/graphql-client';
import type { Capabilities } from '../api/capabilities';
import { ANOMALIES_QUERY, ANOMALY_ACTIONS, ANOMALY_STATES, ANOMALY_TYPES, anomalyActionMutation, type AnomaliesResult } from '../api/operations';
import { useQuery } from '../api/use-query';
import { formatDateTime, formatPercent, formatRelative, humanize } from './display-format';
import { EnumSelect } from './enum-select';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

const PAGE_SIZE = 50;
type AnomalyRow = AnomaliesResult['anomalies']['edges'][number]['node'];

/** Detected anomalies across the organization, newest first, filterable by type and state. */
export function AnomaliesView({ refreshKey, capabilities }: { refreshKey: number; capabilities: Capabilities }) {
  const [type, setType] = useState('');
  const [state, setState] = useState('OPEN');
  const filter = useMemo(() => ({ ...(type ? { type: [type] } : {}), ...(state ? { state: [state] } : {}) }), [type, state]);
  const first = useQuery<AnomaliesResult>(ANOMALIES_QUERY, { filter, first: PAGE_SIZE }, refreshKey);
  const [more, setMore] = useState<{ rows: AnomalyRow[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [moreError, setMoreError] = useState<Error>();
  const [actionError, setActionError] = useState<Error>();
  useEffect(() => setMore(null), [filter]);
  const actions = ANOMALY_ACTIONS.filter((action) => capabilities.mutations.has(action.mutation));

  async function triage(mutation: string, id: string) {
    setActionError(undefined);
    try {
      await request(anomalyActionMutation(mutation), { id });
      setMore(null);
      first.reload();
    } catch (error) {
      setActionError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  const page = first.data?.anomalies;
  const rows = [...(page?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const hasNextPage = more ? more.hasNextPage : (page?.pageInfo.hasNextPage ?? false);

  async function loadMore() {
    setMoreError(undefined);
    try {
      const after = more ? more.endCursor : (page?.pageInfo.endCursor ?? null);
      const next = await request<AnomaliesResult>(ANOMALIES_QUERY, { filter, first: PAGE_SIZE, after });
      setMore((current) => ({
        rows: [...(current?.rows ?? []), ...next.anomalies.edges.map((e) => e.node)],
        endCursor: next.anomalies.pageInfo.endCursor,
        hasNextPage: next.anomalies.pageInfo.hasNextPage,
      }));
    } catch (error) {
      setMoreError(error instanceof Error ? error : new Error(String(error)));
    }
  }

  return (
    <section>
      <h2>Anomalies {page && <span className="muted count-total">{page.totalCount}</span>}</h2>
      <div className="toolbar">
        <EnumSelect label="Type" allLabel="All types" values={ANOMALY_TYPES} value={type} onChange={setType} />
        <EnumSelect label="State" allLabel="All states" values={ANOMALY_STATES} value={state} onChange={setState} />
      </div>
      <QueryFeedback error={first.error ?? actionError} loading={first.loading && !first.data} />
      {page && (
        <div className="card table-card">
          <table>
            <thead>
              <tr>
                <th>Type</th>
                <th>Severity</th>
                <th>State</th>
                <th>Package / facility</th>
                <th>Summary</th>
                <th>Detected</th>
                {actions.length > 0 && <th />}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6 + (actions.length > 0 ? 1 : 0)} className="muted empty">
                    No anomalies match.
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{humanize(row.type)}</td>
                  <td>
                    <Badge value={row.severity} kind="severity" />
                  </td>
                  <td>
                    <Badge value={row.state} kind="state" />
                  </td>
                  <td>
                    {row.package ? (
                      <a className="mono" href={hrefFor.package(row.package.id)}>
                        {row.package.trackingNumber}
                      </a>
                    ) : (
                      (row.facilityCode ?? '—')
                    )}
                  </td>
                  <td className="wrap">
                    {row.summary} <span className="muted small">({formatPercent(row.confidence)})</span>
                  </td>
                  <td title={formatDateTime(row.detectedAt)}>{formatRelative(row.detectedAt)}</td>
                  {actions.length > 0 && (
                    <td>
                      <div className="row-actions">
                        {actions
                          .filter((action) => (action.from as readonly string[]).includes(row.state))
                          .map((action) => (
                            <button key={action.mutation} type="button" className="small-button" onClick={() => void triage(action.mutation, row.id)}>
                              {action.label}
                            </button>
                          ))}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <QueryFeedback error={moreError} loading={false} />
      {hasNextPage && (
        <button type="button" className="load-more" onClick={() => void loadMore()}>
          Load more
        </button>
      )}
    </section>
  );
}
