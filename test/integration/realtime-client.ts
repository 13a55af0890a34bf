import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApp } from '../support/test-gateway.js';

/** A graphql-ws client of the gateway (no retries: tests want to see every close). */
export function wsClient(url: string, connectionParams: Record<string, unknown> = {}, onClosed?: (code: number, reason: string) => void): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: true,
    on: { closed: (event) => onClosed?.((event as { code: number }).code, String((event as { reason?: string }).reason ?? '')) },
  });
}

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  done: boolean;
  /** Resolves once at least n payloads arrived (or rejects after the timeout). */
  atLeast(n: number, timeoutMs?: number): Promise<T[]>;
  dispose(): void;
}

/** Subscribes and collects payloads (the subscription root field's value) as they arrive. */
export function collect<T = Record<string, unknown>>(client: Client, query: string, variables: Record<string, unknown> = {}): Collected<T> {
  const collected: Collected<T> = {
    items: [],
    errors: [],
    done: false,
    async atLeast(n, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (collected.items.length < n) {
        if (collected.errors.length) throw new Error(`subscription failed: ${JSON.stringify(collected.errors)}`);
        if (Date.now() > until) throw new Error(`timed out with ${collected.items.length}/${n} payloads`);
        await sleep(20);
      }
      return collected.items;
    },
    dispose: () => {},
  };
  collected.dispose = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) collected.errors.push(...result.errors);
        const value = result.data ? Object.values(result.data)[0] : undefined;
        if (value !== undefined) collected.items.push(value);
      },
      error: (error) => {
        collected.errors.push(error);
        collected.done = true;
      },
      complete: () => void (collected.done = true),
    },
  );
  return collected;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the registry reports n subscriptions for the token's organization (the subscriptions are live). */
export async function waitForSubscriptions(app: TestApp, token: string, n: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const result = await app.gql<{ realtimeStats: { subscriptions: number } }>('{ realtimeStats { subscriptions } }', {}, token);
    if ((result.data?.realtimeStats.subscriptions ?? -1) >= n) return;
    if (Date.now() > until) throw new Error(`only ${result.data?.realtimeStats.subscriptions} of ${n} subscriptions registered`);
    await sleep(25);
  }
}

export interface LegacyClient {
  socket: WebSocket;
  messages: { type: string; data: unknown; ts: string }[];
  closed?: { code: number; reason: string };
  send(message: unknown): void;
  /** Resolves with the first message of the type after index `from` (default: any so far). */
  waitFor<T = Record<string, unknown>>(type: string, predicate?: (data: T) => boolean, timeoutMs?: number): Promise<T>;
  waitForClose(timeoutMs?: number): Promise<{ code: number; reason: string }>;
  close(): void;
}

/** A client of a legacy /ws/* channel. */
export function legacyClient(url: string, path: string): LegacyClient {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`);
  const client: LegacyClient = {
    socket,
    messages: [],
    send: (message) => {
      const write = () => socket.send(JSON.stringify(message));
      if (socket.readyState === WebSocket.OPEN) write();
      else socket.once('open', write);
    },
    async waitFor<T>(type: string, predicate: (data: T) => boolean = () => true, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = client.messages.find((m) => m.type === type && predicate(m.data as T));
        if (found) return found.data as T;
        if (client.closed) throw new Error(`closed ${client.closed.code} ${client.closed.reason} before ${type}`);
        if (Date.now() > until) throw new Error(`no ${type} message; got ${client.messages.map((m) => m.type).join(', ')}`);
        await sleep(20);
      }
    },
    async waitForClose(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!client.closed) {
        if (Date.now() > until) throw new Error('not closed');
        await sleep(20);
      }
      return client.closed;
    },
    close: () => socket.close(),
  };
  socket.on('message', (raw) => client.messages.push(JSON.parse(String(raw)) as LegacyClient['messages'][number]));
  socket.on('close', (code, reason) => (client.closed = { code, reason: String(reason) }));
  socket.on('error', () => {});
  return client;
}
