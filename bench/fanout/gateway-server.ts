/**
 * The fan-out benchmark's gateway, in its own process(es) so clients and server compete for the cores the
 * way they would on one machine: the all-in-one gateway with the Redis bus, as one process or as node:cluster
 * workers sharing the port (CLEARPATH_WORKERS' pool). Answers the benchmark over IPC (server-cluster.ts).
 */
import { loadGatewayEnv, startGateway } from '@clearpath/gateway';
import { serveBench } from './server-cluster.js';

const [databaseUrl, redisUrl, apiKey, workers] = process.argv.slice(2);
await serveBench(
  Number(workers ?? 1),
  async () => {
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
    return { port: gateway.port, stop: () => gateway.stop() };
  },
  (port) => `http://127.0.0.1:${port}`,
);
