import { useEffect, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { ServiceLevel, type AtRiskFilter, type DashboardAtRiskQuery } from '../__generated__/graphql';
import { useLiveQuery } from '../live/live-updates';
import { formatDateTime, formatLateness, formatPercent, formatRelative, humanize } from './display-format';
import { EnumSelect } from './enum-select';
import { QueryFeedback } from './query-feedback';
import { hrefFor, replaceParams } from './use-hash-route';
import { WhatIfPanel } from './what-if.panel';

const PAGE_SIZE = 50;
const HORIZONS = [12, 24, 48, 72, 168] as const;
const MIN_RISKS = [0.2, 0.5, 0.8] as const;
const COHORT_SIZE = 10;

const AtRiskQuery = graphql(`
  query DashboardAtRisk($filter: AtRiskFilter, $horizonHours: Float, $first: Int, $after: String) {
    atRiskPackages(filter: $filter, horizonHours: $horizonHours, first: $first, after: $after) {
      totalCount
      partial
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          risk
          promisedDeliveryAt
          reason
          package {
            id
            trackingNumber
            carrier
            serviceLevel
            currentLocation {
              facilityCode
            }
          }
          eta {
            p50
            p90
            basis
          }
          slowStage {
            label
            elapsedHours
            typicalHours
            excessHours
            slowdown
            slow
          }
        }
      }
    }
  }
`);

const AtRiskOptions = graphql(`
  query DashboardAtRiskOptions {
    packageStats {
      byCarrier {
        carrier
      }
    }
    facilities {
      code
      name
    }
  }
`);

const InvestigatePrediction = graphql(`
  mutation DashboardInvestigatePrediction($packageId: ID!) {
    investigatePrediction(packageId: $packageId) {
      id
      kind
      state
    }
  }
`);

const InvestigateAtRisk = graphql(`
  mutation DashboardInvestigateAtRisk($filter: AtRiskFilter, $horizonHours: Float, $first: Int) {
    investigateAtRisk(filter: $filter, horizonHours: $horizonHours, first: $first) {
      id
      kind
      state
    }
  }
`);

type AtRiskRow = DashboardAtRiskQuery['atRiskPackages']['edges'][number]['node'];
type SlowStage = NonNullable<AtRiskRow['slowStage']>;

/** The URL's filter (carrier, facility, service, horizon, risk) as the query's variables, so a view can be shared. */
export function atRiskVariables(params: URLSearchParams): { filter: AtRiskFilter; horizonHours: number } {
  const carrier = params.get('carrier');
  const facility = params.get('facility');
  const service = params.get('service');
  const horizon = Number(params.get('horizon') ?? 48);
  const minRisk = Number(params.get('risk') ?? 0.2);
  return {
    filter: {
      ...(carrier ? { carrier: [carrier] } : {}),
      ...(facility ? { facilityCode: [facility] } : {}),
      ...(service ? { serviceLevel: [service as ServiceLevel] } : {}),
      minRisk: Number.isFinite(minRisk) ? minRisk : 0.2,
    },
    horizonHours: Number.isFinite(horizon) && horizon > 0 ? horizon : 48,
  };
}

/** "+18 h over the usual 2 h (3.0× slower now)": what makes the stage slow, in the row's words. */
function slowness(stage: SlowStage): string {
  const h = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} h`;
  if (!stage.slow) return `longest stage ahead, ${h(stage.typicalHours)} usually`;
  const parts = [`+${h(stage.excessHours)} over the usual ${h(stage.typicalHours)}`];
  if (stage.slowdown > 1) parts.push(`${stage.slowdown.toFixed(1)}× slower now`);
  return parts.join(', ');
}

/** Moving packages most likely to miss their promise, ranked, with the slow stage named; one click investigates. */
export function AtRiskView({ params }: { params: URLSearchParams }) {
  const { filter, horizonHours } = atRiskVariables(params);
  const variables = { filter, horizonHours, first: PAGE_SIZE };
  const [first] = useLiveQuery({ query: AtRiskQuery, variables });
  const [options] = useQuery({ query: AtRiskOptions });
  const client = useClient();
  const [more, setMore] = useState<{ rows: AtRiskRow[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [problem, setProblem] = useState<Error>();
  const [notice, setNotice] = useState<{ text: string; href?: string }>();
  const [, investigate] = useMutation(InvestigatePrediction);
  const [, investigateCohort] = useMutation(InvestigateAtRisk);
  const key = JSON.stringify(variables);
  useEffect(() => setMore(null), [key]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    replaceParams('#/at-risk', next);
  };

  const page = first.data?.atRiskPackages;
  const rows = [...(page?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const hasNextPage = more ? more.hasNextPage : (page?.pageInfo.hasNextPage ?? false);

  async function loadMore() {
    const after = more ? more.endCursor : (page?.pageInfo.endCursor ?? null);
    const next = await client.query(AtRiskQuery, { ...variables, after }, { requestPolicy: 'network-only' }).toPromise();
    if (next.error || !next.data) return setProblem(next.error ?? new Error('No data'));
    const nextPage = next.data.atRiskPackages;
    setMore((current) => ({
      rows: [...(current?.rows ?? []), ...nextPage.edges.map((e) => e.node)],
      endCursor: nextPage.pageInfo.endCursor,
      hasNextPage: nextPage.pageInfo.hasNextPage,
    }));
  }

  async function startOne(row: AtRiskRow) {
    setProblem(undefined);
    setNotice(undefined);
    const result = await investigate({ packageId: row.package.id });
    if (result.error) setProblem(result.error);
    else setNotice({ text: `Prediction for ${row.package.trackingNumber} started: follow it on the package page.`, href: hrefFor.package(row.package.id) });
  }

  async function startCohort() {
    setProblem(undefined);
    setNotice(undefined);
    const result = await investigateCohort({ filter, horizonHours, first: COHORT_SIZE });
    if (result.error) setProblem(result.error);
    else setNotice({ text: `Predictions started for the ${result.data?.investigateAtRisk.length ?? 0} packages most at risk.` });
  }

  return (
    <section>
      <h2>At risk {page && <span className="muted count-total">{page.totalCount}</span>}</h2>
      <p className="muted small">
        Moving packages whose promise falls within the horizon, most likely to miss it first (from the same ETA as each package&apos;s page).
      </p>
      <WhatIfPanel facilities={options.data?.facilities ?? []} params={params} />
      <div className="toolbar">
        <select aria-label="Horizon" value={String(horizonHours)} onChange={(e) => setParam('horizon', e.target.value === '48' ? '' : e.target.value)}>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              Promised within {h} h
            </option>
          ))}
        </select>
        <select aria-label="Minimum risk" value={String(filter.minRisk)} onChange={(e) => setParam('risk', e.target.value === '0.2' ? '' : e.target.value)}>
          {MIN_RISKS.map((r) => (
            <option key={r} value={r}>
              Risk ≥ {formatPercent(r)}
            </option>
          ))}
        </select>
        <select aria-label="Carrier" value={params.get('carrier') ?? ''} onChange={(e) => setParam('carrier', e.target.value)}>
          <option value="">All carriers</option>
          {params.get('carrier') && !options.data?.packageStats.byCarrier.some((c) => c.carrier === params.get('carrier')) && <option value={params.get('carrier') ?? ''}>{params.get('carrier')}</option>}
          {options.data?.packageStats.byCarrier.map((c) => (
            <option key={c.carrier} value={c.carrier}>
              {c.carrier}
            </option>
          ))}
        </select>
        <select aria-label="Facility" value={params.get('facility') ?? ''} onChange={(e) => setParam('facility', e.target.value)}>
          <option value="">All facilities</option>
          {params.get('facility') && !options.data?.facilities.some((f) => f.code === params.get('facility')) && <option value={params.get('facility') ?? ''}>{params.get('facility')}</option>}
          {options.data?.facilities.map((f) => (
            <option key={f.code} value={f.code}>
              {f.code} {f.name ? `— ${f.name}` : ''}
            </option>
          ))}
        </select>
        <EnumSelect label="Service level" allLabel="All service levels" values={Object.values(ServiceLevel)} value={params.get('service') ?? ''} onChange={(v) => setParam('service', v)} />
        {rows.length > 0 && (
          <button type="button" className="small-button" onClick={() => void startCohort()}>
            Investigate top {Math.min(COHORT_SIZE, page?.totalCount ?? COHORT_SIZE)}
          </button>
        )}
      </div>
      <QueryFeedback error={first.error ?? problem} loading={first.fetching && !first.data} />
      {notice && (
        <p className="notice" role="status">
          {notice.text} {notice.href && <a href={notice.href}>Open the package</a>}
        </p>
      )}
      {page?.partial && <p className="muted small">More packages matched than one request assesses: narrow the filter or the horizon.</p>}
      {page && rows.length === 0 && <p className="card muted empty">No package is likely to miss its promise within {horizonHours} h.</p>}
      {page && rows.length > 0 && (
        <div className="card table-card">
          <table className="stack">
            <thead>
              <tr>
                <th>#</th>
                <th>Package</th>
                <th>Risk</th>
                <th>Slow stage</th>
                <th>ETA (p50–p90) vs promise</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.package.id} data-testid="at-risk-row">
                  <td className="muted" data-label="#">{index + 1}</td>
                  <td className="span2" data-label="Package">
                    <a className="mono" href={hrefFor.package(row.package.id)}>
                      {row.package.trackingNumber}
                    </a>
                    <div className="muted small">
                      {row.package.carrier} · {humanize(row.package.serviceLevel)}
                      {row.package.currentLocation?.facilityCode ? ` · at ${row.package.currentLocation.facilityCode}` : ''}
                    </div>
                  </td>
                  <td data-label="Risk">
                    <strong className={row.risk >= 0.5 ? 'risk-high' : 'risk-medium'}>{formatPercent(row.risk)}</strong>
                  </td>
                  <td className="wrap" data-label="Slow stage" title={row.reason}>
                    {row.slowStage ? (
                      <>
                        <strong>{row.slowStage.label}</strong>
                        <div className="muted small">{slowness(row.slowStage)}</div>
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="span2" data-label="ETA vs promise" title={`p50 ${formatDateTime(row.eta.p50)}, p90 ${formatDateTime(row.eta.p90)}, promised ${formatDateTime(row.promisedDeliveryAt)}`}>
                    {formatRelative(row.eta.p50)} – {formatRelative(row.eta.p90)}
                    <div className="muted small">
                      promised {formatRelative(row.promisedDeliveryAt)}
                      {formatLateness(row.eta.p50, row.promisedDeliveryAt) ? ` · ${formatLateness(row.eta.p50, row.promisedDeliveryAt)}` : ''}
                    </div>
                  </td>
                  <td className="actions">
                    <button type="button" className="small-button" onClick={() => void startOne(row)} aria-label={`Investigate ${row.package.trackingNumber}`}>
                      Investigate
                    </button>
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
