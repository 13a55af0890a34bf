/** How values read in the dashboard: one place so every view says "3 h ago" the same way. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Number.isNaN(seconds)) return iso;
  const abs = Math.abs(seconds);
  const [value, unit] = abs < 60 ? [abs, 's'] : abs < 3600 ? [Math.round(abs / 60), 'min'] : abs < 86_400 ? [Math.round(abs / 3600), 'h'] : [Math.round(abs / 86_400), 'd'];
  return seconds <= 0 ? `${value} ${unit} ago` : `in ${value} ${unit}`;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`;
}

export function formatHours(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return value >= 48 ? `${(value / 24).toFixed(1)} d` : `${value.toFixed(1)} h`;
}

/** IN_TRANSIT → "In transit". */
export function humanize(constant: string): string {
  const words = constant.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatLocation(location: { facilityCode: string | null; name: string | null } | null | undefined): string {
  if (!location) return '—';
  if (location.name && location.facilityCode) return `${location.name} (${location.facilityCode})`;
  return location.name ?? location.facilityCode ?? '—';
}
