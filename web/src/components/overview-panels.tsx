import type { DashboardOverviewQuery } from '../__generated__/graphql';
import { formatPercent, humanize } from './display-format';
import { Badge } from './status-badge';
import { hrefFor } from './use-hash-route';

type Day = DashboardOverviewQuery['onTimeByDay'][number];
type AnomalyCount = DashboardOverviewQuery['anomalyCounts'][number];
type FacilityActivity = DashboardOverviewQuery['busiestFacilities'][number];

const dayLabel = new Intl.DateTimeFormat(undefined, { day: 'numeric', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** Share delivered by the promise per delivery day (UTC days, as the API counts them); days without promised deliveries stay empty. */
export function OnTimeTrend({ days }: { days: Day[] }) {
  const promised = days.reduce((sum, d) => sum + d.promised, 0);
  const onTime = days.reduce((sum, d) => sum + d.onTime, 0);
  if (promised === 0) return <p className="muted">No deliveries with a promise in the last {days.length} days.</p>;
  const width = 560;
  const height = 96;
  const slot = width / days.length;
  const summary = `${formatPercent(onTime / promised)} on time over ${days.length} days (${onTime} of ${promised} promised deliveries)`;
  return (
    <figure className="chart trend" data-testid="on-time-trend">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <line x1={0} x2={width} y1={height * 0.1} y2={height * 0.1} className="target" />
        {days.map((day, i) => {
          if (day.onTimeRate === null || day.onTimeRate === undefined) return null;
          const barHeight = Math.max(2, day.onTimeRate * height);
          return (
            <rect key={day.day} x={i * slot + 2} y={height - barHeight} width={slot - 4} height={barHeight} rx={2} className={day.onTimeRate < 0.9 ? 'below' : undefined}>
              <title>{`${longDay.format(new Date(day.day))}: ${formatPercent(day.onTimeRate)} on time (${day.onTime} of ${day.promised}; ${day.delivered} delivered)`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="trend-days" aria-hidden="true" style={{ gridTemplateColumns: `repeat(${days.length}, 1fr)` }}>
        {days.map((day) => (
          <span key={day.day}>{dayLabel.format(new Date(day.day))}</span>
        ))}
      </div>
      <figcaption>
        <span>{summary}</span>
        <span>dashed line: 90 %</span>
      </figcaption>
    </figure>
  );
}

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;

/** Open anomalies as a type × severity table, the types with most first; a type opens the anomalies page filtered by it. */
export function AnomalyMatrix({ counts }: { counts: AnomalyCount[] }) {
  if (counts.length === 0) return <p className="muted">No open anomalies.</p>;
  const byType = new Map<string, Map<string, number>>();
  for (const c of counts) byType.set(c.type, (byType.get(c.type) ?? new Map()).set(c.severity, c.count));
  const total = (cells: Map<string, number>) => [...cells.values()].reduce((sum, n) => sum + n, 0);
  const rows = [...byType].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]));
  return (
    <div className="matrix-scroll">
      <table className="matrix" data-testid="anomaly-matrix">
        <thead>
          <tr>
            <th scope="col">Type</th>
            {SEVERITIES.map((s) => (
              <th scope="col" key={s} className="num">
                <Badge value={s} kind="severity" />
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([type, cells]) => (
            <tr key={type}>
              <th scope="row">
                <a href={hrefFor.anomalies(new URLSearchParams({ type }))}>{humanize(type)}</a>
              </th>
              {SEVERITIES.map((s) => (
                <td key={s} className={`num${cells.get(s) ? '' : ' muted'}`}>
                  {cells.get(s) ?? '·'}
                </td>
              ))}
              <td className="num strong">{total(cells)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The facilities with most scans in the window, as bars against the busiest. */
export function BusiestFacilities({ facilities, hours }: { facilities: FacilityActivity[]; hours: number }) {
  if (facilities.length === 0) return <p className="muted">No scans at a facility in the last {hours} hours.</p>;
  const peak = Math.max(1, ...facilities.map((f) => f.events));
  return (
    <ol className="facility-list" data-testid="busiest-facilities">
      {facilities.map((f) => (
        <li key={f.facilityCode}>
          <span className="facility-name">
            {f.name ?? f.facilityCode} {f.name && <span className="muted small">{f.facilityCode}</span>}
          </span>
          <span className="status-bar" style={{ width: `${(f.events / peak) * 100}%` }} />
          <span className="count">
            {f.events} <span className="muted small">{`${f.events === 1 ? 'scan' : 'scans'} · ${f.packages} ${f.packages === 1 ? 'package' : 'packages'}`}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
