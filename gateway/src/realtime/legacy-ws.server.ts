import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Authenticator, Bus, ConnectionRegistry, Logger, Session } from '@clearpath/core';
import { parse, type GraphQLSchema } from 'graphql';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { Corkable } from './tick-cork.js';
import type { CredentialWatch } from './credential-watch.js';
import { authenticateConnection } from './connection-auth.js';
import { LEGACY_CHANNELS, LEGACY_PATHS, type LegacyFilters } from './legacy-topics.js';
import { backpressuredSender } from './backpressure.js';
import { REALTIME_LIMITS } from './realtime-limits.js';
import type { SubscriptionHub } from './subscription-hub.js';
import { planSubscription } from './subscription-plan.js';

export interface LegacyWsOptions {
  wss: WebSocketServer;
  schema: () => GraphQLSchema;
  engineSchema: () => GraphQLSchema;
  authenticator: Authenticator;
  credentials: CredentialWatch;
  hub: SubscriptionHub;
  registry: ConnectionRegistry;
  logger: Logger;
  onSlowConsumer: () => void;
  /** Notifications for people (the outbox dispatcher publishes them once each). */
  bus: Bus;
  /** The TCP socket under a WebSocket (frames of one tick are written to it together). */
  transport: (socket: WebSocket) => Corkable | undefined;
}

interface LegacyConnection {
  id: string;
  socket: WebSocket;
  path: string;
  session?: Session;
  token?: string;
  /** channel → leave functions of its topics */
  channels: Map<string, (() => void)[]>;
  send: (frame: string) => boolean;
}

/**
 * The original service's WebSocket API: `{"type","data","ts"}` messages, auth by `?token=` or a first
 * `{"type":"auth","token"}` message, `{"type":"subscribe", ...filters}`, `{"type":"ping"}`. Every channel is
 * a GraphQL subscription on the shared hub, so legacy clients see exactly what subscribers see.
 */
export function serveLegacyWs(options: LegacyWsOptions) {
  const { wss } = options;
  const live = new Set<LegacyConnection>();

  const envelope = (type: string, dataJson: string) => `{"type":${JSON.stringify(type)},"data":${dataJson},"ts":"${new Date().toISOString()}"}`;
  const send = (c: LegacyConnection, frame: string): void => void c.send(frame);
  const reply = (c: LegacyConnection, type: string, data: unknown) => send(c, envelope(type, JSON.stringify(data ?? null)));
  const error = (c: LegacyConnection, code: string, message: string) => reply(c, 'error', { code, message });

  function unsubscribe(c: LegacyConnection, channel?: string) {
    for (const [name, leaves] of c.channels) {
      if (channel && name !== channel) continue;
      for (const leave of leaves) leave();
      c.channels.delete(name);
    }
    options.registry.setSubscriptions(c.id, [...c.channels.values()].reduce((n, l) => n + l.length, 0));
  }

  async function subscribe(c: LegacyConnection, channel: string, filters: LegacyFilters) {
    const topics = LEGACY_CHANNELS[channel];
    if (!topics) return error(c, 'BAD_REQUEST', `Unknown channel ${JSON.stringify(channel)}; one of ${Object.keys(LEGACY_CHANNELS).join(', ')}`);
    if (!c.session || !c.token) return;
    unsubscribe(c, channel);
    const leaves: (() => void)[] = [];
    c.channels.set(channel, leaves);
    for (const topic of topics) {
      const plan = planSubscription(options.schema(), options.engineSchema(), parse(topic.query), undefined, topic.variables(filters));
      if (!('query' in plan)) {
        unsubscribe(c, channel);
        return error(c, 'BAD_USER_INPUT', plan.map((e) => e.message).join('; '));
      }
      let failed = false;
      const leave = await options.hub.subscribe(
        plan,
        c.session,
        c.token,
        {
          next: (d) => send(c, envelope(topic.type, d.json)),
          errors: (errors) => error(c, String(errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), errors[0]?.message ?? 'error'),
          fail: (errors) => {
            failed = true;
            error(c, String(errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), errors[0]?.message ?? 'error');
          },
        },
        typeof plan.args.after === 'string' ? plan.args.after : undefined,
      );
      if (failed) {
        unsubscribe(c, channel);
        return;
      }
      if (c.channels.get(channel) !== leaves || c.socket.readyState !== c.socket.OPEN) leave();
      else leaves.push(leave);
    }
    options.registry.setSubscriptions(c.id, [...c.channels.values()].reduce((n, l) => n + l.length, 0));
    reply(c, 'subscribed', { channel, filters });
  }

  async function authenticate(c: LegacyConnection, token: string | undefined): Promise<boolean> {
    const auth = await authenticateConnection(options.authenticator, token);
    if (!auth.ok) {
      c.socket.close(auth.code, auth.reason);
      return false;
    }
    c.session = auth.session;
    c.token = auth.token;
    options.credentials.track(c.socket, auth.session, auth.token);
    options.registry.add({
      id: c.id,
      organizationId: auth.session.organizationId,
      subject: auth.session.subject,
      transport: 'legacy',
      path: c.path,
      since: new Date().toISOString(),
      subscriptions: 0,
    });
    const channel = LEGACY_PATHS[c.path] ?? null;
    reply(c, 'connected', { organizationId: auth.session.organizationId, channel, channels: Object.keys(LEGACY_CHANNELS) });
    if (channel) await subscribe(c, channel, {});
    return true;
  }

  async function onMessage(c: LegacyConnection, raw: RawData) {
    let message: { type?: unknown; data?: unknown; token?: unknown; channel?: unknown } & Record<string, unknown>;
    try {
      message = JSON.parse(String(raw)) as typeof message;
      if (!message || typeof message !== 'object') throw new Error('not an object');
    } catch {
      return error(c, 'BAD_REQUEST', 'Messages are JSON objects with a "type"');
    }
    const data = (message.data && typeof message.data === 'object' ? message.data : {}) as Record<string, unknown>;
    const fields = { ...message, ...data };
    if (message.type === 'ping') return reply(c, 'pong', data);
    if (!c.session) {
      if (message.type === 'auth') return void (await authenticate(c, typeof fields.token === 'string' ? fields.token : undefined));
      return c.socket.close(4401, 'Unauthorized: authenticate with ?token= or a first {"type":"auth","token"} message');
    }
    if (message.type === 'auth') return error(c, 'BAD_REQUEST', 'Already authenticated');
    const channel = typeof fields.channel === 'string' ? fields.channel : (LEGACY_PATHS[c.path] ?? undefined);
    if (message.type === 'subscribe') {
      if (!channel) return error(c, 'BAD_REQUEST', `Name a channel: ${Object.keys(LEGACY_CHANNELS).join(', ')}`);
      return subscribe(c, channel, fields as LegacyFilters);
    }
    if (message.type === 'unsubscribe') {
      unsubscribe(c, typeof fields.channel === 'string' ? fields.channel : undefined);
      return reply(c, 'unsubscribed', { channel: fields.channel ?? null });
    }
    return error(c, 'BAD_REQUEST', `Unknown message type ${JSON.stringify(message.type)}`);
  }

  // Notifications are not a log-backed feed but messages for people: every authenticated connection of the
  // organization, on any legacy path, gets them as `notification` while it is connected.
  const notifications = options.bus.subscribe('notification', (n) => {
    const frame = envelope('notification', JSON.stringify({ id: n.id, type: n.type, created_at: n.createdAt, data: n.data }));
    for (const c of live) if (c.session?.organizationId === n.organizationId) send(c, frame);
  });

  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const c: LegacyConnection = {
      id: randomUUID(),
      socket,
      path: url.pathname.replace(/\/$/, ''),
      channels: new Map(),
      send: backpressuredSender(socket, options.onSlowConsumer, { transport: options.transport(socket) }),
    };
    live.add(c);
    let alive = true;
    socket.on('pong', () => (alive = true));
    const keepAlive = setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, REALTIME_LIMITS.keepAliveMs * 2);
    const authTimer = setTimeout(() => {
      if (!c.session) socket.close(4408, 'Authentication timeout');
    }, REALTIME_LIMITS.authTimeoutMs);
    // Messages are handled one at a time so a subscribe finishes before the next one starts.
    let chain = Promise.resolve();
    socket.on('message', (raw) => {
      chain = chain.then(() => onMessage(c, raw)).catch((err: unknown) => {
        options.logger.error({ err }, 'legacy websocket message failed');
        error(c, 'INTERNAL_SERVER_ERROR', 'Internal error');
      });
    });
    socket.on('close', () => {
      clearInterval(keepAlive);
      clearTimeout(authTimer);
      unsubscribe(c);
      options.registry.remove(c.id);
      live.delete(c);
    });
    socket.on('error', (err) => options.logger.warn({ err }, 'legacy websocket error'));
    const token = url.searchParams.get('token');
    if (token) chain = chain.then(async () => void (await authenticate(c, token)));
  });

  return {
    async dispose() {
      await (await notifications)();
      for (const c of live) c.socket.close(1001, 'Going away');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
