import { AppError } from '../errors.js';

export type Role = 'admin' | 'operator' | 'viewer';

/** Who is calling, resolved once per request (HTTP) or connection (WebSocket). */
export interface Session {
  organizationId: string;
  role: Role;
  /** Clerk user id, or "api-key:<id>". */
  subject: string;
  via: 'clerk' | 'api-key';
}

export function assertCanWrite(session: Session): void {
  if (session.role === 'viewer') throw new AppError('FORBIDDEN', 'The viewer role cannot change data');
}

export function assertAdmin(session: Session): void {
  if (session.role !== 'admin') throw new AppError('FORBIDDEN', 'This operation needs the admin role');
}
