import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServer } from '@apollo/server';
import { openConnectionRegistry, operationLimits, subscriptionsActive, websocketConnections, type ConnectionRegistry, type ServiceRuntime } from '@clearpath/core';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewayContext } from '../supergraph/gateway-context.js';
import { watchCredentials } from './credential-watch.js';
import { apiSchemaOf } from './graphql-realm.js';
import { serveGraphQLWs } from './graphql-ws.server.js';
import { LEGACY_PATHS } from './legacy-topics.js';
import { serveLegacyWs } from './legacy-ws.server.js';
import { REALTIME_LIMITS } from './realtime-limits.js';
import { SubscriptionHub, type Execute } from './subscription-hub.js';

/** The close sent while the bus is down: 1013 is "try again later" (RFC 6455 registry), which clients retry. */
export const BUS_DOWN = { code: 1013, reason: 'Realtime bus unavailable: reconnect shortly and resume with your last seq' } as const;

export interface RealtimeServer {
  registry: ConnectionRegistry;
  hub: SubscriptionHub;
  /** For the realtime subgraph's Query.realtimeStats. */
  stats(organizationId: string): ReturnType<ConnectionRegistry['counts']>;
  /** For /health. */
  health(): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

interface Supergraph {
  server: ApolloServer<GatewayContext>;
  gateway: ApolloGateway;
}

/** Runs an operation through the supergraph (Apollo Gateway) as the subscriber. */
function executeThrough(apollo: ApolloServer<GatewayContext>): Execute {
  return async (session, token, query, operationName, variables) => {
    const response = await apollo.executeOperation({ query, operationName, variables }, { contextValue: { session, token } });
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    return { data: data ?? null, ...(errors ? { errors } : {}) };
  };
}

/**
 * WebSockets on the gateway's HTTP server: graphql-ws at /graphql and the legacy channels at /ws/*,
 * both fed by one subscription hub over the bus, with the connection registry behind realtimeStats.
 */
export async function startRealtimeServer(options: {
  httpServer: Server;
  /** Public operations (queries and mutations over graphql-ws) run here, with the HTTP limits. */
  apollo: Supergraph;
  /** Subscription events resolve here, through the realtime feeds the public API does not expose. */
  engine: Supergraph;
  runtime: ServiceRuntime;
  redisUrl: string | undefined;
  introspection: boolean;
}): Promise<RealtimeServer> {
  const { runtime } = options;
  const logger = runtime.logger.child({ module: 'realtime' });
  const registry = await openConnectionRegistry(options.redisUrl);
  const hub = new SubscriptionHub({ bus: runtime.bus, execute: executeThrough(options.engine.server), logger });
  await hub.start();
  const schema = apiSchemaOf(options.apollo.gateway);
  const engineSchema = apiSchemaOf(options.engine.gateway);
  const onSlowConsumer = () => registry.countSlowConsumer();
  const limits = operationLimits({ introspection: options.introspection }).validationRules;
  const credentials = watchCredentials(runtime.authenticator, logger);
  // The TCP socket under each WebSocket, so senders can write a tick's frames to it in one system call.
  const transports = new WeakMap<WebSocket, Duplex>();
  const transport = (ws: WebSocket) => transports.get(ws);
  const shared = { schema, engineSchema, limits, authenticator: runtime.authenticator, credentials, hub, registry, logger, onSlowConsumer, transport };

  // No per-message deflate (ws' server default, stated): compressing each copy of a broadcast costs more
  // CPU than the bandwidth it saves on payloads of a few hundred bytes.
  const serverOptions = { noServer: true, maxPayload: REALTIME_LIMITS.maxMessageBytes, perMessageDeflate: false } as const;
  const graphqlWss = new WebSocketServer(serverOptions);
  const legacyWss = new WebSocketServer(serverOptions);
  const graphqlWs = serveGraphQLWs({ ...shared, wss: graphqlWss, execute: executeThrough(options.apollo.server) });
  const legacyWs = serveLegacyWs({ ...shared, wss: legacyWss, bus: runtime.bus });

  // While the bus is down live announcements do not arrive: subscribers are told (1013, try again later)
  // and come back when it is, resuming from their last position (the replay reads the log, not the bus).
  let busDown = false;
  const unwatchBus = runtime.bus.onInterruption({
    lost: () => {
      busDown = true;
      logger.warn({ sockets: graphqlWss.clients.size + legacyWss.clients.size }, 'bus lost: closing realtime connections with 1013');
      for (const ws of [...graphqlWss.clients, ...legacyWss.clients]) ws.close(BUS_DOWN.code, BUS_DOWN.reason);
    },
    restored: () => void (busDown = false),
  });

  const onUpgrade = (request: Parameters<WebSocketServer['handleUpgrade']>[0], socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '');
    const wss = path === '/graphql' ? graphqlWss : path in LEGACY_PATHS ? legacyWss : undefined;
    if (!wss) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    if (busDown) {
      // Upgraded only to be closed with the code clients retry on (an HTTP error would read as a failure).
      wss.handleUpgrade(request, socket, head, (ws) => ws.close(BUS_DOWN.code, BUS_DOWN.reason));
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      transports.set(ws, socket);
      wss.emit('connection', ws, request);
    });
  };
  options.httpServer.on('upgrade', onUpgrade);
  const unregisterMetrics = [
    websocketConnections.add(() => [
      { labels: { protocol: 'graphql-ws' }, value: graphqlWss.clients.size },
      { labels: { protocol: 'legacy' }, value: legacyWss.clients.size },
    ]),
    subscriptionsActive.add(() => {
      const { subscribers, groups } = hub.stats;
      return [
        { labels: { kind: 'subscribers' }, value: subscribers },
        { labels: { kind: 'groups' }, value: groups },
      ];
    }),
  ];

  return {
    registry,
    hub,
    stats: (organizationId) => registry.counts(organizationId),
    async health() {
      const counts = await registry.counts().catch((error: unknown) => ({ error: String(error) }));
      return { registry: registry.kind, replica: registry.replicaId, ...counts, local: hub.stats };
    },
    async stop() {
      options.httpServer.off('upgrade', onUpgrade);
      for (const unregister of unregisterMetrics) unregister();
      unwatchBus();
      credentials.stop();
      await Promise.all([graphqlWs.dispose(), legacyWs.dispose()]);
      await hub.stop();
      await registry.close();
    },
  };
}
