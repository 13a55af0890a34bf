import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloGateway } from '@apollo/gateway';
import { createErrorFormatter, formatLimitError, graphqlMetrics, OPERATION_LIMITS, operationLimits, type Logger } from '@clearpath/core';
import { requestGuards } from './request-guards.plugin.js';
import type { GatewayContext } from './supergraph/gateway-context.js';

export function createGraphQLServer(options: {
  gateway: ApolloGateway;
  httpServer: Server;
  logger: Logger;
  introspection: boolean;
  /** How long in-flight requests may run once stopping before their connections are cut. */
  gracePeriodMs: number;
}): ApolloServer<GatewayContext> {
  const protection = operationLimits(options);
  const formatError = createErrorFormatter(options.logger);
  return new ApolloServer<GatewayContext>({
    gateway: options.gateway,
    introspection: options.introspection,
    csrfPrevention: true,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    formatError: (formatted, error) => formatLimitError(formatted, error) ?? formatError(formatted, error),
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      // graphql-armor ships CommonJS typings of Apollo's types; the objects are the same at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<GatewayContext>[]),
      requestGuards<GatewayContext>(),
      graphqlMetrics<GatewayContext>(options.logger),
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer, stopGracePeriodMillis: options.gracePeriodMs }),
      // GraphiQL is served from /graphiql (bundled, offline); no CDN landing page.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/**
 * The subscription engine's server: resolves subscription events through the engine supergraph (with the
 * realtime feeds). In-process only; the documents it runs were validated against the public API first.
 */
export function createEngineServer(options: { gateway: ApolloGateway; logger: Logger }): ApolloServer<GatewayContext> {
  return new ApolloServer<GatewayContext>({
    gateway: options.gateway,
    introspection: false,
    formatError: createErrorFormatter(options.logger),
    includeStacktraceInErrorResponses: false,
  });
}
