/**
 * Split mode: the realtime subgraph as its own process (port 8003). It serves the feeds and
 * realtimeStats (from the Redis connection registry the gateway replicas report into); the WebSockets
 * themselves are served by the gateways.
 */
import { drainGracePeriodMs, exitIfPortInUse, exitOnSignals, openConnectionRegistry, openRuntime, parseEnv, runtimeEnv, startSubgraphServer, type Lifecycle } from '@clearpath/core';
import { buildRealtimeSchema, createRealtimeContext } from './index.js';

const env = parseEnv(runtimeEnv, { PORT: '8003' });
const runtime = await openRuntime('realtime', env);
const registry = await openConnectionRegistry(env.REDIS_URL, { observer: true });
const deps = { db: runtime.database.db, bus: runtime.bus, stats: (org: string) => registry.counts(org) };
const lifecycle: Lifecycle = { draining: false };

const server = await startSubgraphServer({
  name: 'realtime',
  schema: buildRealtimeSchema(),
  port: env.PORT,
  host: env.HOST,
  runtime,
  lifecycle,
  gracePeriodMs: drainGracePeriodMs(env.CLEARPATH_SHUTDOWN_SECONDS),
  createContext: (session) => createRealtimeContext(deps, session),
}).catch(exitIfPortInUse(env.PORT));

exitOnSignals({
  logger: runtime.logger,
  lifecycle,
  deadlineSeconds: env.CLEARPATH_SHUTDOWN_SECONDS,
  stop: async () => {
    await server.stop();
    await registry.close();
    await runtime.close();
  },
});
