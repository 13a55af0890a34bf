import { createHash, randomBytes } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { DbOrTx } from '../database/database.js';
import type { ApiKeysTable } from '../database/database.types.js';
import type { Role } from './session.js';

const KEY_PREFIX = 'cp_';
/** last_used_at is written at most this often per key, so authentication never writes per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Keys carry 256 bits of entropy, so a plain SHA-256 is a safe at-rest hash and allows indexed lookup. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** What an admin may see of a key: everything but its hash. */
export type ApiKeyRow = Omit<Selectable<ApiKeysTable>, 'key_hash'>;
const PUBLIC_COLUMNS = ['id', 'organization_id', 'name', 'role', 'prefix', 'created_at', 'revoked_at', 'expires_at', 'last_used_at', 'bootstrap'] as const;

export interface ApiKeyRecord {
  id: string;
  organizationId: string;
  role: Role;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

/** The active (not revoked, not expired) key with this secret. */
export async function findApiKey(db: DbOrTx, key: string): Promise<ApiKeyRecord | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'organization_id', 'role', 'expires_at', 'last_used_at'])
    .where('key_hash', '=', hashApiKey(key))
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', sql<Date>`now()`)]))
    .executeTakeFirst();
  return row && { id: row.id, organizationId: row.organization_id, role: row.role as Role, expiresAt: row.expires_at, lastUsedAt: row.last_used_at };
}

/** Records a use when the stored one is older than the resolution; replicas racing here write at most once. */
export async function touchApiKey(db: DbOrTx, record: ApiKeyRecord, now = Date.now()): Promise<void> {
  if (record.lastUsedAt && now - record.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql<Date>`now()` })
    .where('id', '=', record.id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - ${sql.lit(`${LAST_USED_RESOLUTION_MS / 1000} seconds`)}::interval`)]))
    .execute();
}

export async function insertApiKey(
  db: DbOrTx,
  input: { organizationId: string; name: string; role: Role; key: string; expiresAt?: Date | null; bootstrap?: boolean },
): Promise<ApiKeyRow | undefined> {
  return db
    .insertInto('api_keys')
    .values({
      organization_id: input.organizationId,
      name: input.name,
      role: input.role,
      key_hash: hashApiKey(input.key),
      prefix: input.key.slice(0, 8),
      expires_at: input.expiresAt ?? null,
      bootstrap: input.bootstrap ?? false,
    })
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
}

/** A new key with a generated secret; the secret is returned once and only its hash is kept. */
export async function createApiKeyRow(
  db: DbOrTx,
  input: { organizationId: string; name: string; role: Role; expiresAt: Date | null },
): Promise<{ key: string; apiKey: ApiKeyRow }> {
  const key = generateApiKey();
  const apiKey = await insertApiKey(db, { ...input, key });
  if (!apiKey) throw new Error('API key collision'); // 256 random bits: not expected to happen
  return { key, apiKey };
}

/** Any key (revoked or not) with this secret. */
export async function findApiKeyRow(db: DbOrTx, key: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').select(PUBLIC_COLUMNS).where('key_hash', '=', hashApiKey(key)).executeTakeFirst();
}

export async function listApiKeys(db: DbOrTx, organizationId: string, options: { includeRevoked: boolean }): Promise<ApiKeyRow[]> {
  let query = db.selectFrom('api_keys').select(PUBLIC_COLUMNS).where('organization_id', '=', organizationId);
  if (!options.includeRevoked) query = query.where('revoked_at', 'is', null);
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

/** Revokes the organization's key (idempotent); undefined when the organization has no such key. */
export async function revokeApiKey(db: DbOrTx, organizationId: string, id: string): Promise<ApiKeyRow | undefined> {
  await db
    .updateTable('api_keys')
    .set({ revoked_at: sql<Date>`now()` })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
  return db.selectFrom('api_keys').select(PUBLIC_COLUMNS).where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** Revokes the organization's bootstrap keys other than the one with this secret; returns how many. */
export async function revokeOtherBootstrapKeys(db: DbOrTx, organizationId: string, keep: string): Promise<number> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql<Date>`now()` })
    .where('organization_id', '=', organizationId)
    .where('bootstrap', '=', true)
    .where('revoked_at', 'is', null)
    .where('key_hash', '<>', hashApiKey(keep))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countApiKeys(db: DbOrTx, organizationId: string): Promise<number> {
  const row = await db
    .selectFrom('api_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function ensureOrganization(db: DbOrTx, id: string, name: string): Promise<void> {
  await db.insertInto('organizations').values({ id, name }).onConflict((oc) => oc.column('id').doNothing()).execute();
}
