import { humanize } from './display-format';

/** A filter drop-down over a fixed list of enum values, with an "all" choice (the empty string). */
export function EnumSelect(props: { label: string; allLabel: string; values: readonly string[]; value: string; onChange: (value: string) => void }) {
  return (
    <select aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{props.allLabel}</option>
      {props.values.map((v) => (
        <option key={v} value={v}>
          {humanize(v)}
        </option>
      ))}
    </select>
  );
}
