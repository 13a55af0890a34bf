import { codeLookup, DEFAULT_CARRIER_CODE_MAPPINGS, type Bus, type CodeMeaning, type DbOrTx, type EventReason, type PackageStatus } from '@clearpath/core';
import { listMappingRows } from './carrier-code.repository.js';

export type CodeLookup = (carrier: string | null, code: string) => CodeMeaning;

/**
 * A safety net only: edits invalidate at once here and, over the bus, on every replica; should a bus
 * message be lost (a Redis reconnect), a replica still picks the edit up within this time.
 */
const TTL_MS = 60_000;

interface Entry { lookup: CodeLookup; loadedAt: number }

/** Per organization: the default mapping overlaid with the organization's rows, read once and reused by ingest. */
export class CarrierCodeCache {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<CodeLookup>>();
  /** Bumped by every invalidation, so a load that raced an edit is not kept. */
  private readonly generations = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(db: DbOrTx, organizationId: string): Promise<CodeLookup> {
    const entry = this.entries.get(organizationId);
    if (entry && this.now() - entry.loadedAt < TTL_MS) return entry.lookup;
    const pending = this.loading.get(organizationId);
    if (pending) return pending;
    const generation = this.generations.get(organizationId) ?? 0;
    const load = listMappingRows(db, organizationId)
      .then((rows) => {
        const own = rows.map((r) => ({ ...r, status: r.status as PackageStatus | null, reason: r.reason as EventReason | null }));
        const lookup = codeLookup([...DEFAULT_CARRIER_CODE_MAPPINGS, ...own]);
        if ((this.generations.get(organizationId) ?? 0) === generation) this.entries.set(organizationId, { lookup, loadedAt: this.now() });
        return lookup;
      })
      .finally(() => this.loading.delete(organizationId));
    this.loading.set(organizationId, load);
    return load;
  }

  invalidate(organizationId: string): void {
    this.entries.delete(organizationId);
    this.loading.delete(organizationId);
    this.generations.set(organizationId, (this.generations.get(organizationId) ?? 0) + 1);
  }

  /** Every organization's entry: edits announced while the bus was down were missed. */
  invalidateAll(): void {
    for (const organizationId of new Set([...this.entries.keys(), ...this.loading.keys()])) this.invalidate(organizationId);
  }
}

const caches = new WeakMap<Bus, CarrierCodeCache>();

/** The cache of one process (one per bus), listening for edits made by any replica. */
export function carrierCodeCache(bus: Bus): CarrierCodeCache {
  let cache = caches.get(bus);
  if (!cache) {
    const created = new CarrierCodeCache();
    cache = created;
    caches.set(bus, created);
    void bus.subscribe('carrier-codes.changed', ({ organizationId }) => created.invalidate(organizationId)).catch(() => undefined);
    bus.onInterruption({ restored: () => created.invalidateAll() });
  }
  return cache;
}
