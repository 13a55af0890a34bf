import cluster, { type Worker } from 'node:cluster';
import { serveClusterMetrics, type Logger } from '@clearpath/core';

/** A worker that dies is started again after this long (not at once: a crash loop would spin the primary). */
const RESTART_DELAY_MS = 1_000;

export interface WorkerPool {
  /** The port the workers share (the one they asked for, or the one the first listen(0) got). */
  port: number;
  workers(): Worker[];
  /** SIGTERM to every worker (each drains as a single gateway does); true when all exited 0 by `deadline` (epoch ms). */
  stop(deadline: number): Promise<boolean>;
}

/**
 * Runs `count` copies of this process's script as node:cluster workers sharing their listening port: the
 * primary accepts connections and hands them to the workers in turn, so WebSocket fan-out (and everything
 * else a gateway does) spreads over as many cores as there are workers. Workers share nothing in memory;
 * PostgreSQL and Redis are what replicas already share. A worker that dies is replaced; the primary itself
 * serves nothing but every worker's metrics, summed, to whichever worker a /metrics scrape reaches. The first
 * worker starts alone (migrations, the bootstrap key), the others once it listens.
 * Resolves once every worker listens; rejects if one exits before it does.
 */
export function startWorkerPool(options: {
  count: number;
  logger: Logger;
  /** Extra environment of the worker with this index (0-based; a replacement gets its index again). */
  env?: (index: number) => Record<string, string>;
}): Promise<WorkerPool> {
  const { count, logger } = options;
  const byIndex = new Map<number, Worker>();
  let stopping = false;
  let port = 0;

  serveClusterMetrics();
  return new Promise((resolve, reject) => {
    let listening = 0;
    let started = false;
    const fork = (index: number) => {
      const worker = cluster.fork(options.env?.(index));
      byIndex.set(index, worker);
      worker.once('listening', (address) => {
        port ||= address.port;
        if (started) return logger.info({ worker: index, pid: worker.process.pid }, 'gateway worker replaced');
        listening += 1;
        // The first worker starts alone: it migrates the database and creates the bootstrap key once.
        if (index === 0) for (let other = 1; other < count; other++) fork(other);
        if (listening === count) {
          started = true;
          logger.info({ workers: count, port }, 'gateway workers listening');
          resolve(pool);
        }
      });
      worker.once('exit', (code, signal) => {
        if (byIndex.get(index) === worker) byIndex.delete(index);
        if (stopping) return;
        if (!started) {
          stopping = true;
          for (const other of byIndex.values()) other.process.kill('SIGTERM');
          reject(new Error(`gateway worker ${index} exited with ${signal ?? code} before listening`));
          return;
        }
        logger.error({ worker: index, code, signal }, 'gateway worker exited: starting another');
        setTimeout(() => stopping || fork(index), RESTART_DELAY_MS).unref();
      });
    };

    const pool: WorkerPool = {
      get port() {
        return port;
      },
      workers: () => [...byIndex.values()],
      async stop(deadline) {
        stopping = true;
        const exits = [...byIndex.values()].map(
          (worker) =>
            new Promise<boolean>((done) => {
              if (worker.isDead()) return done(worker.process.exitCode === 0);
              const killer = setTimeout(() => worker.process.kill('SIGKILL'), Math.max(0, deadline - Date.now()));
              worker.once('exit', (code) => {
                clearTimeout(killer);
                done(code === 0);
              });
              worker.process.kill('SIGTERM');
            }),
        );
        return (await Promise.all(exits)).every(Boolean);
      },
    };
    fork(0);
  });
}
