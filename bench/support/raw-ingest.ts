import type pg from 'pg';
import type { BenchEvent } from './ingest-fixtures.js';
import { copyValue } from './pg-copy.js';

/** The columns the app writes for an event (the rest take their defaults: seq, id, received_at). */
export const EVENT_COLUMNS = [
  'organization_id',
  'event_id',
  'package_id',
  'status',
  'carrier_code',
  'description',
  'occurred_at',
  'facility_code',
  'location_name',
  'lat',
  'lon',
  'attributes',
] as const;

const TYPES = ['text', 'text', 'uuid', 'text', 'text', 'text', 'timestamptz', 'text', 'text', 'float8', 'float8', 'jsonb'];

/**
 * An empty twin of tracking_events: same columns, defaults, NOT NULLs, unique and secondary indexes
 * (LIKE … INCLUDING ALL) and the foreign key to packages, which LIKE does not copy.
 */
export async function createEventsTwin(client: pg.ClientBase, table: string): Promise<void> {
  await client.query(`CREATE TABLE ${table} (LIKE tracking_events INCLUDING ALL)`);
  await client.query(`ALTER TABLE ${table} ADD FOREIGN KEY (package_id) REFERENCES packages(id)`);
}

type RowValues = [string, string, string, string, null, string | null, string, string | null, string | null, number | null, number | null, string];

function rowValues(organizationId: string, e: BenchEvent): RowValues {
  const r = e.resolved;
  return [organizationId, e.eventId, r.packageId, e.status, null, e.description, e.occurredAt, r.facilityCode, r.locationName, r.lat, r.lon, '{}'];
}

export interface PreparedStatement {
  text: string;
  values: unknown[];
}

/** INSERT … SELECT FROM unnest(arrays): one parameter per column, whatever the batch size. */
export function unnestInsert(table: string, organizationId: string, events: readonly BenchEvent[]): PreparedStatement {
  const rows = events.map((e) => rowValues(organizationId, e));
  const values = EVENT_COLUMNS.map((_, c) => rows.map((row) => row[c]));
  const params = TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
  return { text: `INSERT INTO ${table} (${EVENT_COLUMNS.join(', ')}) SELECT * FROM unnest(${params})`, values };
}

/** INSERT … VALUES (…), (…): one parameter per cell, the shape kysely's insertInto().values(rows) sends. */
export function valuesInsert(table: string, organizationId: string, events: readonly BenchEvent[]): PreparedStatement {
  const values: unknown[] = [];
  const tuples = events.map((e) => {
    const row = rowValues(organizationId, e);
    const start = values.length;
    values.push(...row);
    return `(${row.map((_, c) => `$${start + c + 1}`).join(', ')})`;
  });
  return { text: `INSERT INTO ${table} (${EVENT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, values };
}

/** The batch in COPY text format. */
export function copyRows(organizationId: string, events: readonly BenchEvent[]): string {
  return events.map((e) => rowValues(organizationId, e).map(copyValue).join('\t')).join('\n') + '\n';
}
