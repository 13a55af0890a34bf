/**
 * The fan-out benchmark's gateway, in its own process so clients and server compete for the cores the
 * way they would on one machine: the all-in-one gateway with the Redis bus. Reports its URL and, on
 * request, its memory (after a GC) over IPC.
 */
import { loadGatewayEnv, startGateway } from '@clearpath/gateway';

const [databaseUrl, redisUrl, apiKey] = process.argv.slice(2);
const gateway = await startGateway(
  loadGatewayEnv({
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    CLEARPATH_API_KEY: apiKey,
    CLEARPATH_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // Detection has its own benchmark; here it would compete with fan-out for the two cores.
    SUBGRAPH_INVESTIGATIONS_URL: 'http://127.0.0.1:9/graphql',
  }),
);
process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ type: 'memory', memory: process.memoryUsage() });
  } else if (message.type === 'stop') {
    void gateway.stop().then(() => process.exit(0));
  }
});
process.send?.({ type: 'ready', url: gateway.url });
