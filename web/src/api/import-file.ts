import Papa from 'papaparse';
import type { CreatePackageInput, PlaceInput } from '../__generated__/graphql';

/** One line of an import file, as the operator wrote it, and the input it becomes. */
export interface ImportRow {
  line: number;
  trackingNumber: string;
  input: CreatePackageInput;
}

const camel = (key: string) => key.trim().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Numbers are converted when they look like numbers; anything else is sent as typed so the API names it. */
const coordinate = (value: unknown): unknown => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value);

/**
 * A flat record (CSV columns or an NDJSON object, snake_case or camelCase) → CreatePackageInput.
 * Places may be nested objects or flat columns such as destination_name, destination_lat.
 */
export function toCreateInput(record: Record<string, unknown>): CreatePackageInput {
  const flat = Object.fromEntries(Object.entries(record).map(([key, value]) => [camel(key), value]));
  const place = (prefix: 'origin' | 'destination'): PlaceInput | null => {
    const nested = flat[prefix];
    if (nested && typeof nested === 'object') return nested as PlaceInput;
    const entries = ['name', 'address', 'facilityCode', 'lat', 'lon']
      .map((field) => [field, flat[`${prefix}${field.charAt(0).toUpperCase()}${field.slice(1)}`]] as const)
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([field, value]) => [field, field === 'lat' || field === 'lon' ? coordinate(value) : value]);
    return entries.length > 0 ? (Object.fromEntries(entries) as PlaceInput) : null;
  };
  const text = (value: unknown) => (value === undefined || value === null || value === '' ? null : String(value));
  return {
    trackingNumber: String(flat.trackingNumber ?? ''),
    carrier: String(flat.carrier ?? ''),
    serviceLevel: (text(flat.serviceLevel)?.toUpperCase() ?? null) as CreatePackageInput['serviceLevel'],
    reference: text(flat.reference),
    recipient: text(flat.recipient),
    promisedDeliveryAt: text(flat.promisedDeliveryAt),
    origin: place('origin'),
    destination: place('destination'),
  };
}

/** Parses a CSV (header row) or NDJSON file; lines that are not even parseable come back as errors. */
export function parseImportFile(name: string, content: string): { rows: ImportRow[]; errors: { line: number; message: string }[] } {
  const rows: ImportRow[] = [];
  const errors: { line: number; message: string }[] = [];
  const add = (line: number, record: Record<string, unknown>) => {
    const input = toCreateInput(record);
    rows.push({ line, trackingNumber: input.trackingNumber, input });
  };
  if (/\.(nd)?jsonl?$/i.test(name) || content.trimStart().startsWith('{')) {
    content.split(/\r?\n/).forEach((text, index) => {
      if (!text.trim()) return;
      try {
        const value: unknown = JSON.parse(text);
        if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('expected a JSON object');
        add(index + 1, value as Record<string, unknown>);
      } catch (error) {
        errors.push({ line: index + 1, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    });
  } else {
    const parsed = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: 'greedy' });
    for (const error of parsed.errors) errors.push({ line: (error.row ?? 0) + 2, message: error.message });
    // Line numbers count the header as line 1.
    parsed.data.forEach((record, index) => add(index + 2, record));
  }
  return { rows, errors };
}
