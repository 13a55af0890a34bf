/** Split mode: the packages subgraph as its own process (port 8001). */
import { drainGracePeriodMs, exitIfPortInUse, exitOnSignals, openRuntime, parseEnv, runtimeEnv, startSubgraphServer, type Lifecycle } from '@clearpath/core';
import { buildPackagesSchema, createPackagesContext } from './index.js';

const env = parseEnv(runtimeEnv, { PORT: '8001' });
const runtime = await openRuntime('packages', env);
const deps = { db: runtime.database.db, bus: runtime.bus, reads: runtime.reads };
const lifecycle: Lifecycle = { draining: false };

const server = await startSubgraphServer({
  name: 'packages',
  schema: buildPackagesSchema(),
  port: env.PORT,
  host: env.HOST,
  runtime,
  lifecycle,
  gracePeriodMs: drainGracePeriodMs(env.CLEARPATH_SHUTDOWN_SECONDS),
  createContext: (session) => createPackagesContext(deps, session),
}).catch(exitIfPortInUse(env.PORT));

// In-flight requests, ingest batches among them, finish before the database closes.
exitOnSignals({
  logger: runtime.logger,
  lifecycle,
  deadlineSeconds: env.CLEARPATH_SHUTDOWN_SECONDS,
  stop: async () => {
    await server.stop();
    await runtime.close();
  },
});
