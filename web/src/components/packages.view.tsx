import { useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { DashboardPackagesQuery, PackageFilter, PackageSortField, SortDirection } from '../__generated__/graphql';
import { downloadExport } from '../api/download';
import { PACKAGE_STATUSES } from '../api/operations';
import { useLiveQuery } from '../live/live-updates';
import { formatDateTime, formatLocation, formatRelative } from './display-format';
import { EnumSelect } from './enum-select';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { TotalCount } from './total-count';
import { hrefFor, replaceParams } from './use-hash-route';

const PAGE_SIZE = 50;

const PackagesQuery = graphql(`
  query DashboardPackages($filter: PackageFilter, $sort: PackageSort, $first: Int, $after: String) {
    packages(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountEstimated
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          trackingNumber
          carrier
          status
          lastEventAt
          promisedDeliveryAt
          createdAt
          currentLocation {
            facilityCode
            name
          }
        }
      }
    }
  }
`);

const CarriersQuery = graphql(`
  query DashboardCarriers {
    packageStats {
      byCarrier {
        carrier
        count
      }
    }
  }
`);

type PackageRow = DashboardPackagesQuery['packages']['edges'][number]['node'];

/** Debounces typing so a search runs when the operator pauses, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The filter as the URL says it (status, carrier, q, sort, dir), so a view can be shared. */
export function filterFromParams(params: URLSearchParams): PackageFilter {
  const status = params.get('status');
  const carrier = params.get('carrier');
  const q = params.get('q')?.trim();
  return {
    ...(status ? { status: status.split(',') as PackageFilter['status'] } : {}),
    ...(carrier ? { carrier: carrier.split(',') } : {}),
    ...(q ? { q } : {}),
  };
}

const SORT_FIELDS: readonly PackageSortField[] = ['CREATED_AT', 'UPDATED_AT', 'TRACKING_NUMBER', 'STATUS', 'CARRIER', 'PROMISED_DELIVERY_AT', 'LAST_EVENT_AT', 'CURRENT_FACILITY'];

/** The sort as the URL says it (sort, dir); an unknown value (an old or hand-edited link) falls back to newest first. */
export function sortFromParams(params: URLSearchParams): { field: PackageSortField; direction: SortDirection } {
  const field = SORT_FIELDS.find((f) => f === params.get('sort')) ?? 'CREATED_AT';
  return { field, direction: params.get('dir') === 'ASC' ? 'ASC' : 'DESC' };
}

/** The package list: filters and sort in the URL, free-text search, keyset pagination ("Load more"), export. */
export function PackagesView({ params }: { params: URLSearchParams }) {
  const [search, setSearch] = useState(params.get('q') ?? '');
  const q = useDebounced(search.trim(), 300);
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    replaceParams('#/packages', next);
  };
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParam('q', q);
    // Only the settled search text writes the URL.
  }, [q]);

  const filter = filterFromParams(params);
  const sort = sortFromParams(params);
  const variables = { filter, sort, first: PAGE_SIZE };
  // The first page follows live updates; pages fetched with "Load more" are appended until the filter changes.
  const [first] = useLiveQuery({ query: PackagesQuery, variables });
  const [carriers] = useQuery({ query: CarriersQuery });
  const client = useClient();
  const [more, setMore] = useState<{ rows: PackageRow[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [problem, setProblem] = useState<Error>();
  const key = JSON.stringify(variables);
  useEffect(() => setMore(null), [key]);

  const page = first.data?.packages;
  const rows = [...(page?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const hasNextPage = more ? more.hasNextPage : (page?.pageInfo.hasNextPage ?? false);
  const endCursor = more ? more.endCursor : (page?.pageInfo.endCursor ?? null);

  async function loadMore() {
    setLoadingMore(true);
    setProblem(undefined);
    const next = await client.query(PackagesQuery, { ...variables, after: endCursor }, { requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    if (next.error || !next.data) return setProblem(next.error ?? new Error('No data'));
    const nextPage = next.data.packages;
    setMore((current) => ({
      rows: [...(current?.rows ?? []), ...nextPage.edges.map((e) => e.node)],
      endCursor: nextPage.pageInfo.endCursor,
      hasNextPage: nextPage.pageInfo.hasNextPage,
    }));
  }

  async function exportAs(format: 'csv' | 'ndjson') {
    setProblem(undefined);
    const query = new URLSearchParams({ format });
    for (const name of ['status', 'carrier', 'q']) {
      const value = params.get(name);
      if (value) query.set(name, value);
    }
    try {
      await downloadExport(`/api/v1/packages/export?${query.toString()}`, `packages.${format}`);
    } catch (error) {
      setProblem(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function toggleSort(field: PackageSortField) {
    const next = new URLSearchParams(params);
    next.set('sort', field);
    next.set('dir', sort.field === field && sort.direction === 'ASC' ? 'DESC' : 'ASC');
    replaceParams('#/packages', next);
  }

  const sortHeader = (field: PackageSortField, label: string) => {
    const active = sort.field === field;
    return (
      <th aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort" onClick={() => toggleSort(field)}>
          {label} <span aria-hidden="true">{active ? (sort.direction === 'ASC' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section>
      <div className="row-between">
        <h2>Packages {page && <TotalCount count={page.totalCount} estimated={page.totalCountEstimated} testId="packages-total" />}</h2>
        <div className="button-row">
          <a className="button primary" href={hrefFor.newPackage}>
            New package
          </a>
          <a className="button" href={hrefFor.import}>
            Import
          </a>
          <button type="button" onClick={() => void exportAs('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={() => void exportAs('ndjson')}>
            Export NDJSON
          </button>
        </div>
      </div>
      <div className="toolbar">
        <input type="search" placeholder="Search tracking number, reference, recipient, city" aria-label="Search packages" value={search} onChange={(e) => setSearch(e.target.value)} />
        <EnumSelect label="Status" allLabel="All statuses" values={PACKAGE_STATUSES} value={params.get('status') ?? ''} onChange={(v) => setParam('status', v)} />
        <select aria-label="Carrier" value={params.get('carrier') ?? ''} onChange={(e) => setParam('carrier', e.target.value)}>
          <option value="">All carriers</option>
          {carriers.data?.packageStats.byCarrier.map((c) => (
            <option key={c.carrier} value={c.carrier}>
              {c.carrier} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <QueryFeedback error={first.error ?? problem} loading={first.fetching && !first.data} />
      {page && (
        <div className="card table-card">
          <table className="packages-table stack">
            <thead>
              <tr>
                {sortHeader('TRACKING_NUMBER', 'Tracking number')}
                {sortHeader('CARRIER', 'Carrier')}
                {sortHeader('STATUS', 'Status')}
                {sortHeader('CURRENT_FACILITY', 'Current location')}
                {sortHeader('LAST_EVENT_AT', 'Last event')}
                {sortHeader('PROMISED_DELIVERY_AT', 'Promised')}
                {sortHeader('CREATED_AT', 'Created')}
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={7} className="muted empty">
                    No packages match.
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.id} className="clickable" onClick={() => (location.hash = hrefFor.package(row.id))}>
                  <td className="span2" data-label="Tracking number">
                    <a href={hrefFor.package(row.id)} className="mono">
                      {row.trackingNumber}
                    </a>
                  </td>
                  <td data-label="Carrier">{row.carrier}</td>
                  <td data-label="Status">
                    <Badge value={row.status} />
                  </td>
                  <td className="span2" data-label="Current location">{formatLocation(row.currentLocation) ?? <span className="muted">—</span>}</td>
                  <td data-label="Last event" title={formatDateTime(row.lastEventAt)}>{formatRelative(row.lastEventAt)}</td>
                  <td data-label="Promised" title={formatDateTime(row.promisedDeliveryAt)}>{formatRelative(row.promisedDeliveryAt)}</td>
                  <td data-label="Created" title={formatDateTime(row.createdAt)}>{formatRelative(row.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasNextPage && (
        <button type="button" className="load-more" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
