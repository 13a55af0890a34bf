import { humanize } from './display-format';

/** A status, severity or state as a colored pill; the color comes from the CSS class of its value. */
export function Badge({ value, kind = 'status' }: { value: string; kind?: 'status' | 'severity' | 'state' | 'plain' }) {
  return <span className={`badge badge-${kind} badge-${value.toLowerCase().replaceAll('_', '-')}`}>{humanize(value)}</span>;
}
