import type { Session } from '@clearpath/core';

/** The per-request context of the gateway; in-process subgraphs derive their own from it. */
export interface GatewayContext {
  session: Session;
  /** The caller's raw credentials, forwarded to subgraphs in split mode. */
  token: string;
  /** In-process subgraph contexts, built once per request so their DataLoaders batch across fetches. */
  subgraphContexts?: Map<string, object>;
}
