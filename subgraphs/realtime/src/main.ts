/**
 * Split mode: the realtime subgraph as its own process (port 8003). It serves the feeds and
 * realtimeStats (from the Redis connection registry the gateway replicas report into); the WebSockets
 * themselves are served by the gateways.
 */
import { exitIfPortInUse, openConnectionRegistry, openRuntime, parseEnv, runtimeEnv, startSubgraphServer } from '@clearpath/core';
import { buildRealtimeSchema, createRealtimeContext } from './index.js';

const env = parseEnv(runtimeEnv, { PORT: '8003' });
const runtime = await openRuntime('realtime', env);
const registry = await openConnectionRegistry(env.REDIS_URL, { observer: true });
const deps = { db: runtime.database.db, bus: runtime.bus, stats: (org: string) => registry.counts(org) };

const server = await startSubgraphServer({
  name: 'realtime',
  schema: buildRealtimeSchema(),
  port: env.PORT,
  host: env.HOST,
  logger: runtime.logger,
  authenticator: runtime.authenticator,
  createContext: (session) => createRealtimeContext(deps, session),
  health: () => runtime.health(),
}).catch(exitIfPortInUse(env.PORT));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void (async () => {
      await server.stop();
      await registry.close();
      await runtime.close();
      process.exit(0);
    })();
  });
}
