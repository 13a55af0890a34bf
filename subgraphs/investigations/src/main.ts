/** Split mode: the investigations subgraph as its own process (port 8002), with its background engine. */
import { exitIfPortInUse, openRuntime, parseEnv, runtimeEnv, startSubgraphServer } from '@clearpath/core';
import { investigationsEnv } from './environment.js';
import { buildInvestigationsSchema, createInvestigationsContext, startInvestigationsEngine } from './index.js';

const env = parseEnv(runtimeEnv.extend(investigationsEnv.shape), { PORT: '8002' });
const runtime = await openRuntime('investigations', env);
const engine = await startInvestigationsEngine({ db: runtime.database.db, bus: runtime.bus, logger: runtime.logger, env });

const server = await startSubgraphServer({
  name: 'investigations',
  schema: buildInvestigationsSchema(),
  port: env.PORT,
  host: env.HOST,
  logger: runtime.logger,
  authenticator: runtime.authenticator,
  createContext: (session) => createInvestigationsContext(engine.deps, session),
  health: () => runtime.health(),
}).catch(exitIfPortInUse(env.PORT));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void Promise.all([server.stop(), engine.stop()]).then(() => runtime.close()).finally(() => process.exit(0)));
}
