import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import { Router, type RequestHandler } from 'express';
import { metricsText } from './cluster-metrics.js';
import { httpDuration, httpRequests, metricsRegistry } from './metrics.js';

/** Paths served by middleware rather than a route pattern: requests under them are labelled by the prefix. */
const MOUNTED = [
  { prefix: '/graphql', label: '/graphql' },
  { prefix: '/api/v1', label: '/api/v1/*' },
];

/**
 * Counts every HTTP request and times it, labelled by the route pattern that answered it (`/api/v1/packages/:id`,
 * never the concrete path), so label values stay few: paths nothing answers collapse to "unmatched" (404) and
 * to "other" (the dashboard's static files), requests answered by middleware under /graphql or /api/v1 (auth
 * failures, say) to that prefix.
 */
export function httpMetrics(): RequestHandler {
  return (req, res, next) => {
    const stop = httpDuration.startTimer();
    res.once('finish', () => {
      const pattern = (req.route as { path?: unknown } | undefined)?.path;
      const path = req.originalUrl.split('?')[0] ?? '';
      const route =
        typeof pattern === 'string'
          ? `${req.baseUrl}${pattern}`
          : res.statusCode === 404
            ? 'unmatched'
            : (MOUNTED.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`))?.label ?? 'other');
      // Methods outside the usual few are bounded too (anything can be sent as a method).
      const method = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'].includes(req.method) ? req.method : 'OTHER';
      httpRequests.inc({ route, method, status: String(res.statusCode) });
      stop({ route, method });
    });
    next();
  };
}

/** Loopback and private networks: where a Prometheus scraper on the same host or the Docker network scrapes from. */
const INTERNAL = new BlockList();
INTERNAL.addSubnet('127.0.0.0', 8, 'ipv4');
INTERNAL.addSubnet('10.0.0.0', 8, 'ipv4');
INTERNAL.addSubnet('172.16.0.0', 12, 'ipv4');
INTERNAL.addSubnet('192.168.0.0', 16, 'ipv4');
INTERNAL.addSubnet('169.254.0.0', 16, 'ipv4');
INTERNAL.addAddress('::1', 'ipv6');
INTERNAL.addSubnet('fc00::', 7, 'ipv6');
INTERNAL.addSubnet('fe80::', 10, 'ipv6');

export function isInternalAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return isIPv4(v4) ? INTERNAL.check(v4, 'ipv4') : INTERNAL.check(address, 'ipv6');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus text format. With `token` (CLEARPATH_METRICS_TOKEN) a scraper must send it as
 * `Authorization: Bearer …`; without one only loopback and private addresses are answered (the socket's
 * address: forwarding headers are not trusted). nginx never forwards /metrics, so through the edge it is 404.
 */
export function metricsRoutes(options: { token: string | undefined }): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (options.token !== undefined) {
      const header = req.headers.authorization ?? '';
      if (!header.startsWith('Bearer ') || !sameSecret(header.slice(7), options.token)) {
        res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: { code: 'UNAUTHENTICATED', message: 'Send the metrics token as Authorization: Bearer' } });
        return;
      }
    } else if (!isInternalAddress(req.socket.remoteAddress)) {
      res.status(403).json({ error: { code: 'FORBIDDEN', message: 'Metrics are served to private addresses only unless CLEARPATH_METRICS_TOKEN is set' } });
      return;
    }
    let text: string;
    try {
      text = await metricsText();
    } catch (error) {
      res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: error instanceof Error ? error.message : String(error) } });
      return;
    }
    res.set('Content-Type', metricsRegistry.contentType).send(text);
  });
  return router;
}
