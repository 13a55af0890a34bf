/**
 * Aggregates over a million rows take most of a second; every dashboard of an organization asks for the
 * same ones. Identical requests (same organization and filter) share one computation while it runs and
 * reuse its result for a few seconds, so load grows with distinct questions, not with viewers.
 */
export function sharedResults<T>(ttlMs: number, maxEntries = 1000) {
  const entries = new Map<string, { value: Promise<T>; at: number }>();
  const share = (key: string, compute: () => Promise<T>): Promise<T> => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && now - hit.at < ttlMs) return hit.value;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    const value = compute();
    entries.set(key, { value, at: now });
    value.catch(() => entries.delete(key));
    return value;
  };
  /** Drops the results whose key starts with the prefix: the next request computes afresh. */
  const forget = (prefix: string): void => {
    for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
  };
  return Object.assign(share, { forget });
}
