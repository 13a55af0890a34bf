import { graphql } from '../__generated__';
import { useLive, useLiveQuery } from '../live/live-updates';
import { EventsChart } from './bar-chart';
import { AnomalyMatrix, BusiestFacilities, OnTimeTrend } from './overview-panels';
import { formatHours, formatPercent } from './display-format';
import { QueryFeedback } from './query-feedback';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

const OverviewQuery = graphql(`
  query DashboardOverview {
    packageStats {
      total
      byStatus {
        status
        count
      }
      onTimeRate
      medianTransitHours
      p90TransitHours
      exceptions
    }
    eventHistogram(hours: 24, bucketMinutes: 5) {
      start
      count
    }
    openAnomalies: anomalies(filter: { state: [OPEN] }, first: 0) {
      totalCount
    }
    anomalyCounts(state: [OPEN]) {
      type
      severity
      count
    }
    onTimeByDay(days: 14) {
      day
      delivered
      promised
      onTime
      onTimeRate
    }
    busiestFacilities(hours: 24, first: 6) {
      facilityCode
      name
      events
      packages
    }
  }
`);

function Metric({ label, value, hint, href, testId }: { label: string; value: string | number; hint?: string; href?: string; testId: string }) {
  const body = (
    <>
      <span className="metric-label">{label}</span>
      <span className="metric-value" data-testid={testId}>
        {value}
      </span>
      {hint && <span className="metric-hint">{hint}</span>}
    </>
  );
  return href ? (
    <a className="card metric" href={href}>
      {body}
    </a>
  ) : (
    <div className="card metric">{body}</div>
  );
}

/** Headline numbers for the organization: volume, punctuality, transit times, trouble. */
export function OverviewView() {
  const [{ data, error, fetching }] = useLiveQuery({ query: OverviewQuery });
  const { metrics } = useLive();
  if (!data) return <QueryFeedback error={error} loading={fetching} />;
  const stats = data.packageStats;
  const byStatus = [...stats.byStatus].sort((a, b) => b.count - a.count);
  return (
    <section className="overview">
      <h2>Overview</h2>
      {error && <QueryFeedback error={error} loading={false} />}
      <div className="metrics">
        <Metric label="Packages" value={stats.total} href={hrefFor.packages()} testId="metric-total" />
        <Metric label="On time" value={formatPercent(stats.onTimeRate)} hint="delivered by the promise" testId="metric-on-time" />
        <Metric
          label="Transit time"
          value={formatHours(stats.medianTransitHours)}
          hint={`median · p90 ${formatHours(stats.p90TransitHours)}`}
          testId="metric-transit"
        />
        <Metric label="Exceptions" value={stats.exceptions} href={hrefFor.packages(new URLSearchParams({ status: 'EXCEPTION' }))} testId="metric-exceptions" />
        <Metric label="Open anomalies" value={data.openAnomalies.totalCount} href={hrefFor.anomalies()} testId="metric-anomalies" />
        {metrics && (
          <Metric label="Events / min" value={metrics.eventsPerMinute.toFixed(1)} hint={`live · ${metrics.activeTotal} packages active`} testId="metric-events-rate" />
        )}
      </div>
      <div className="overview-grid">
        <div className="card">
          <h3>Events per 5 minutes (by occurrence)</h3>
          <EventsChart points={data.eventHistogram.map((p) => ({ at: p.start, count: p.count }))} bucketMinutes={5} hours={24} />
        </div>
        <div className="card">
          <h3>On time per delivery day (UTC)</h3>
          <OnTimeTrend days={data.onTimeByDay} />
        </div>
        <div className="card">
          <h3>By status</h3>
          {byStatus.length === 0 ? (
            <p className="muted">No packages yet.</p>
          ) : (
            <ul className="status-list" data-testid="status-counts">
              {byStatus.map((row) => (
                <li key={row.status}>
                  <a href={hrefFor.packages(new URLSearchParams({ status: row.status }))}>
                    <Badge value={row.status} />
                  </a>
                  <span className="status-bar" style={{ width: `${(row.count / Math.max(1, stats.total)) * 100}%` }} />
                  <span className="count">{row.count}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="card">
          <h3>Busiest facilities (scans, last 24 h)</h3>
          <BusiestFacilities facilities={data.busiestFacilities} hours={24} />
        </div>
        <div className="card wide">
          <h3>Open anomalies by type and severity</h3>
          <AnomalyMatrix counts={data.anomalyCounts} />
        </div>
      </div>
    </section>
  );
}
