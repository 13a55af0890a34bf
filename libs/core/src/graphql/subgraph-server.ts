import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Session } from '../auth/session.js';
import { healthRoutes, type Lifecycle } from '../runtime/health-routes.js';
import { httpMetrics, metricsRoutes } from '../runtime/metrics-routes.js';
import type { ServiceRuntime } from '../runtime/service-runtime.js';
import { createErrorFormatter } from './format-error.js';
import { graphqlHandler } from './http-handler.js';
import { tokenFromHeaders } from '../auth/authenticator.js';
import { graphqlMetrics } from './metrics.plugin.js';
import { sessionFromHeaders } from './session-context.js';

export interface SubgraphServerOptions<C> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string | undefined;
  runtime: ServiceRuntime;
  lifecycle: Lifecycle;
  /** How long in-flight requests may run once stopping before their connections are cut. */
  gracePeriodMs: number;
  /** `credential` is the caller's bearer token, for work the subgraph does on the caller's behalf (ask). */
  createContext: (session: Session, credential: string) => C;
  plugins?: ApolloServerPlugin[];
}

export interface RunningServer {
  server: Server;
  url: string;
  stop(): Promise<void>;
}

/** Serves one subgraph on its own port (split mode): /graphql behind auth, /health, /health/live and /health/ready open, /metrics for the scraper. */
export async function startSubgraphServer<C extends object>(options: SubgraphServerOptions<C>): Promise<RunningServer> {
  const { runtime } = options;
  const app = express();
  const server = app.listen({ port: options.port, host: options.host });
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  // Gateways pool connections here: hold idle ones longer than they do (Node's default is 5 s), so a
  // gateway never sends on a connection this end is closing (ECONNRESET mid-query).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  const apollo = new ApolloServer<C & { session: Session }>({
    schema: options.schema,
    formatError: createErrorFormatter(runtime.logger),
    // The gateway sends the queries it fetches for one caller in the same moment as one batch (its
    // batching fetcher); they share this request's context, so DataLoaders load their rows together.
    allowBatchedHttpRequests: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: options.gracePeriodMs }),
      // No @cacheControl hints in our schemas: the default cache-control plugin would still hook every
      // field of every request. Inline traces are for Apollo's usage reporting, which we do not use.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      graphqlMetrics(runtime.logger),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();
  app.use(httpMetrics());
  // GraphQL first in the chain: the busiest path passes no router it has no business with.
  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    graphqlHandler(apollo, async ({ req }) => {
      const session = await sessionFromHeaders(runtime.authenticator, req.headers);
      const authorization = Array.isArray(req.headers.authorization) ? req.headers.authorization[0] : req.headers.authorization;
      const credential = tokenFromHeaders({ authorization, 'x-api-key': req.headers['x-api-key'] }) ?? '';
      return { ...options.createContext(session, credential), session };
    }),
  );
  app.use(metricsRoutes({ token: runtime.metricsToken }));
  app.use(healthRoutes(options.name, runtime, options.lifecycle));
  app.get('/health', async (_req, res) => {
    const report = await runtime.health().catch((error: unknown) => ({ status: 'down', error: String(error) }));
    res.status(report.status === 'ok' ? 200 : 503).json({ service: options.name, ...report });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  runtime.logger.info({ port }, `${options.name} subgraph listening`);
  return { server, url: `http://127.0.0.1:${port}/graphql`, stop: () => apollo.stop() };
}
