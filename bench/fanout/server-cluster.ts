/**
 * A benchmark server in one process or several: with workers > 1 the server runs as node:cluster workers
 * sharing its port (the gateway's own worker pool, for the gateway and the floor alike), and the primary
 * relays the benchmark's requests to every worker and adds up their answers.
 */
import cluster, { type Worker } from 'node:cluster';
import { createLogger } from '@clearpath/core';
import { startWorkerPool } from '@clearpath/gateway';
import { answer, serveBenchRequests, type BenchReply, type BenchRequest } from './server-ipc.js';

export interface BenchServer {
  port: number;
  stop(): Promise<void>;
}

const ask = (worker: Worker, request: BenchRequest) =>
  new Promise<BenchReply>((resolve) => {
    const onMessage = (reply: BenchReply) => {
      if (reply.type !== request.type) return;
      worker.off('message', onMessage);
      resolve(reply);
    };
    worker.on('message', onMessage);
    worker.send(request);
  });

function combine(replies: BenchReply[]): BenchReply {
  const [first] = replies;
  if (first?.type === 'memory') {
    const memory = { ...first.memory };
    for (const reply of replies.slice(1)) {
      if (reply.type !== 'memory') continue;
      for (const key of Object.keys(memory) as (keyof NodeJS.MemoryUsage)[]) memory[key] += reply.memory[key];
    }
    return { type: 'memory', memory };
  }
  if (first?.type === 'pids') return { type: 'pids', pids: [process.pid, ...replies.flatMap((r) => (r.type === 'pids' ? r.pids : []))] };
  if (first?.type === 'profile-stop') return { type: 'profile-stop', profiles: replies.flatMap((r) => (r.type === 'profile-stop' ? r.profiles : [])) };
  return first ?? { type: 'stop' };
}

/** Starts the server (`start` runs in each worker) and tells the benchmark its URL once every process listens. */
export async function serveBench(workers: number, start: () => Promise<BenchServer>, urlOf: (port: number) => string): Promise<void> {
  if (workers <= 1) {
    const server = await start();
    serveBenchRequests(() => server.stop());
    process.send?.({ type: 'ready', url: urlOf(server.port) });
    return;
  }
  if (cluster.isWorker) {
    const server = await start();
    process.on('message', (request: BenchRequest) => void answer(request, () => server.stop()).then((reply) => process.send?.(reply)));
    process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
    return;
  }
  const pool = await startWorkerPool({ count: workers, logger: createLogger('bench-cluster', 'warn') });
  process.on('message', (request: BenchRequest) => {
    if (request.type === 'stop') {
      void pool.stop(Date.now() + 8_000).then(() => process.exit(0));
      return;
    }
    void Promise.all(pool.workers().map((worker) => ask(worker, request))).then((replies) => process.send?.(combine(replies)));
  });
  process.send?.({ type: 'ready', url: urlOf(pool.port) });
}
