import { sql, type AliasedRawBuilder, type RawBuilder, type SqlBool } from 'kysely';
import { badInput, decodeCursor, encodeCursor, isUuid } from '@clearpath/core';

export type SortField = 'CREATED_AT' | 'UPDATED_AT' | 'TRACKING_NUMBER' | 'STATUS' | 'CARRIER' | 'PROMISED_DELIVERY_AT' | 'LAST_EVENT_AT' | 'CURRENT_FACILITY';
export type SortDirection = 'ASC' | 'DESC';

interface SortKey {
  expr: RawBuilder<unknown>;
  type: 'timestamptz' | 'text' | 'uuid';
  nullable: boolean;
  /** Runs against the requested direction (a secondary order the existing index holds). */
  reversed?: boolean;
}

const at = (column: string): SortKey => ({ expr: sql.ref(`packages.${column}`), type: 'timestamptz', nullable: false });
const text = (column: string): SortKey => ({ expr: sql.ref(`packages.${column}`), type: 'text', nullable: false });
const ID: SortKey = { expr: sql.ref('packages.id'), type: 'uuid', nullable: false };

/**
 * Each sort order is a list of keys ending in the id, so rows with equal values still have one order and a
 * cursor (the last row's keys) resumes exactly. Status and carrier sort newest first within a value, the
 * order packages_status_idx / packages_carrier_idx (organization_id, <column>, created_at DESC) already
 * hold, so no index is added for them (every index costs ingest's package updates, issue 11); DESC
 * reverses the whole order (oldest first within a value). The nullable keys have no index: the page is a
 * top-N sort of the matching rows, and a missing value sorts last in both directions.
 */
const ORDERS: Record<SortField, SortKey[]> = {
  CREATED_AT: [at('created_at'), ID],
  UPDATED_AT: [at('updated_at'), ID],
  TRACKING_NUMBER: [text('tracking_number'), ID],
  STATUS: [text('status'), { ...at('created_at'), reversed: true }, { ...ID, reversed: true }],
  CARRIER: [text('carrier'), { ...at('created_at'), reversed: true }, { ...ID, reversed: true }],
  PROMISED_DELIVERY_AT: [{ ...at('promised_delivery_at'), nullable: true }, ID],
  LAST_EVENT_AT: [{ ...at('last_event_at'), nullable: true }, ID],
  CURRENT_FACILITY: [{ expr: sql`packages.current_location->>'facilityCode'`, type: 'text', nullable: true }, ID],
};

/**
 * CREATED_AT's keys as the search table carries them (alias `s`, joined on the package id): a page of free
 * text sorted by creation is read in package_search_created_idx's order (migration 2026-12-04T0100). Same
 * values as packages' own, so the cursors are the same.
 */
const SEARCH_CREATED_AT: SortKey[] = [
  { expr: sql.ref('s.created_at'), type: 'timestamptz', nullable: false },
  { expr: sql.ref('s.package_id'), type: 'uuid', nullable: false },
];

/** Where a page's sort keys are read: the packages row, or the joined search row (CREATED_AT only). */
export type SortSource = 'packages' | 'search';

type KeyValue = string | null;

/** A key as cursor text: timestamps in full microseconds (a JS Date would drop them and skip rows). */
const keyText = (key: SortKey): RawBuilder<string | null> =>
  key.type === 'timestamptz' ? sql`to_char(${key.expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : sql`(${key.expr})::text`;

const ISO_MICROS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

function validInstant(v: string): boolean {
  const ms = ISO_MICROS.test(v) ? Date.parse(v) : NaN;
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 23) === v.slice(0, 23);
}

type Keyed = { key: SortKey; value: KeyValue; descending: boolean };

const typed = (key: SortKey, value: string) => sql`${value}::${sql.raw(key.type)}`;
const equal = (key: SortKey, value: KeyValue) => (value === null ? sql<SqlBool>`${key.expr} IS NULL` : sql<SqlBool>`${key.expr} = ${typed(key, value)}`);

/** Rows past the cursor within one run of same-direction keys (the keys before it equal); null: none. */
function runBeyond(run: Keyed[]): RawBuilder<SqlBool> | null {
  const op = sql.raw(run[0]!.descending ? '<' : '>');
  if (run.every(({ key }) => !key.nullable)) {
    const tuple = (items: RawBuilder<unknown>[]) => (items.length === 1 ? items[0]! : sql`(${sql.join(items)})`);
    return sql<SqlBool>`${tuple(run.map(({ key }) => key.expr))} ${op} ${tuple(run.map(({ key, value }) => typed(key, value!)))}`;
  }
  // With missing values (sorted last): past v is beyond v or missing; past a missing value only the next keys.
  const branches: RawBuilder<SqlBool>[] = [];
  run.forEach(({ key, value }, i) => {
    if (value === null) return;
    const beyond = sql<SqlBool>`${key.expr} ${op} ${typed(key, value)}`;
    const past = key.nullable ? sql<SqlBool>`(${beyond} OR ${key.expr} IS NULL)` : beyond;
    branches.push(sql.join([...run.slice(0, i).map((k) => equal(k.key, k.value)), past], sql` AND `) as RawBuilder<SqlBool>);
  });
  return branches.length ? sql<SqlBool>`(${sql.join(branches.map((b) => sql`(${b})`), sql` OR `)})` : null;
}

export class PackageOrder {
  private readonly keys: SortKey[];
  private readonly ordering: string;

  constructor(
    field: SortField,
    private readonly direction: SortDirection,
    source: SortSource = 'packages',
  ) {
    this.keys = source === 'search' && PackageOrder.sortsOnSearch(field) ? SEARCH_CREATED_AT : ORDERS[field];
    this.ordering = `packages:${field}:${direction}`;
  }

  /** Whether the search table carries this order's keys. */
  static sortsOnSearch(field: SortField): boolean {
    return field === 'CREATED_AT';
  }

  private descending(key: SortKey): boolean {
    return (this.direction === 'DESC') !== (key.reversed ?? false);
  }

  /** ORDER BY terms; NULLS LAST only on nullable keys, so the others still match their indexes. */
  orderBy(): RawBuilder<unknown>[] {
    return this.keys.map((key) => sql`${key.expr} ${sql.raw(this.descending(key) ? 'DESC' : 'ASC')}${sql.raw(key.nullable ? ' NULLS LAST' : '')}`);
  }

  /** Selections that carry each key's cursor text (stripped again by `cursorOf`). */
  keySelections(): AliasedRawBuilder<string | null, `_sort_key_${number}`>[] {
    return this.keys.map((key, i) => keyText(key).as(`_sort_key_${i}` as const));
  }

  cursorOf(row: Record<string, unknown>): { cursor: string; row: Record<string, unknown> } {
    const values: KeyValue[] = this.keys.map((_, i) => (row[`_sort_key_${i}`] ?? null) as KeyValue);
    const clean = Object.fromEntries(Object.entries(row).filter(([name]) => !name.startsWith('_sort_key_')));
    return { cursor: encodeCursor(this.ordering, JSON.stringify(values), String(row.id)), row: clean };
  }

  /**
   * Rows strictly after the cursor's row, as conditions to read in turn (nearest first) until a page is full.
   * The keys split into runs of one direction: a run of non-null keys is one row comparison an index can
   * start at (e.g. status = s AND (created_at, id) < (c, i), then status > s), so a page deep in a long run
   * of equal statuses costs a page, not the rows before it. A garbled or foreign cursor is BAD_USER_INPUT.
   */
  afterBranches(cursor: string): RawBuilder<SqlBool>[] {
    const values = this.decode(cursor);
    const keyed = this.keys.map((key, i) => ({ key, value: values[i]!, descending: this.descending(key) }));
    const runs: (typeof keyed)[] = [];
    for (const k of keyed) {
      const run = runs[runs.length - 1];
      if (run && run[0]!.descending === k.descending) run.push(k);
      else runs.push([k]);
    }
    const branches: RawBuilder<SqlBool>[] = [];
    for (let r = runs.length - 1; r >= 0; r--) {
      const beyond = runBeyond(runs[r]!);
      if (!beyond) continue;
      const equalBefore = runs.slice(0, r).flat().map(({ key, value }) => equal(key, value));
      branches.push(sql.join([...equalBefore, beyond], sql` AND `) as RawBuilder<SqlBool>);
    }
    return branches;
  }

  private decode(cursor: string): KeyValue[] {
    const { value, id } = decodeCursor(cursor, this.ordering);
    let values: unknown;
    try {
      values = JSON.parse(value);
    } catch {
      throw badInput('Malformed cursor');
    }
    const ok =
      Array.isArray(values) &&
      values.length === this.keys.length &&
      values[values.length - 1] === id &&
      isUuid(id) &&
      this.keys.every((key, i) => {
        const v: unknown = values[i];
        if (v === null) return key.nullable;
        if (typeof v !== 'string' || v.length > 1000 || v.includes('\0')) return false;
        // Round-trips through Date, so a day the calendar lacks (02-30) never reaches the database's cast.
        return key.type !== 'timestamptz' || validInstant(v);
      });
    if (!ok) throw badInput('Malformed cursor');
    return values as KeyValue[];
  }
}
