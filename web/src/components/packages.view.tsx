import { useEffect, useMemo, useState } from 'react';
import { request } from '../api/graphql-client';
import { CARRIERS_QUERY, PACKAGE_STATUSES, PACKAGES_QUERY, type CarriersResult, type PackageRow, type PackagesResult } from '../api/operations';
import { useQuery } from '../api/use-query';
import { formatDateTime, formatLocation, formatRelative } from './display-format';
import { EnumSelect } from './enum-select';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

const PAGE_SIZE = 50;

/** Debounces typing so a search runs when the operator pauses, not on every key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The package list: filters, free-text search and keyset pagination ("Load more"). */
export function PackagesView({ refreshKey }: { refreshKey: number }) {
  const [status, setStatus] = useState('');
  const [carrier, setCarrier] = useState('');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const filter = useMemo(
    () => ({ ...(status ? { status: [status] } : {}), ...(carrier ? { carrier: [carrier] } : {}), ...(q ? { q } : {}) }),
    [status, carrier, q],
  );
  // The first page follows live updates; pages fetched with "Load more" are appended until the filter changes.
  const first = useQuery<PackagesResult>(PACKAGES_QUERY, { filter, first: PAGE_SIZE }, refreshKey);
  const carriers = useQuery<CarriersResult>(CARRIERS_QUERY, {}, refreshKey);
  const [more, setMore] = useState<{ rows: PackageRow[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();
  useEffect(() => setMore(null), [filter]);

  const page = first.data?.packages;
  const rows = [...(page?.edges.map((e) => e.node) ?? []), ...(more?.rows ?? [])];
  const hasNextPage = more ? more.hasNextPage : (page?.pageInfo.hasNextPage ?? false);
  const endCursor = more ? more.endCursor : (page?.pageInfo.endCursor ?? null);

  async function loadMore() {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const next = await request<PackagesResult>(PACKAGES_QUERY, { filter, first: PAGE_SIZE, after: endCursor });
      setMore((current) => ({
        rows: [...(current?.rows ?? []), ...next.packages.edges.map((e) => e.node)],
        endCursor: next.packages.pageInfo.endCursor,
        hasNextPage: next.packages.pageInfo.hasNextPage,
      }));
    } catch (error) {
      setMoreError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <section>
      <h2>Packages {page && <span className="muted count-total" data-testid="packages-total">{page.totalCount}</span>}</h2>
      <div className="toolbar">
        <input type="search" placeholder="Search tracking number, reference, recipient" aria-label="Search packages" value={search} onChange={(e) => setSearch(e.target.value)} />
        <EnumSelect label="Status" allLabel="All statuses" values={PACKAGE_STATUSES} value={status} onChange={setStatus} />
        <select aria-label="Carrier" value={carrier} onChange={(e) => setCarrier(e.target.value)}>
          <option value="">All carriers</option>
          {carriers.data?.packageStats.byCarrier.map((c) => (
            <option key={c.carrier} value={c.carrier}>
              {c.carrier} ({c.count})
            </option>
          ))}
        </select>
      </div>
      <QueryFeedback error={first.error} loading={first.loading && !first.data} />
      {page && (
        <div className="card table-card">
          <table className="packages-table">
            <thead>
              <tr>
                <th>Tracking number</th>
                <th>Carrier</th>
                <th>Status</th>
                <th>Current location</th>
                <th>Last event</th>
                <th>Promised</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted empty">
                    No packages match.
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.id} className="clickable" onClick={() => (location.hash = hrefFor.package(row.id))}>
                  <td>
                    <a href={hrefFor.package(row.id)} className="mono">
                      {row.trackingNumber}
                    </a>
                  </td>
                  <td>{row.carrier}</td>
                  <td>
                    <Badge value={row.status} />
                  </td>
                  <td>{formatLocation(row.currentLocation)}</td>
                  <td title={formatDateTime(row.lastEventAt)}>{formatRelative(row.lastEventAt)}</td>
                  <td>{formatDateTime(row.promisedDeliveryAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <QueryFeedback error={moreError} loading={false} />
      {hasNextPage && (
        <button type="button" className="load-more" onClick={() => void loadMore()} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}
