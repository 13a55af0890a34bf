import { verifyToken } from '@clerk/backend';
import { AppError } from '../errors.js';
import type { Role, Session } from './session.js';

export interface ClerkOptions {
  jwtKey?: string | undefined;
  secretKey?: string | undefined;
  authorizedParties?: string[] | undefined;
}

interface OrgClaims {
  org_id?: string;
  org_role?: string;
  /** Session token v2 nests the active organization. */
  o?: { id?: string; rol?: string };
}

/** Clerk v2 tokens drop the "org:" prefix from role keys; v1 keep it. */
export function roleFromClerk(orgRole: string | undefined): Role {
  const key = orgRole?.replace(/^org:/, '');
  if (key === 'admin') return 'admin';
  if (key === 'viewer') return 'viewer';
  return 'operator';
}

export function looksLikeJwt(token: string): boolean {
  return token.split('.').length === 3;
}

export async function verifyClerkSession(token: string, options: ClerkOptions): Promise<Session> {
  if (!options.jwtKey && !options.secretKey) {
    throw new AppError('UNAUTHENTICATED', 'Session tokens are not accepted: Clerk is not configured');
  }
  let payload: Awaited<ReturnType<typeof verifyToken>>;
  try {
    payload = await verifyToken(token, {
      jwtKey: options.jwtKey,
      secretKey: options.secretKey,
      authorizedParties: options.authorizedParties,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'invalid token';
    throw new AppError('UNAUTHENTICATED', `Invalid session token: ${reason}`);
  }
  const claims = payload as unknown as OrgClaims;
  const organizationId = claims.org_id ?? claims.o?.id;
  if (!organizationId) {
    throw new AppError('FORBIDDEN', 'The session has no active organization');
  }
  return {
    organizationId,
    role: roleFromClerk(claims.org_role ?? claims.o?.rol),
    subject: String(payload.sub),
    via: 'clerk',
  };
}
