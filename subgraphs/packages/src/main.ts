/** Split mode: the packages subgraph as its own process (port 8001). */
import { exitIfPortInUse, openRuntime, parseEnv, runtimeEnv, startSubgraphServer } from '@clearpath/core';
import { buildPackagesSchema, createPackagesContext } from './index.js';

const env = parseEnv(runtimeEnv, { PORT: '8001' });
const runtime = await openRuntime('packages', env);
const deps = { db: runtime.database.db, bus: runtime.bus };

await startSubgraphServer({
  name: 'packages',
  schema: buildPackagesSchema(),
  port: env.PORT,
  host: env.HOST,
  logger: runtime.logger,
  authenticator: runtime.authenticator,
  createContext: (session) => createPackagesContext(deps, session),
  health: () => runtime.health(),
}).catch(exitIfPortInUse(env.PORT));
