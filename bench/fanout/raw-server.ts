/**
 * The floor: a naive Redis pub/sub → ws broadcast (no auth, no GraphQL, no database, no backpressure),
 * sending each published payload as-is to every connected client.
 */
import { openRedisConnection } from '../../libs/core/src/bus/redis-connection.js';
import { WebSocketServer, WebSocket } from 'ws';

export const RAW_CHANNEL = 'clearpath.bench.raw';
const [redisUrl] = process.argv.slice(2);
const subscriber = await openRedisConnection(redisUrl!);
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
await subscriber.subscribe(RAW_CHANNEL);
subscriber.on('message', (_channel: string, message: string) => {
  for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.send(message);
});
await new Promise<void>((resolve) => (wss.address() ? resolve() : wss.once('listening', () => resolve())));
const address = wss.address();
process.on('message', (message: { type: string }) => {
  if (message.type === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send?.({ type: 'memory', memory: process.memoryUsage() });
  } else if (message.type === 'stop') {
    subscriber.disconnect();
    wss.close(() => process.exit(0));
  }
});
process.send?.({ type: 'ready', url: `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
