/** Split mode: the investigations subgraph as its own process (port 8002). */
import { openRuntime, parseEnv, runtimeEnv, startSubgraphServer } from '@clearpath/core';
import { buildInvestigationsSchema, createInvestigationsContext } from './index.js';

const env = parseEnv(runtimeEnv, { PORT: '8002' });
const runtime = await openRuntime('investigations', env);
const deps = { db: runtime.database.db, bus: runtime.bus };

await startSubgraphServer({
  name: 'investigations',
  schema: buildInvestigationsSchema(),
  port: env.PORT,
  logger: runtime.logger,
  authenticator: runtime.authenticator,
  createContext: (session) => createInvestigationsContext(deps, session),
  health: () => runtime.health(),
});
