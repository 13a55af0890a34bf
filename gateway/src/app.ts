import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { ApolloGateway } from '@apollo/gateway';
import { drainGracePeriodMs, graphqlHandler, healthRoutes, httpMetrics, metricsRoutes, openRuntime, sessionFromHeaders, tokenFromHeaders, type Lifecycle, type ServiceRuntime } from '@clearpath/core';
import { buildInvestigationsSchema, createInvestigationsContext, startInvestigationsEngine, type InvestigationsEngine, type InvestigationsEngineOptions } from '@clearpath/investigations';
import { buildPackagesSchema, createPackagesContext } from '@clearpath/packages';
import { buildRealtimeSchema, createRealtimeContext, type RealtimeDeps } from '@clearpath/realtime';
import express, { type Router } from 'express';
import { bootstrapApiKey } from './bootstrap/api-key.bootstrap.js';
import { startDemoSimulator, type DemoSimulator } from './bootstrap/demo.simulator.js';
import { corsMiddleware } from './cors.js';
import type { GatewayEnv } from './environment.js';
import { graphqlBodyErrors } from './graphql-body-errors.js';
import { createEngineServer, createGraphQLServer } from './graphql-server.js';
import { healthReport } from './health.js';
import { createExecutor } from './rest/graphql-executor.js';
import { createRestApi } from './rest/rest-api.js';
import { REST_OPERATIONS } from './rest/operations.js';
import { readDashboardOperations, warmQueryPlans } from './supergraph/plan-warmup.js';
import { createSupergraphGateway, type SubgraphTargets } from './supergraph/supergraph-gateway.js';
import { startRealtimeServer, type RealtimeServer } from './realtime/realtime-server.js';

/** The dashboard and GraphiQL, built by the web workspace. */
const WEB_DIST = resolve(import.meta.dirname, '..', '..', 'web', 'dist');

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: Server;
  /** The public API's Apollo Gateway (its query plans, for tests). */
  supergraph: ApolloGateway;
  runtime: ServiceRuntime;
  /** The detection and investigation engine, when this process runs it (all-in-one). */
  engine: InvestigationsEngine | undefined;
  /** Draining turns /health/ready red (set on SIGTERM, before stop). */
  lifecycle: Lifecycle;
  /** Closes WebSockets with 1001, lets in-flight requests finish, hands back claimed work due by `deadline` (epoch ms). */
  stop(deadline?: number): Promise<void>;
}

/** Subgraphs in this process (all-in-one) unless their URLs are configured (split). */
function subgraphTargets(env: GatewayEnv, runtime: ServiceRuntime, engine: InvestigationsEngine | undefined, stats: RealtimeDeps['stats']): SubgraphTargets {
  const deps = { db: runtime.database.db, bus: runtime.bus, reads: runtime.reads };
  return {
    packages: env.SUBGRAPH_PACKAGES_URL ?? { schema: buildPackagesSchema(), createContext: (s) => createPackagesContext(deps, s) },
    // The engine runs here exactly when the investigations subgraph has no URL of its own.
    investigations: engine
      ? { schema: buildInvestigationsSchema(), createContext: (s, credential) => createInvestigationsContext(engine.deps, s, credential) }
      : String(env.SUBGRAPH_INVESTIGATIONS_URL),
    realtime: env.SUBGRAPH_REALTIME_URL ?? { schema: buildRealtimeSchema(), createContext: (s) => createRealtimeContext({ ...deps, stats }, s) },
  };
}

export interface GatewayOptions {
  extraRoutes?: Router[];
  /** All-in-one: a chat model instead of the configured LLM (tests use LangChain's fake model). */
  chatModel?: InvestigationsEngineOptions['chatModel'];
  /** False runs every query through Apollo Gateway's executor (tests compare the two paths). */
  singleFetch?: false;
}

export async function startGateway(env: GatewayEnv, options: GatewayOptions = {}): Promise<RunningGateway> {
  const runtime = await openRuntime('gateway', env);
  const { logger } = runtime;
  // A refused CLEARPATH_API_KEY stops the start; the runtime opened for it must not outlive the refusal.
  await bootstrapApiKey(runtime.database.db, env.CLEARPATH_DEFAULT_ORG, env.CLEARPATH_API_KEY, logger).catch(async (error: unknown) => {
    await runtime.close();
    throw error;
  });

  // All-in-one: this process also runs detection and investigations; split: the investigations process does.
  const engine = env.SUBGRAPH_INVESTIGATIONS_URL
    ? undefined
    : await startInvestigationsEngine({ db: runtime.database.db, bus: runtime.bus, logger, env, ...(options.chatModel ? { chatModel: options.chatModel } : {}) });
  // The realtime server starts after Apollo; realtimeStats reads its connection registry once it exists.
  const realtime: { server?: RealtimeServer } = {};
  const targets = subgraphTargets(env, runtime, engine, async (org) => realtime.server?.stats(org) ?? { connections: 0, subscriptions: 0, replicas: 0, slowConsumersDropped: 0 });
  // Identical subgraph fetches in flight at once run once (queries only, per organization and role).
  const dedup = { fetches: 0, merged: 0 };
  const batches = { batches: 0, batchedOperations: 0 };
  // Queries planned as one plain fetch answered with the subgraph's reply (single-fetch.ts).
  const singleFetch = { singleFetch: 0 };
  const supergraph = createSupergraphGateway(targets, { dedup, batches, singleFetch: options.singleFetch ?? singleFetch });
  const app = express();
  app.disable('x-powered-by');
  app.use(httpMetrics());
  if (env.CLEARPATH_CORS_ORIGINS.length > 0) app.use(corsMiddleware(env.CLEARPATH_CORS_ORIGINS));
  const httpServer = createServer(app);
  const apollo = createGraphQLServer({
    gateway: supergraph,
    httpServer,
    logger,
    introspection: env.CLEARPATH_INTROSPECTION,
    gracePeriodMs: drainGracePeriodMs(env.CLEARPATH_SHUTDOWN_SECONDS),
  });
  const engineSupergraph = createSupergraphGateway(targets, { engine: true, dedup, batches });
  const engineApollo = createEngineServer({ gateway: engineSupergraph, logger });
  await Promise.all([apollo.start(), engineApollo.start()]);
  // GraphQL first in the chain: the busiest path passes no router it has no business with.
  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    graphqlHandler(apollo, async ({ req }) => ({
      session: await sessionFromHeaders(runtime.authenticator, req.headers),
      token: tokenFromHeaders({ authorization: req.headers.authorization, 'x-api-key': req.headers['x-api-key'] }) ?? '',
    })),
    graphqlBodyErrors,
  );

  // The REST shim's and the dashboard's operations are known in advance: plan them now, not on each one's
  // first request.
  const warmed = await warmQueryPlans(supergraph, [...REST_OPERATIONS, ...readDashboardOperations()]);
  if (warmed.failed.length > 0) logger.warn({ failed: warmed.failed }, 'some REST or dashboard operations do not plan against the supergraph');
  const realtimeServer = await startRealtimeServer({
    httpServer,
    apollo: { server: apollo, gateway: supergraph },
    engine: { server: engineApollo, gateway: engineSupergraph },
    runtime,
    redisUrl: env.REDIS_URL,
    introspection: env.CLEARPATH_INTROSPECTION,
  });
  realtime.server = realtimeServer;

  const lifecycle: Lifecycle = { draining: false };
  app.use(healthRoutes('gateway', runtime, lifecycle));
  app.use(metricsRoutes({ token: runtime.metricsToken }));
  app.get('/health', async (_req, res) => {
    const realtimeHealth = await realtimeServer.health();
    const report = await healthReport(runtime, targets, () => ({ realtime: realtimeHealth, subgraphFetches: { ...dedup, ...batches, ...singleFetch } }));
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });
  app.use(
    '/api/v1',
    createRestApi({ execute: createExecutor(apollo), authenticator: runtime.authenticator, logger, extraRoutes: options.extraRoutes ?? [] }),
  );
  // What the dashboard needs before sign-in; read at run time so one build serves every deployment.
  app.get('/dashboard-config.json', (_req, res) => {
    res.set('cache-control', 'no-store').json({ clerkPublishableKey: env.CLERK_PUBLISHABLE_KEY ?? null });
  });
  if (existsSync(WEB_DIST)) {
    app.get('/graphiql', (_req, res) => res.sendFile(resolve(WEB_DIST, 'graphiql.html')));
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
  } else {
    logger.warn({ WEB_DIST }, 'web dashboard not built: run npm run build');
  }

  await new Promise<void>((done, fail) => httpServer.once('error', fail).listen({ port: env.PORT, host: env.HOST }, done));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info({ port, database: runtime.database.kind, bus: runtime.bus.kind }, 'ClearPath gateway listening');
  // ask (all-in-one) runs the queries it writes through this gateway, as the caller.
  const loopback = !env.HOST || env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  engine?.deps.ask?.useGateway(`http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}/graphql`);
  // The demo seeds in the background so the server answers at once; all-in-one only (it writes in-process).
  let demo: DemoSimulator | undefined;
  if (env.CLEARPATH_DEMO && !env.SUBGRAPH_PACKAGES_URL) {
    startDemoSimulator({ db: runtime.database.db, bus: runtime.bus, logger }, env.CLEARPATH_DEFAULT_ORG, {
      intervalMs: env.DEMO_FEED_INTERVAL_MS,
      packagesPerHour: env.DEMO_FEED_PACKAGES_PER_HOUR,
    }).then(
      (started) => (demo = started),
      (error: unknown) => logger.error({ err: error }, 'demo seeding failed'),
    );
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    httpServer,
    supergraph,
    runtime,
    engine,
    lifecycle,
    async stop(deadline) {
      demo?.stop();
      // Subscribers hear 1001 (going away) and resume elsewhere with their last seq; HTTP drains meanwhile.
      await realtimeServer.stop();
      await Promise.all([apollo.stop(), engineApollo.stop(), engine?.stop(deadline)]);
      await runtime.close();
    },
  };
}
