import { randomUUID } from 'node:crypto';
import { OPERATION_LIMITS, type Authenticator, type ConnectionRegistry, type Logger, type Session } from '@clearpath/core';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Corkable } from './tick-cork.js';
import type { CredentialWatch } from './credential-watch.js';
import { authenticateConnection, tokenFromConnectionParams } from './connection-auth.js';
import { backpressuredSender } from './backpressure.js';
import { toWireErrors } from './graphql-realm.js';
import { REALTIME_LIMITS } from './realtime-limits.js';
import { deliveryBytes, type Execute, type SubscriptionHub, type SubscriptionSink } from './subscription-hub.js';
import { planSubscription, type SubscriptionPlan } from './subscription-plan.js';
import { subscriptionLifecycle } from './subscription-lifecycle.js';

/** Errors as clients get them over HTTP too: each with a code (Apollo's codes for parse and validation). */
const coded = (errors: readonly GraphQLError[], code: string): GraphQLError[] =>
  errors.map((e) => (e.extensions.code ? e : new GraphQLError(e.message, { nodes: e.nodes, source: e.source, positions: e.positions, originalError: e.originalError, extensions: { ...e.extensions, code } })));

/** What closes a `next` message after its payload's data: the response object, data and the message. */
const NEXT_TAIL = Buffer.from('}}}');

interface Connection {
  id: string;
  session: Session;
  token: string;
  subscriptions: number;
}

interface OperationContext {
  connection: Connection;
  socket: WebSocket;
  operationId: string;
  plan?: SubscriptionPlan;
}

export interface GraphQLWsOptions {
  wss: WebSocketServer;
  schema: () => GraphQLSchema;
  engineSchema: () => GraphQLSchema;
  /** The operation limits (depth, aliases, cost, directives) queries get over HTTP. */
  limits: readonly ValidationRule[];
  authenticator: Authenticator;
  credentials: CredentialWatch;
  hub: SubscriptionHub;
  execute: Execute;
  registry: ConnectionRegistry;
  logger: Logger;
  onSlowConsumer: () => void;
  /** The TCP socket under a WebSocket (frames of one tick are written to it together). */
  transport: (socket: WebSocket) => Corkable | undefined;
}

/**
 * graphql-ws at /graphql: authenticates connection_init, validates every operation against the
 * supergraph's API schema, runs queries and mutations through Apollo and serves subscriptions from the hub.
 */
export function serveGraphQLWs(options: GraphQLWsOptions): { dispose(): void | Promise<void> } {
  const connections = new WeakMap<WebSocket, Connection>();
  return useServer<Record<string, unknown>, { connection?: Connection }>(
    {
      connectionInitWaitTimeout: REALTIME_LIMITS.authTimeoutMs,
      onConnect: async (ctx) => {
        const auth = await authenticateConnection(options.authenticator, tokenFromConnectionParams(ctx.connectionParams));
        if (!auth.ok) {
          ctx.extra.socket.close(auth.code, auth.reason);
          return false;
        }
        const connection: Connection = { id: randomUUID(), session: auth.session, token: auth.token, subscriptions: 0 };
        connections.set(ctx.extra.socket, connection);
        options.credentials.track(ctx.extra.socket, auth.session, auth.token);
        options.registry.add({
          id: connection.id,
          organizationId: auth.session.organizationId,
          subject: auth.session.subject,
          transport: 'graphql-ws',
          path: '/graphql',
          since: new Date().toISOString(),
          subscriptions: 0,
        });
        return true;
      },
      onClose: (ctx) => {
        const connection = connections.get(ctx.extra.socket);
        if (connection) options.registry.remove(connection.id);
      },
      onSubscribe: (ctx, id, payload) => {
        const connection = connections.get(ctx.extra.socket);
        if (!connection) return toWireErrors([new GraphQLError('Not authenticated', { extensions: { code: 'UNAUTHENTICATED' } })]);
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: OPERATION_LIMITS.maxTokens });
        } catch (error) {
          return toWireErrors(coded([error instanceof GraphQLError ? error : new GraphQLError(String(error))], 'GRAPHQL_PARSE_FAILED'));
        }
        const schema = options.schema();
        // The same limits as over HTTP: an abusive subscription is refused here, not failed on every event.
        const errors = validate(schema, document, [...specifiedRules, ...options.limits]);
        if (errors.length) return toWireErrors(coded(errors, 'GRAPHQL_VALIDATION_FAILED'));
        const context: OperationContext = { connection, socket: ctx.extra.socket, operationId: id };
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation === 'subscription') {
          if (connection.subscriptions >= REALTIME_LIMITS.maxSubscriptionsPerConnection) {
            return toWireErrors([new GraphQLError(`At most ${REALTIME_LIMITS.maxSubscriptionsPerConnection} subscriptions per connection`, { extensions: { code: 'BAD_REQUEST' } })]);
          }
          const plan = planSubscription(schema, options.engineSchema(), document, payload.operationName, payload.variables);
          if (!('query' in plan)) return toWireErrors(coded(plan, 'BAD_USER_INPUT'));
          context.plan = plan;
        }
        const args: ExecutionArgs = { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: context };
        return args;
      },
      execute: async (args) => {
        const { connection } = args.contextValue as OperationContext;
        const query = (args.document.loc?.source.body ?? '') as string;
        return options.execute(connection.session, connection.token, query, args.operationName ?? undefined, (args.variableValues ?? {}) as Record<string, unknown>) as never;
      },
      subscribe: async (args) => {
        const context = args.contextValue as OperationContext;
        const { connection, socket, operationId, plan } = context;
        if (!plan) throw new Error('subscription without a plan');
        const lifecycle = subscriptionLifecycle();
        const prefix = `{"id":${JSON.stringify(operationId)},"type":"next","payload":`;
        const head = Buffer.from(`${prefix}{"data":{${JSON.stringify(plan.responseKey)}:`);
        const send = backpressuredSender(socket, options.onSlowConsumer, { transport: options.transport(socket) });
        const sink: SubscriptionSink = {
          // Payloads are serialized and encoded once per group; per subscriber only the envelope's bytes are copied.
          next: (d) => {
            const body = deliveryBytes(d);
            send(Buffer.concat([head, body, NEXT_TAIL], head.length + body.length + NEXT_TAIL.length));
          },
          errors: (errors) => send(`${prefix}${JSON.stringify({ data: null, errors })}}`),
          fail: (errors) => lifecycle.fail(errors),
        };
        connection.subscriptions += 1;
        options.registry.setSubscriptions(connection.id, connection.subscriptions);
        const after = plan.args.after;
        const leave = await options.hub.subscribe(plan, connection.session, connection.token, sink, typeof after === 'string' ? after : undefined);
        lifecycle.onEnd(() => {
          leave();
          connection.subscriptions -= 1;
          options.registry.setSubscriptions(connection.id, connection.subscriptions);
        });
        return lifecycle.iterator;
      },
    },
    options.wss,
    REALTIME_LIMITS.keepAliveMs,
  );
}
