import {
  assertAdmin,
  badInput,
  DEFAULT_CARRIER_CODE_MAPPINGS,
  isEventReason,
  isPackageStatus,
  normalizeMappingKey,
  type Bus,
  type Db,
  type Session,
} from '@clearpath/core';
import { carrierCodeCache } from './carrier-code.cache.js';
import { deleteMappingRow, listMappingRows, unmappedCodeCounts, upsertMappingRow } from './carrier-code.repository.js';

export interface MappingView {
  carrier: string;
  code: string;
  status: string | null;
  reason: string | null;
  description: string | null;
  source: 'DEFAULT' | 'ORGANIZATION';
  updatedAt: Date | null;
}

export interface MappingInput {
  carrier?: string | null;
  code: string;
  status?: string | null;
  reason?: string | null;
  description?: string | null;
}

const key = (m: { carrier: string; code: string }) => `${m.carrier}\u0000${m.code}`;

/** The mapping in effect: the defaults, overridden by the organization's own rows (admins only). */
export async function listMappings(db: Db, session: Session, carrier?: string | null): Promise<MappingView[]> {
  assertAdmin(session);
  const merged = new Map<string, MappingView>();
  for (const d of DEFAULT_CARRIER_CODE_MAPPINGS) merged.set(key(d), { ...d, source: 'DEFAULT', updatedAt: null });
  for (const r of await listMappingRows(db, session.organizationId)) {
    merged.set(key(r), { carrier: r.carrier, code: r.code, status: r.status, reason: r.reason, description: r.description, source: 'ORGANIZATION', updatedAt: r.updated_at });
  }
  const only = carrier ? normalizeMappingKey(carrier) : null;
  return [...merged.values()].filter((m) => !only || m.carrier === only).sort((a, b) => a.carrier.localeCompare(b.carrier) || a.code.localeCompare(b.code));
}

function checked(input: MappingInput) {
  const carrier = normalizeMappingKey(input.carrier ?? '*');
  const code = normalizeMappingKey(input.code);
  if (!carrier || carrier.length > 100) throw badInput('carrier must be 1–100 characters (or "*" for every carrier)');
  // Events keep at most 64 characters of carrierCode, so a longer code could never match.
  if (!code || code.length > 64) throw badInput('code must be 1–64 characters');
  const status = input.status ?? null;
  const reason = input.reason ?? null;
  if (status !== null && !isPackageStatus(status)) throw badInput(`Unknown status ${JSON.stringify(status)}`);
  if (reason !== null && !isEventReason(reason)) throw badInput(`Unknown reason ${JSON.stringify(reason)}`);
  if (status === null && reason === null) throw badInput('A mapping needs a status, a reason or both');
  const description = input.description?.trim() || null;
  if (description && description.length > 500) throw badInput('description is limited to 500 characters');
  return { carrier, code, status, reason, description };
}

/** Adds or replaces the organization's row for (carrier, code); ingest uses it from the next batch on. */
export async function upsertMapping(deps: { db: Db; bus: Bus }, session: Session, input: MappingInput): Promise<MappingView> {
  assertAdmin(session);
  const row = checked(input);
  const saved = await upsertMappingRow(deps.db, { organization_id: session.organizationId, ...row });
  await changed(deps, session.organizationId);
  return { ...row, source: 'ORGANIZATION', updatedAt: saved.updated_at };
}

/** Removes the organization's own row (a default of the same key applies again); false when there was none. */
export async function deleteMapping(deps: { db: Db; bus: Bus }, session: Session, carrier: string | null | undefined, code: string): Promise<boolean> {
  assertAdmin(session);
  const deleted = await deleteMappingRow(deps.db, session.organizationId, normalizeMappingKey(carrier ?? '*'), normalizeMappingKey(code));
  if (deleted) await changed(deps, session.organizationId);
  return deleted;
}

async function changed(deps: { bus: Bus }, organizationId: string) {
  carrierCodeCache(deps.bus).invalidate(organizationId);
  await deps.bus.publish('carrier-codes.changed', { organizationId });
}

/** Raw codes ingest could not map, with how often they came; codes mapped since then are left out. */
export async function unmappedCodes(deps: { db: Db; bus: Bus }, session: Session, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 1000) throw badInput('first must be 1–1000');
  const org = session.organizationId;
  const [rows, lookup] = await Promise.all([unmappedCodeCounts(deps.db, org, first), carrierCodeCache(deps.bus).get(deps.db, org)]);
  return rows
    .filter((r) => r.carrier_code != null && !lookup(r.carrier, r.carrier_code).known)
    .map((r) => ({ carrier: r.carrier, code: r.carrier_code!, events: Number(r.events), lastSeenAt: new Date(r.last_seen_at as Date) }));
}
