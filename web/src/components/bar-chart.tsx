/** Event counts per time bucket over the last hours as a small inline SVG; empty buckets show as gaps. */
export function EventsChart({ points, bucketMinutes, hours }: { points: { at: string; count: number }[]; bucketMinutes: number; hours: number }) {
  const bucketMs = bucketMinutes * 60_000;
  const size = (hours * 60) / bucketMinutes;
  const counts = new Map(points.map((p) => [Math.floor(new Date(p.at).getTime() / bucketMs) * bucketMs, p.count]));
  const current = Math.floor(Date.now() / bucketMs) * bucketMs;
  const buckets = Array.from({ length: size }, (_, i) => {
    const start = current - (size - 1 - i) * bucketMs;
    return { start, count: counts.get(start) ?? 0 };
  });
  const peak = Math.max(0, ...buckets.map((b) => b.count));
  const max = Math.max(1, peak);
  const width = 576;
  const height = 96;
  const slot = width / size;
  const gap = size > 100 ? 0.5 : 2;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const unit = bucketMinutes === 60 ? 'hour' : bucketMinutes > 60 ? `${bucketMinutes / 60} h` : `${bucketMinutes} min`;
  const time = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${total} events in the last ${hours} hours, per ${unit}`} preserveAspectRatio="none">
        {buckets.map((bucket, i) => {
          const barHeight = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - 4));
          return (
            <rect key={bucket.start} x={i * slot} y={height - barHeight} width={Math.max(0.5, slot - gap)} height={barHeight} rx={slot > 4 ? 1.5 : 0}>
              <title>{`${time(bucket.start)}: ${bucket.count} events`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>
        <span>−{hours} h</span>
        <span>
          {total} events · peak {peak} per {unit}
        </span>
        <span>now</span>
      </figcaption>
    </figure>
  );
}
