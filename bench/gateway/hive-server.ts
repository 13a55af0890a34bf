/**
 * Hive Gateway (`@graphql-hive/gateway-runtime`) for the gateway benchmark: the committed supergraph with its
 * subgraph URLs pointed at this run's subgraph processes, on Node's http server, with the runtime's
 * defaults. The only setting is the one correctness needs: the caller's credentials go to every subgraph
 * (each authenticates on its own, as behind our gateway).
 *
 *   PORT=… SUBGRAPH_PACKAGES_URL=… SUBGRAPH_INVESTIGATIONS_URL=… SUBGRAPH_REALTIME_URL=… node --import tsx bench/gateway/hive-server.ts
 */
import { createServer, type RequestListener } from 'node:http';
import { readSupergraphSdl } from '../../gateway/src/supergraph/supergraph-gateway.js';

const COMMITTED_URLS: Record<string, string> = {
  'http://localhost:8001/graphql': 'SUBGRAPH_PACKAGES_URL',
  'http://localhost:8002/graphql': 'SUBGRAPH_INVESTIGATIONS_URL',
  'http://localhost:8003/graphql': 'SUBGRAPH_REALTIME_URL',
};
let supergraph = readSupergraphSdl();
for (const [committed, variable] of Object.entries(COMMITTED_URLS)) {
  const url = process.env[variable];
  if (!url || !supergraph.includes(committed)) throw new Error(`${variable} must be set and the supergraph must name ${committed}`);
  supergraph = supergraph.replace(committed, url);
}

// Imported untyped: graphql-yoga's typings (under the runtime) augment GraphQLErrorExtensions.http with a
// type that clashes with Apollo Server's, and would break type-checking of the gateway in this project.
const runtimeModule: string = '@graphql-hive/gateway-runtime';
const { createGatewayRuntime } = (await import(runtimeModule)) as {
  createGatewayRuntime(config: object): RequestListener & { dispose(): Promise<void> | void };
};
const gateway = createGatewayRuntime({
  supergraph,
  logging: 'warn',
  propagateHeaders: { fromClientToSubgraphs: ({ request }: { request: Request }) => ({ authorization: request.headers.get('authorization') }) },
});
const server = createServer(gateway);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
    server.closeAllConnections();
  });
}
