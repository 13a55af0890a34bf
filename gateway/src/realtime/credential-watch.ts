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
  // Sockets by key, kept as they open and close: a re-check walks the distinct keys, not every socket
  // (thousands of connections usually share a handful of keys).
  const byToken = new Map<string, Set<WebSocket>>();
  const timer = setInterval(() => void recheck(), periodMs);
  timer.unref();

  const forget = (token: string, socket: WebSocket) => {
    const sockets = byToken.get(token);
    sockets?.delete(socket);
    if (sockets?.size === 0) byToken.delete(token);
  };

  async function recheck(): Promise<void> {
    for (const token of [...byToken.keys()]) {
      const auth = await authenticateConnection(authenticator, token).catch((error: unknown) => {
        logger.warn({ err: error }, 'credential re-check failed; keeping connections until the next check');
        return { ok: true } as const;
      });
      if (auth.ok) continue;
      for (const socket of byToken.get(token) ?? []) socket.close(4403, 'Forbidden: the API key was revoked or has expired');
      byToken.delete(token);
    }
  }

  return {
    /** Watches the connection while it is open (API-key sessions only). */
    track(socket: WebSocket, session: Session, token: string): void {
      if (session.via !== 'api-key') return;
      let sockets = byToken.get(token);
      if (!sockets) byToken.set(token, (sockets = new Set()));
      sockets.add(socket);
      socket.once('close', () => forget(token, socket));
    },
    stop: () => clearInterval(timer),
  };
}

export type CredentialWatch = ReturnType<typeof watchCredentials>;
