/**
 * The floor: a naive Redis pub/sub → ws broadcast (no auth, no GraphQL, no database, no backpressure),
 * sending each published payload as-is to every connected client; in one process or as node:cluster workers
 * sharing the port, each subscribed to Redis and broadcasting to its own clients.
 */
import { openRedisConnection } from '../../libs/core/src/bus/redis-connection.js';
import { WebSocketServer, WebSocket } from 'ws';
import { serveBench } from './server-cluster.js';

export const RAW_CHANNEL = 'clearpath.bench.raw';
const [redisUrl, workers] = process.argv.slice(2);
await serveBench(
  Number(workers ?? 1),
  async () => {
    const subscriber = await openRedisConnection(redisUrl!);
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await subscriber.subscribe(RAW_CHANNEL);
    subscriber.on('message', (_channel: string, message: string) => {
      for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.send(message);
    });
    await new Promise<void>((resolve) => (wss.address() ? resolve() : wss.once('listening', () => resolve())));
    const address = wss.address();
    return {
      port: typeof address === 'object' && address ? address.port : 0,
      stop: async () => {
        subscriber.disconnect();
        await new Promise((resolve) => wss.close(resolve));
      },
    };
  },
  (port) => `ws://127.0.0.1:${port}`,
);
