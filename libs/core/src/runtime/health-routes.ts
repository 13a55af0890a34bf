import { Router } from 'express';
import type { ServiceRuntime } from './service-runtime.js';

/** Whether the process is on its way out (SIGTERM): readiness turns red so balancers stop sending work. */
export interface Lifecycle {
  draining: boolean;
}

/**
 * /health/live: the process answers (restart it when it does not). /health/ready: it can do its job now:
 * the database answers and has this code's migrations, Redis answers when configured, and it is not
 * shutting down; 503 with the failing checks otherwise. Both open, like /health.
 */
export function healthRoutes(name: string, runtime: ServiceRuntime, lifecycle: Lifecycle): Router {
  const router = Router();
  router.get('/health/live', (_req, res) => {
    res.json({ service: name, status: 'ok' });
  });
  router.get('/health/ready', async (_req, res) => {
    const checks = { ...(await runtime.readiness()), shutdown: lifecycle.draining ? { ok: false, error: 'shutting down' } : { ok: true } };
    const ready = Object.values(checks).every((c) => c.ok);
    res.status(ready ? 200 : 503).json({ service: name, status: ready ? 'ready' : 'unavailable', checks });
  });
  return router;
}
