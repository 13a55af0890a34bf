import type { Authenticator, Logger, Session } from '@clearpath/core';
import type { WebSocket } from 'ws';
import { authenticateConnection } from './connection-auth.js';

/** How often open connections' API keys are re-checked: a revoked or expired key closes them this soon. */
export const CREDENTIAL_RECHECK_MS = 5_000;

/**
 * WebSockets authenticate once, at connect. API keys can be revoked or expire while a connection stays
 * open for days, so the keys of open connections are re-checked periodically (one lookup per distinct
 * key, served by the authenticator's short cache) and connections whose key no longer holds are closed
 * with 4403. Clerk session tokens are short-lived by design: clients reconnect with a fresh one.
 */
export function watchCredentials(authenticator: Authenticator, logger: Logger, periodMs = CREDENTIAL_RECHECK_MS) {
  const watched = new Map<WebSocket, string>();
  const timer = setInterval(() => void recheck(), periodMs);
  timer.unref();

  async function recheck(): Promise<void> {
    const byToken = new Map<string, WebSocket[]>();
    for (const [socket, token] of watched) byToken.set(token, [...(byToken.get(token) ?? []), socket]);
    for (const [token, sockets] of byToken) {
      const auth = await authenticateConnection(authenticator, token).catch((error: unknown) => {
        logger.warn({ err: error }, 'credential re-check failed; keeping connections until the next check');
        return { ok: true } as const;
      });
      if (auth.ok) continue;
      for (const socket of sockets) {
        watched.delete(socket);
        socket.close(4403, 'Forbidden: the API key was revoked or has expired');
      }
    }
  }

  return {
    /** Watches the connection while it is open (API-key sessions only). */
    track(socket: WebSocket, session: Session, token: string): void {
      if (session.via !== 'api-key') return;
      watched.set(socket, token);
      socket.once('close', () => watched.delete(socket));
    },
    stop: () => clearInterval(timer),
  };
}

export type CredentialWatch = ReturnType<typeof watchCredentials>;
