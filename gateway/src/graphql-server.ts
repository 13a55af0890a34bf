import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloGateway } from '@apollo/gateway';
import { createErrorFormatter, type Logger } from '@clearpath/core';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatLimitError, rejectAs } from './operation-limit-errors.js';
import { requestGuards } from './request-guards.plugin.js';
import type { GatewayContext } from './supergraph/gateway-context.js';

/** Limits on what one operation may ask for; generous for dashboards, fatal for abuse. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxCost: 20_000,
  maxTokens: 5_000,
  maxDirectives: 30,
} as const;

/** The operation limits as validation rules (armor), shared by HTTP operations and graphql-ws subscriptions. */
export function operationLimits(options: { introspection: boolean }) {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, ...rejectAs('depth', OPERATION_LIMITS.maxDepth) },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, ...rejectAs('aliases', OPERATION_LIMITS.maxAliases) },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: true, ...rejectAs('cost', OPERATION_LIMITS.maxCost) },
    // graphql-js enforces the token limit while parsing (parseOptions below), so a syntax error stays a 400;
    // armor's plugin version of it turns parse errors into 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, ...rejectAs('directives', OPERATION_LIMITS.maxDirectives) },
    // Field suggestions leak the schema when introspection is off.
    blockFieldSuggestion: { enabled: !options.introspection },
  });
  return armor.protect();
}

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
