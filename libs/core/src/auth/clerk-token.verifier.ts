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
  if (typeof payload.sub !== 'string' || !payload.sub) throw new AppError('UNAUTHENTICATED', 'Invalid session token: no subject');
  const subject = payload.sub;
  const organizationId = claims.org_id ?? claims.o?.id;
  // A personal account (no active organization) works in its own workspace, as its admin.
  if (!organizationId) return { organizationId: personalWorkspace(subject), role: 'admin', subject, via: 'clerk' };
  return { organizationId, role: roleFromClerk(claims.org_role ?? claims.o?.rol), subject, via: 'clerk' };
}

/** Clerk user ids ("user_…") never collide with organization ids ("org_…"), so the user id names the workspace. */
export function personalWorkspace(subject: string): string {
  return subject.startsWith('user_') ? subject : `user_${subject}`;
}
