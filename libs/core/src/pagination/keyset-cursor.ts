import { badInput } from '../errors.js';

/** Opaque keyset cursor: the sort key and id of the last row, bound to the ordering it was made for. */
interface CursorData {
  f: string;
  v: string;
  id: string;
}

export function encodeCursor(ordering: string, value: Date | string, id: string): string {
  const v = value instanceof Date ? value.toISOString() : value;
  return Buffer.from(JSON.stringify({ f: ordering, v, id } satisfies CursorData)).toString('base64url');
}

/** Returns the raw sort value (an ISO string for dates) and id; a foreign or garbled cursor is a 400. */
export function decodeCursor(cursor: string, ordering: string): { value: string; id: string } {
  let data: Partial<CursorData>;
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorData>;
  } catch {
    throw badInput('Malformed cursor');
  }
  if (typeof data.v !== 'string' || typeof data.id !== 'string' || data.f !== ordering) {
    throw badInput('Malformed cursor, or made for another sort order');
  }
  return { value: data.v, id: data.id };
}
