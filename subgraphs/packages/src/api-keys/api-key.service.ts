import {
  assertAdmin,
  badInput,
  createApiKeyRow,
  ensureOrganization,
  listApiKeys,
  notFound,
  revokeApiKey,
  type ApiKeyRow,
  type DbOrTx,
  type Role,
  type Session,
} from '@clearpath/core';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

export interface CreateKeyInput {
  name: string;
  role: 'ADMIN' | 'OPERATOR' | 'VIEWER';
  expiresAt?: Date | string | null;
}

/** Key management is the admin's job, and always within the caller's own organization. */
export async function createKey(db: DbOrTx, session: Session, input: CreateKeyInput): Promise<{ key: string; apiKey: ApiKeyRow }> {
  assertAdmin(session);
  const name = input.name.trim();
  if (!name || name.length > 100) throw badInput('name must be 1–100 characters');
  if (CONTROL.test(name)) throw badInput('name must not contain control characters');
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && !(expiresAt.getTime() > Date.now())) throw badInput('expiresAt must be in the future');
  const role = input.role.toLowerCase() as Role;
  // A personal workspace (Clerk account without an organization) exists once it keeps something.
  await ensureOrganization(db, session.organizationId, session.organizationId);
  return createApiKeyRow(db, { organizationId: session.organizationId, name, role, expiresAt });
}

export async function listKeys(db: DbOrTx, session: Session, includeRevoked: boolean): Promise<ApiKeyRow[]> {
  assertAdmin(session);
  return listApiKeys(db, session.organizationId, { includeRevoked });
}

export async function revokeKey(db: DbOrTx, session: Session, id: string): Promise<ApiKeyRow> {
  assertAdmin(session);
  const row = UUID.test(id) ? await revokeApiKey(db, session.organizationId, id) : undefined;
  if (!row) throw notFound('API key', id);
  return row;
}
