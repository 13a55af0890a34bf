/** Events per hour over the last 24 hours as a tiny inline SVG; hours without events show as gaps. */
export function HourlyBarChart({ points, hours = 24 }: { points: { hour: string; count: number }[]; hours?: number }) {
  const counts = new Map(points.map((p) => [new Date(p.hour).getTime(), p.count]));
  const currentHour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const buckets = Array.from({ length: hours }, (_, i) => {
    const start = currentHour - (hours - 1 - i) * 3_600_000;
    return { start, count: counts.get(start) ?? 0 };
  });
  const peak = Math.max(0, ...buckets.map((b) => b.count));
  const max = Math.max(1, peak);
  const width = 480;
  const height = 96;
  const gap = 2;
  const barWidth = width / hours - gap;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${total} events in the last ${hours} hours`} preserveAspectRatio="none">
        {buckets.map((bucket, i) => {
          const barHeight = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - 4));
          return (
            <rect key={bucket.start} x={i * (barWidth + gap)} y={height - barHeight} width={barWidth} height={barHeight} rx={1.5}>
              <title>{`${new Date(bucket.start).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}: ${bucket.count} events`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption>
        <span>−{hours} h</span>
        <span>
          {total} events · peak {peak}/h
        </span>
        <span>now</span>
      </figcaption>
    </figure>
  );
}
