import type { Session } from '@clearpath/core';
import type { InvestigationsDeps, SubgraphContext } from './context.js';
import { createInvestigationsLoaders } from './loaders.js';

export { buildInvestigationsSchema } from './schema.js';
export type { InvestigationsDeps, SubgraphContext as InvestigationsContext } from './context.js';

export function createInvestigationsContext(deps: InvestigationsDeps, session: Session, credential = ''): SubgraphContext {
  return { ...deps, session, credential, loaders: createInvestigationsLoaders(deps, session) };
}
export { startInvestigationsEngine, type InvestigationsEngine, type InvestigationsEngineOptions } from './investigations.engine.js';
export { investigationsEnv, type InvestigationsEnv } from './environment.js';
