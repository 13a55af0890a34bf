import { randomUUID } from 'node:crypto';
import type { Authenticator, ConnectionRegistry, Logger, Session } from '@clearpath/core';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { authenticateConnection, tokenFromConnectionParams } from './connection-auth.js';
import { backpressuredSender } from './backpressure.js';
import { toWireErrors } from './graphql-realm.js';
import { REALTIME_LIMITS } from './realtime-limits.js';
import type { Execute, SubscriptionHub, SubscriptionSink } from './subscription-hub.js';
import { planSubscription, type SubscriptionPlan } from './subscription-plan.js';
import { subscriptionLifecycle } from './subscription-lifecycle.js';

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
  authenticator: Authenticator;
  hub: SubscriptionHub;
  execute: Execute;
  registry: ConnectionRegistry;
  logger: Logger;
  onSlowConsumer: () => void;
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
        if (!connection) return toWireErrors([new GraphQLError('Not authenticated')]);
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: 5000 });
        } catch (error) {
          return toWireErrors([error instanceof GraphQLError ? error : new GraphQLError(String(error))]);
        }
        const schema = options.schema();
        const errors = validate(schema, document, specifiedRules);
        if (errors.length) return toWireErrors(errors);
        const context: OperationContext = { connection, socket: ctx.extra.socket, operationId: id };
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation === 'subscription') {
          if (connection.subscriptions >= REALTIME_LIMITS.maxSubscriptionsPerConnection) {
            return toWireErrors([new GraphQLError(`At most ${REALTIME_LIMITS.maxSubscriptionsPerConnection} subscriptions per connection`, { extensions: { code: 'BAD_REQUEST' } })]);
          }
          const plan = planSubscription(schema, document, payload.operationName, payload.variables);
          if (!('query' in plan)) return toWireErrors(plan);
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
        const send = backpressuredSender(socket, options.onSlowConsumer);
        const sink: SubscriptionSink = {
          // Payloads are serialized once per group; only the envelope is per subscriber.
          next: (d) => send(`${prefix}{"data":{"${plan.responseKey}":${d.json}}}}`),
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
