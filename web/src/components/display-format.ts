/** How values read in the dashboard: one place so every view says "3 h ago" the same way, in the viewer's zone. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** "14:05" (or "2:05 PM"), in the viewer's zone: for times within one working day. */
export function formatTimeOfDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeOfDay.format(date);
}

/** datetime-local wants "2026-12-03T14:30" in the viewer's zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
}

/** A duration in words: "45 s", "12 min", "5 h", "2 days". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400 * 2) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}

/** "in 5 h" or "3 min ago". */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '—';
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return iso;
  return ms > 0 ? `in ${formatDuration(ms)}` : `${formatDuration(ms)} ago`;
}

/** How an arrival (actual or predicted) compares with the promise: "2 days late", "3 h early", "on time". */
export function formatLateness(arrival: string | null | undefined, promised: string | null | undefined): string | null {
  if (!arrival || !promised) return null;
  const ms = new Date(arrival).getTime() - new Date(promised).getTime();
  if (Number.isNaN(ms)) return null;
  if (Math.abs(ms) < 60_000) return 'on time';
  return ms > 0 ? `${formatDuration(ms)} late` : `${formatDuration(ms)} early`;
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

/** "Leipzig hub (HUB-LEJ)", or whichever part exists; null when there is neither. */
export function formatLocation(location: { facilityCode?: string | null; name?: string | null } | null | undefined): string | null {
  const name = location?.name?.trim();
  const code = location?.facilityCode?.trim();
  if (name && code) return `${name} (${code})`;
  return name || code || null;
}

const ISO_TIME = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/g;

/** Server-written text (summaries, reasons, narratives) with its ISO timestamps in the viewer's local time. */
export function localizeTimes(text: string): string {
  return text.replace(ISO_TIME, (iso) => formatDateTime(iso));
}

/** Short machine durations as well as long ones: "120 ms", "1.4 s", then as formatDuration. */
export function formatElapsed(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${Math.round(abs)} ms`;
  if (abs < 10_000) return `${(abs / 1000).toFixed(1)} s`;
  return formatDuration(abs);
}
