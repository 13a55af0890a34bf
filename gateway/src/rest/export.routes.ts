import { once } from 'node:events';
import { Router, type Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import type { Caller } from './auth.middleware.js';
import { snakeKeys } from './case-mapping.js';
import type { Execute } from './graphql-executor.js';
import { LIST_PACKAGES } from './operations.js';
import { filterFromQuery } from './query-params.js';
import { RestError } from './rest-error.js';

const PAGE = 500;
// Dates come out of the supergraph as Date objects; csv-stringify would write epoch milliseconds.
const CSV_OPTIONS = { cast: { date: (value: Date) => value.toISOString() } };

interface Place { name?: string | null; lat?: number | null; lon?: number | null }
interface ExportedPackage {
  id: string; trackingNumber: string; carrier: string; serviceLevel: string; reference: string | null; recipient: string | null;
  status: string; origin: Place | null; destination: Place | null; promisedDeliveryAt: string | null;
  currentLocation: (Place & { facilityCode?: string | null }) | null; lastEventAt: string | null; deliveredAt: string | null;
  createdAt: string; updatedAt: string;
}

const COLUMNS = [
  'id', 'tracking_number', 'carrier', 'service_level', 'reference', 'recipient', 'status',
  'origin_name', 'origin_lat', 'origin_lon', 'destination_name', 'destination_lat', 'destination_lon',
  'promised_delivery_at', 'current_facility', 'current_lat', 'current_lon', 'last_event_at', 'delivered_at', 'created_at', 'updated_at',
];

const csvRow = (p: ExportedPackage) => [
  p.id, p.trackingNumber, p.carrier, p.serviceLevel, p.reference, p.recipient, p.status,
  p.origin?.name, p.origin?.lat, p.origin?.lon, p.destination?.name, p.destination?.lat, p.destination?.lon,
  p.promisedDeliveryAt, p.currentLocation?.facilityCode, p.currentLocation?.lat, p.currentLocation?.lon,
  p.lastEventAt, p.deliveredAt, p.createdAt, p.updatedAt,
];

/**
 * Streams every matching package page by page through the supergraph (keyset pagination), waiting for
 * the socket to drain between pages: memory stays constant however many rows there are.
 */
export function exportRoutes(execute: Execute): Router {
  const router = Router();
  router.get('/packages/export', async (req, res: Response) => {
    const format = (req.query.format ?? 'ndjson') as string;
    if (format !== 'csv' && format !== 'ndjson') throw new RestError(400, 'BAD_REQUEST', 'format must be csv or ndjson');
    const filter = filterFromQuery(req.query);
    const { session, token } = res.locals.caller as Caller;
    const fetchPage = (after: string | null) =>
      execute<{ packages: { edges: { node: ExportedPackage }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
        session, token, LIST_PACKAGES, { filter, first: PAGE, after, withCount: false, exactCount: false },
      );

    let page = await fetchPage(null); // errors here still become a JSON error response
    res.status(200).type(format === 'csv' ? 'text/csv' : 'application/x-ndjson');
    res.setHeader('Content-Disposition', `attachment; filename="packages.${format === 'csv' ? 'csv' : 'ndjson'}"`);
    if (format === 'csv') res.write(stringify([COLUMNS]));
    for (;;) {
      const nodes = page.packages.edges.map((e) => e.node);
      const chunk = format === 'csv' ? stringify(nodes.map(csvRow), CSV_OPTIONS) : nodes.map((n) => `${JSON.stringify(snakeKeys(n))}\n`).join('');
      if (chunk && !res.write(chunk)) await once(res, 'drain');
      if (!page.packages.pageInfo.hasNextPage || res.destroyed) break;
      page = await fetchPage(page.packages.pageInfo.endCursor);
    }
    res.end();
  });
  return router;
}
