import { Router, json, text, type Response } from 'express';
import { EVENT_REASONS, isEventReason } from '@clearpath/core';
import type { Caller } from './auth.middleware.js';
import { camelKeys, snakeKeys } from './case-mapping.js';
import { parseNdjson, prepareEvents, type Rejected } from './event-batch.js';
import type { Execute } from './graphql-executor.js';
import { PACKAGE_EVENTS, RECORD_EVENTS } from './operations.js';
import { RestError } from './rest-error.js';

/** Same cap as the mutation; checked here too so an oversized upload is refused before any work. */
const MAX_BATCH = 5000;

interface RecordResult {
  recordTrackingEvents: {
    accepted: number;
    duplicates: { index: number; eventId: string }[];
    rejected: Rejected[];
    warnings: { index: number; eventId: string; code: string; message: string }[];
  };
}

/** ?reason=CUSTOMS,ADDRESS (or repeated): only events of those reasons. */
function reasonsFromQuery(value: unknown): Set<string> | null {
  if (value === undefined) return null;
  const reasons = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).map((r) => r.trim().toUpperCase()).filter(Boolean);
  const unknown = reasons.find((r) => !isEventReason(r));
  if (unknown !== undefined) throw new RestError(400, 'BAD_REQUEST', `Unknown reason ${JSON.stringify(unknown)}; one of ${EVENT_REASONS.join(', ')}`, { field: 'reason' });
  return new Set(reasons);
}

export function eventRoutes(execute: Execute): Router {
  const router = Router();
  const caller = (res: Response) => res.locals.caller as Caller;

  async function record(res: Response, items: unknown[], defaults: Record<string, unknown> = {}) {
    if (items.length === 0) throw new RestError(400, 'BAD_REQUEST', 'No events in the request');
    if (items.length > MAX_BATCH) throw new RestError(413, 'PAYLOAD_TOO_LARGE', `At most ${MAX_BATCH} events per request; got ${items.length}`);
    const send = async (events: unknown[]) =>
      (await execute<RecordResult>(caller(res).session, caller(res).token, RECORD_EVENTS, { events })).recordTrackingEvents;
    let result: RecordResult['recordTrackingEvents'] | undefined;
    let positions: number[] = [];
    let rejected: Rejected[] = [];
    // Fast path: send the batch as is. Only if GraphQL refuses its shape (one bad event fails the whole
    // variable) is each event checked alone, so the rest can still be recorded.
    if (items.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item) && !(item instanceof SyntaxError))) {
      try {
        result = await send(items.map((item) => ({ ...(camelKeys(item) as object), ...defaults })));
      } catch (error) {
        if (!(error instanceof RestError) || error.status !== 400) throw error;
      }
    }
    if (!result) {
      const prepared = prepareEvents(items, defaults);
      ({ positions, rejected } = prepared);
      result = prepared.events.length > 0 ? await send(prepared.events) : { accepted: 0, duplicates: [], rejected: [], warnings: [] };
    }
    // Indices from the mutation refer to the events sent; map them back to the request's positions.
    const at = (i: number) => positions[i] ?? i;
    const merged = {
      accepted: result.accepted,
      duplicates: result.duplicates.map((d) => ({ ...d, index: at(d.index) })),
      rejected: [...rejected, ...result.rejected.map((r) => ({ ...r, index: at(r.index) }))].sort((a, b) => a.index - b.index),
      warnings: result.warnings.map((w) => ({ ...w, index: at(w.index) })),
    };
    const allRejected = merged.accepted === 0 && merged.duplicates.length === 0;
    if (allRejected) {
      throw new RestError(422, 'UNPROCESSABLE', 'No event in the request could be recorded', snakeKeys(merged));
    }
    res.status(merged.accepted > 0 ? 201 : 200).json(snakeKeys(merged));
  }

  router.post('/packages/:id/events', json({ limit: '16mb' }), async (req, res) => {
    const body: unknown = req.body;
    const items = Array.isArray(body) ? body : [body];
    await record(res, items, { packageId: req.params.id });
  });

  router.get('/packages/:id/events', async (req, res) => {
    const data = await execute<{ package: { events: unknown[] } | null }>(caller(res).session, caller(res).token, PACKAGE_EVENTS, {
      id: req.params.id,
    });
    if (!data.package) throw new RestError(404, 'NOT_FOUND', `Package ${req.params.id} was not found`);
    const reasons = reasonsFromQuery(req.query.reason);
    const events = reasons ? data.package.events.filter((e) => reasons.has((e as { reason: string }).reason)) : data.package.events;
    res.json({ data: events.map(snakeKeys) });
  });

  router.post(
    '/events',
    json({ limit: '16mb' }),
    text({ type: ['application/x-ndjson', 'application/ndjson'], limit: '16mb' }),
    async (req, res) => {
      const body: unknown = req.body;
      if (typeof body === 'string') return record(res, parseNdjson(body));
      if (!Array.isArray(body)) throw new RestError(400, 'BAD_REQUEST', 'Expected a JSON array of events or NDJSON (Content-Type: application/x-ndjson)');
      return record(res, body);
    },
  );

  return router;
}
