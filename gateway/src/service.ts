/** The all-in-one app (or the split-mode gateway when SUBGRAPH_*_URL are set), in one process or several. */
import cluster from 'node:cluster';
import { createLogger, exitIfPortInUse, exitOnSignals, joinClusterMetrics } from '@clearpath/core';
import { startGateway } from './app.js';
import { loadGatewayEnv } from './environment.js';
import { startWorkerPool } from './gateway-cluster.js';

const env = loadGatewayEnv();

if (cluster.isPrimary && env.CLEARPATH_WORKERS > 1) {
  const logger = createLogger('gateway', env.LOG_LEVEL);
  // The workers share PostgreSQL and Redis as replicas do; PGlite and the in-process bus live in one process.
  if (!env.DATABASE_URL || !env.REDIS_URL) {
    logger.fatal('CLEARPATH_WORKERS > 1 needs DATABASE_URL and REDIS_URL (workers share them as replicas do)');
    process.exit(1);
  }
  const pool = await startWorkerPool({
    count: env.CLEARPATH_WORKERS,
    logger,
    // One demo simulator per deployment, not per worker.
    env: (index): Record<string, string> => (index === 0 ? {} : { CLEARPATH_DEMO: 'false' }),
  }).catch((error: unknown) => {
    logger.fatal({ err: error }, 'gateway workers did not start');
    process.exit(1);
  });
  exitOnSignals({
    logger,
    lifecycle: { draining: false },
    deadlineSeconds: env.CLEARPATH_SHUTDOWN_SECONDS,
    stop: async (deadline) => {
      if (!(await pool.stop(deadline))) throw new Error('a gateway worker did not stop cleanly');
    },
  });
} else {
  // A worker of the pool above (it inherits CLEARPATH_WORKERS): its primary sums the workers' metrics.
  if (cluster.isWorker && env.CLEARPATH_WORKERS > 1) joinClusterMetrics();
  const gateway = await startGateway(env).catch(exitIfPortInUse(env.PORT));
  exitOnSignals({
    logger: gateway.runtime.logger,
    lifecycle: gateway.lifecycle,
    deadlineSeconds: env.CLEARPATH_SHUTDOWN_SECONDS,
    stop: (deadline) => gateway.stop(deadline - 500),
  });
  if (cluster.isWorker) gateway.runtime.logger.info({ worker: cluster.worker?.id }, 'gateway worker ready');
}
