import { AppError } from '../errors.js';
import type { Db } from '../database/database.js';
import { apiKeyProblem, looksLikeJwt } from './api-key.format.js';
import { findApiKey, touchApiKey } from './api-key.repository.js';
import { verifyClerkSession, type ClerkOptions } from './clerk-token.verifier.js';
import type { Session } from './session.js';

export interface Authenticator {
  /** Resolves a bearer token (Clerk session JWT or API key) to a session, or throws UNAUTHENTICATED. */
  authenticate(token: string | undefined | null): Promise<Session>;
}

/**
 * How long a key lookup is reused. Revocation (by any replica, in the shared database) reaches every
 * process within this bound without a bus message; subgraphs re-check forwarded keys with the same bound.
 */
export const API_KEY_CACHE_MS = 3_000;

export function createAuthenticator(db: Db, clerk: ClerkOptions): Authenticator {
  const cache = new Map<string, { session: Session | null; until: number }>();

  async function lookUp(key: string, now: number): Promise<{ session: Session | null; until: number }> {
    const record = await findApiKey(db, key);
    if (!record) return { session: null, until: now + API_KEY_CACHE_MS };
    // Fire and forget: a failed last-used write must not fail the request it describes.
    touchApiKey(db, record).catch(() => undefined);
    const session: Session = { organizationId: record.organizationId, role: record.role, subject: `api-key:${record.id}`, via: 'api-key' };
    const until = Math.min(now + API_KEY_CACHE_MS, record.expiresAt?.getTime() ?? Infinity);
    return { session, until };
  }

  async function fromApiKey(key: string): Promise<Session> {
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || entry.until <= now) {
      entry = await lookUp(key, now);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, entry);
    }
    if (!entry.session) throw new AppError('UNAUTHENTICATED', 'Unknown, expired or revoked API key');
    return entry.session;
  }

  return {
    async authenticate(token) {
      const value = token?.trim();
      if (!value) throw new AppError('UNAUTHENTICATED', 'Missing credentials: send Authorization: Bearer <token>');
      if (looksLikeJwt(value)) return verifyClerkSession(value, clerk);
      // Anything else may be an API key, configured (any value the startup check accepts) or created.
      if (apiKeyProblem(value)) throw new AppError('UNAUTHENTICATED', 'Unrecognized credentials');
      return fromApiKey(value);
    },
  };
}

/** Extracts the token from "Authorization: Bearer …" or "X-API-Key". */
export function tokenFromHeaders(headers: { authorization?: string | undefined; 'x-api-key'?: string | string[] | undefined }): string | undefined {
  const auth = headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(.+)$/i.exec(auth);
    return match?.[1] ?? auth;
  }
  const key = headers['x-api-key'];
  return Array.isArray(key) ? key[0] : key;
}
