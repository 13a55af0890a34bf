/** Human durations for narratives and labels: minutes under an hour, hours under two days, then days. */
export function formatDuration(hours: number): string {
  const abs = Math.abs(hours);
  if (abs < 1) return `${Math.round(hours * 60)} min`;
  if (abs < 48) return `${(Math.round(hours * 10) / 10).toFixed(1)} h`;
  return `${(Math.round((hours / 24) * 10) / 10).toFixed(1)} d`;
}

export function formatPercent(rate: number | null): string {
  return rate === null ? 'n/a' : `${Math.round(rate * 100)}%`;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
