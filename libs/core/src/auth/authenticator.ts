import { AppError } from '../errors.js';
import type { Db } from '../database/database.js';
import { findApiKey, looksLikeApiKey } from './api-key.repository.js';
import { looksLikeJwt, verifyClerkSession, type ClerkOptions } from './clerk-token.verifier.js';
import type { Session } from './session.js';

export interface Authenticator {
  /** Resolves a bearer token (Clerk session JWT or API key) to a session, or throws UNAUTHENTICATED. */
  authenticate(token: string | undefined | null): Promise<Session>;
}

const API_KEY_CACHE_MS = 30_000;

export function createAuthenticator(db: Db, clerk: ClerkOptions): Authenticator {
  // API keys are looked up once per 30 s per key, not on every request (subgraphs re-check forwarded keys).
  const cache = new Map<string, { session: Session | null; until: number }>();

  async function fromApiKey(key: string): Promise<Session> {
    const now = Date.now();
    const cached = cache.get(key);
    let session = cached && cached.until > now ? cached.session : undefined;
    if (session === undefined) {
      const record = await findApiKey(db, key);
      session = record
        ? { organizationId: record.organizationId, role: record.role, subject: `api-key:${record.id}`, via: 'api-key' }
        : null;
      if (cache.size > 10_000) cache.clear();
      cache.set(key, { session, until: now + API_KEY_CACHE_MS });
    }
    if (!session) throw new AppError('UNAUTHENTICATED', 'Unknown or revoked API key');
    return session;
  }

  return {
    async authenticate(token) {
      const value = token?.trim();
      if (!value) throw new AppError('UNAUTHENTICATED', 'Missing credentials: send Authorization: Bearer <token>');
      if (looksLikeApiKey(value)) return fromApiKey(value);
      if (looksLikeJwt(value)) return verifyClerkSession(value, clerk);
      throw new AppError('UNAUTHENTICATED', 'Unrecognized credentials');
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
