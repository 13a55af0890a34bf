import { formatDateTime, formatLateness } from './display-format';

/**
 * The predicted arrival band (p50–p90) against the promise and now, on one time axis. The axis spans
 * whichever of these times exist, with a little room on each side.
 */
export function EtaBand({ p50, p90, promised, now = Date.now() }: { p50: string; p90: string; promised: string | null; now?: number }) {
  const times = [new Date(p50).getTime(), new Date(p90).getTime(), now, ...(promised ? [new Date(promised).getTime()] : [])];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max((max - min) * 0.08, 30 * 60_000);
  const from = min - pad;
  const span = max + pad - from;
  const x = (ms: number) => `${(((ms - from) / span) * 100).toFixed(2)}%`;
  const p50ms = new Date(p50).getTime();
  const p90ms = new Date(p90).getTime();
  const lateness = formatLateness(p50, promised);
  const late = promised !== null && p90ms > new Date(promised).getTime();
  return (
    // The band and its legend swatch take their colour from the figure, so they cannot disagree (late: warning).
    <figure className={`eta-band${late ? ' eta-late' : ''}`} data-testid="eta-band">
      <div className="eta-axis" role="img" aria-label={`Expected ${formatDateTime(p50)}, 90 % by ${formatDateTime(p90)}${promised ? `, promised ${formatDateTime(promised)}` : ''}`}>
        <span className="eta-range" style={{ left: x(p50ms), width: `calc(${x(p90ms)} - ${x(p50ms)})` }} />
        <span className="eta-mark eta-now" style={{ left: x(now) }} title="now" />
        {promised && <span className="eta-mark eta-promise" style={{ left: x(new Date(promised).getTime()) }} title="promised" />}
      </div>
      <figcaption className="eta-legend small">
        <span>
          <span className="swatch swatch-range" /> p50–p90 {formatDateTime(p50)} – {formatDateTime(p90)}
          {late && ' (past the promise)'}
        </span>
        {promised && (
          <span>
            <span className="swatch swatch-promise" /> promised {formatDateTime(promised)} {lateness && <strong>({lateness} expected)</strong>}
          </span>
        )}
        <span>
          <span className="swatch swatch-now" /> now
        </span>
      </figcaption>
    </figure>
  );
}
