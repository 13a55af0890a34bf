import { AppError, type Authenticator, type Session } from '@clearpath/core';

/** The bearer token of a graphql-ws connection_init payload: { authorization: 'Bearer …' }, { token } or { headers }. */
export function tokenFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const headers = (typeof params.headers === 'object' && params.headers ? params.headers : {}) as Record<string, unknown>;
  const candidates = [params.authorization, params.Authorization, headers.authorization, headers.Authorization, params.token, params['x-api-key'], headers['x-api-key']];
  const value = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  if (!value) return undefined;
  return /^Bearer\s+(.+)$/i.exec(value.trim())?.[1] ?? value.trim();
}

export type ConnectionAuth = { ok: true; session: Session; token: string } | { ok: false; code: 4401 | 4403; reason: string };

/** Missing credentials → 4401 Unauthorized; wrong ones → 4403 Forbidden (the graphql-ws close codes). */
export async function authenticateConnection(authenticator: Authenticator, token: string | undefined): Promise<ConnectionAuth> {
  if (!token) return { ok: false, code: 4401, reason: 'Unauthorized: send a token in the connection_init payload' };
  try {
    return { ok: true, session: await authenticator.authenticate(token), token };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: 4403, reason: `Forbidden: ${error.message}`.slice(0, 120) };
    throw error;
  }
}
