import { createHash, randomBytes } from 'node:crypto';
import type { DbOrTx } from '../database/database.js';
import type { Role } from './session.js';

const KEY_PREFIX = 'cp_';

/** Keys carry 256 bits of entropy, so a plain SHA-256 is a safe at-rest hash and allows indexed lookup. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(KEY_PREFIX);
}

export interface ApiKeyRecord {
  id: string;
  organizationId: string;
  role: Role;
}

export async function findApiKey(db: DbOrTx, key: string): Promise<ApiKeyRecord | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'organization_id', 'role'])
    .where('key_hash', '=', hashApiKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { id: row.id, organizationId: row.organization_id, role: row.role as Role };
}

export async function insertApiKey(
  db: DbOrTx,
  input: { organizationId: string; name: string; role: Role; key: string },
): Promise<void> {
  await db
    .insertInto('api_keys')
    .values({
      organization_id: input.organizationId,
      name: input.name,
      role: input.role,
      key_hash: hashApiKey(input.key),
      prefix: input.key.slice(0, 8),
    })
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .execute();
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
