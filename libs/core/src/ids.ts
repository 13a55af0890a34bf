const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Row ids are UUIDs; checking first turns a malformed id into a clean "not found" instead of a SQL error. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
