import { Router, json, type Request } from 'express';
import { assertCanWrite } from '@clearpath/core';
import { EpcisFormatError, ingestEpcisDocument, type EpcisPorts, type PackageKeys } from '@clearpath/packages';
import type { Caller } from './auth.middleware.js';
import type { Execute } from './graphql-executor.js';
import { RECORD_EVENTS } from './operations.js';
import { RestError } from './rest-error.js';

/** packagesByKeys takes at most this many keys per call. */
const KEYS_PER_LOOKUP = 1000;
const MEDIA_TYPES = ['application/json', 'application/ld+json'];

const PACKAGES_BY_KEYS = /* GraphQL */ `
  query RestEpcisPackages($keys: [String!]!) {
    packagesByKeys(keys: $keys) { id trackingNumber reference }
  }
`;

interface RecordResult {
  recordTrackingEvents: Awaited<ReturnType<EpcisPorts['record']>>;
}

/** POST /integrations/epcis/events: an EPCIS 2.0 document or event list, ingested like recordTrackingEvents. */
export function epcisRoutes(execute: Execute): Router {
  const router = Router();
  router.post('/integrations/epcis/events', json({ type: MEDIA_TYPES, limit: '16mb' }), async (req, res) => {
    const { session, token } = res.locals.caller as Caller;
    assertCanWrite(session);
    const body = requestBody(req);
    const answer = await ingestOrExplain(body, {
      async lookUp(keys) {
        const found: PackageKeys[] = [];
        for (let i = 0; i < keys.length; i += KEYS_PER_LOOKUP) {
          const data = await execute<{ packagesByKeys: PackageKeys[] }>(session, token, PACKAGES_BY_KEYS, { keys: keys.slice(i, i + KEYS_PER_LOOKUP) });
          found.push(...data.packagesByKeys);
        }
        return found;
      },
      record: async (events) => (await execute<RecordResult>(session, token, RECORD_EVENTS, { events })).recordTrackingEvents,
    });
    const warnings = answer.warnings.map(({ eventId, ...w }) => ({ ...w, event_id: eventId }));
    res.status(200).json({
      accepted: answer.accepted,
      duplicates: answer.duplicates.map(({ eventId, ...d }) => ({ ...d, event_id: eventId })),
      rejected: answer.rejected,
      ...(warnings.length ? { warnings } : {}),
    });
  });
  return router;
}

async function ingestOrExplain(body: unknown, ports: EpcisPorts) {
  try {
    return await ingestEpcisDocument(body, ports);
  } catch (error) {
    if (error instanceof EpcisFormatError) throw new RestError(400, 'INVALID_EPCIS', error.message, { pointer: error.pointer });
    throw error;
  }
}

function requestBody(req: Request): unknown {
  // A typed body of another media type is a 415; no body at all (or no type) is simply not EPCIS: 400.
  if (req.body === undefined && req.headers['content-type'] !== undefined && req.is(MEDIA_TYPES) === false) {
    throw new RestError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send EPCIS JSON as ${MEDIA_TYPES.join(' or ')}`);
  }
  return req.body;
}
