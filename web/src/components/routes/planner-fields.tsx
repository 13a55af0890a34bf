import type { FileStops } from './stop-file';

export type Source = 'packages' | 'file';
/** One page of the packages list: a depot's day rarely has more, and the planner takes up to 1,000 stops. */
export const MAX_PACKAGE_STOPS = 500;

export function NumberField(props: { id: string; label: string; value: string; onChange(e: { target: { value: string } }): void; min: number; max?: number; step: number | 'any'; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} type="number" inputMode="decimal" value={props.value} onChange={props.onChange} min={props.min} max={props.max} step={props.step} required />
      {props.hint && <span className="muted small">{props.hint}</span>}
    </div>
  );
}

/** What will be planned, in a sentence: the depot's packages (and those left out) or the file's instance. */
export function StopsSummary(props: { source: Source; depotCode: string; fetching: boolean; total: number; planned: number; unlocated: number; file: FileStops | undefined }) {
  if (props.source === 'file')
    return (
      <p className="muted" data-testid="stops-summary">
        {props.file ? `${props.file.format} instance ${props.file.name}: ${props.file.stops.length} customers, ${props.file.fleet.count} vehicles of ${props.file.fleet.capacity} in the file.` : 'No file chosen yet.'}
      </p>
    );
  if (!props.depotCode) return <p className="muted">No depot chosen.</p>;
  if (props.fetching && props.total === 0) return <p className="muted">Looking for packages out for delivery…</p>;
  if (props.total === 0)
    return (
      <p className="muted" data-testid="stops-summary">
        Nothing is out for delivery at {props.depotCode} right now.
      </p>
    );
  return (
    <p className="muted" data-testid="stops-summary">
      {props.planned} {props.planned === 1 ? 'package' : 'packages'} out for delivery at {props.depotCode}
      {props.unlocated > 0 && ` (${props.unlocated} without destination coordinates left out)`}
      {props.total > MAX_PACKAGE_STOPS && ` — the first ${MAX_PACKAGE_STOPS} of ${props.total}`}.
    </p>
  );
}
