import type { Bus, Session } from '@clearpath/core';

export interface RealtimeDeps {
  bus: Bus;
  /** Live connection counts; the gateway's WebSocket servers report into it. */
  stats: () => Promise<{ connections: number; subscriptions: number }>;
}

export interface SubgraphContext extends RealtimeDeps {
  session: Session;
}
