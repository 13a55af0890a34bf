import type { Session } from '@clearpath/core';
import type { RealtimeDeps, SubgraphContext } from './context.js';

export { buildRealtimeSchema } from './schema.js';
export { REPLAY_WINDOW } from './feeds/log-position.js';
export type { RealtimeCounts, RealtimeDeps, SubgraphContext as RealtimeContext } from './context.js';

export function createRealtimeContext(deps: RealtimeDeps, session: Session): SubgraphContext {
  return { ...deps, session };
}
