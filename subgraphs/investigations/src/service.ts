/** Split mode: the investigations subgraph as its own process (port 8002), with its background engine. */
import { drainGracePeriodMs, exitIfPortInUse, exitOnSignals, openRuntime, parseEnv, runtimeEnv, startSubgraphServer, type Lifecycle } from '@clearpath/core';
import { investigationsEnv } from './environment.js';
import { buildInvestigationsSchema, createInvestigationsContext, startInvestigationsEngine } from './index.js';

const env = parseEnv(runtimeEnv.extend(investigationsEnv.shape), { PORT: '8002' });
const runtime = await openRuntime('investigations', env);
const engine = await startInvestigationsEngine({ db: runtime.database.db, bus: runtime.bus, logger: runtime.logger, env });
const lifecycle: Lifecycle = { draining: false };

const server = await startSubgraphServer({
  name: 'investigations',
  schema: buildInvestigationsSchema(),
  port: env.PORT,
  host: env.HOST,
  runtime,
  lifecycle,
  gracePeriodMs: drainGracePeriodMs(env.CLEARPATH_SHUTDOWN_SECONDS),
  createContext: (session, credential) => createInvestigationsContext(engine.deps, session, credential),
}).catch(exitIfPortInUse(env.PORT));

// A running investigation that cannot finish before the deadline is handed back to the queue.
exitOnSignals({
  logger: runtime.logger,
  lifecycle,
  deadlineSeconds: env.CLEARPATH_SHUTDOWN_SECONDS,
  stop: async (deadline) => {
    await Promise.all([server.stop(), engine.stop(deadline - 500)]);
    await runtime.close();
  },
});
