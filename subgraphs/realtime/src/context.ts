import type { Bus, Db, Session } from '@clearpath/core';

/** What the connection registry reports for one organization (counts across all gateway replicas). */
export interface RealtimeCounts {
  connections: number;
  subscriptions: number;
  replicas: number;
  slowConsumersDropped: number;
}

export interface RealtimeDeps {
  db: Db;
  bus: Bus;
  /** Live connection counts of one organization, from the connection registry the gateways report into. */
  stats: (organizationId: string) => Promise<RealtimeCounts>;
}

export interface SubgraphContext extends RealtimeDeps {
  session: Session;
}
