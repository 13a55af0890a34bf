import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';

/** Latency samples and counts of the current measurement window (all clients together). */
export class Receipts {
  latencies: number[] = [];
  count = 0;
  recording = false;
  closes = new Map<number, number>();

  reset(): void {
    this.latencies = [];
    this.count = 0;
  }
}

// Every payload carries the log time of its event; the clients only look for that field.
const RECEIVED_AT = /"receivedAt":"([^"]+)"/;

function onPayload(receipts: Receipts, data: WebSocket.RawData): void {
  if (!receipts.recording) return;
  const text = String(data);
  const match = RECEIVED_AT.exec(text);
  if (!match) return;
  receipts.count += 1;
  receipts.latencies.push(Date.now() - Date.parse(match[1]!));
}

/** Opens n connections, `concurrency` at a time. */
export async function openMany(n: number, open: () => Promise<WebSocket>, concurrency = 200): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        next += 1;
        sockets.push(await open());
      }
    }),
  );
  return sockets;
}

/**
 * A minimal graphql-transport-ws client: init with the token, one subscription, count its payloads. Its
 * operation id is a UUID, as graphql-ws' own client makes them, so no two clients get the same frame.
 */
export function graphqlWsClient(url: string, token: string, query: string, receipts: Receipts): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      if (receipts.recording) return onPayload(receipts, data);
      const message = JSON.parse(String(data)) as { type: string };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: randomUUID(), type: 'subscribe', payload: { query } }));
        resolve(socket);
      } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    });
    socket.once('error', reject);
    socket.once('close', (code) => receipts.closes.set(code, (receipts.closes.get(code) ?? 0) + 1));
  });
}

export function rawClient(url: string, receipts: Receipts): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.on('message', (data) => onPayload(receipts, data));
    socket.once('error', reject);
    socket.once('close', (code) => receipts.closes.set(code, (receipts.closes.get(code) ?? 0) + 1));
  });
}

export async function closeAll(sockets: WebSocket[]): Promise<void> {
  await Promise.all(
    sockets.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.readyState === WebSocket.CLOSED) return resolve();
          s.once('close', () => resolve());
          s.close();
          setTimeout(() => (s.terminate(), resolve()), 2000).unref();
        }),
    ),
  );
}
