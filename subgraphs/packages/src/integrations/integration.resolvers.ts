import { AppError, assertCanWrite } from '@clearpath/core';
import type { Resolvers } from '../__generated__/resolvers-types.js';
import { MAX_BATCH, recordTrackingEvents } from '../events/ingest.service.js';
import { findPackagesByKeys } from '../package/package.repository.js';
import { EpcisFormatError, ingestEpcisDocument } from './epcis/index.js';
import { answerPerTransaction, buildAck997, flattenEvents, parseX12_214, X12Error } from './x12/index.js';

/** The carrier formats as mutations: the same parsers and ingest path as their REST routes. */
export const integrationResolvers: Resolvers = {
  Mutation: {
    ingestX12: async (_, { document, acknowledgment }, ctx) => {
      assertCanWrite(ctx.session);
      const { interchange, transactions } = parseOrExplain(() => parseX12_214(document));
      const sent = flattenEvents(transactions);
      if (sent.length > MAX_BATCH) throw new AppError('PAYLOAD_TOO_LARGE', `At most ${MAX_BATCH} AT7 status details per interchange; got ${sent.length}`);
      const result = sent.length ? await recordTrackingEvents(ctx, ctx.session, sent.map((s) => s.event)) : { duplicates: [], rejected: [], warnings: [] };
      return {
        interchangeControlNumber: interchange.control,
        transactions: answerPerTransaction(transactions, result),
        acknowledgment: acknowledgment ? buildAck997(interchange, transactions, new Date()) : null,
      };
    },
    ingestEpcis: async (_, { document }, ctx) => {
      assertCanWrite(ctx.session);
      const org = ctx.session.organizationId;
      try {
        return await ingestEpcisDocument(document, {
          lookUp: async (keys) => (await findPackagesByKeys(ctx.db, org, keys)).map((p) => ({ id: p.id, trackingNumber: p.tracking_number, reference: p.reference })),
          record: (events) => recordTrackingEvents(ctx, ctx.session, events),
        });
      } catch (error) {
        if (error instanceof EpcisFormatError) throw new AppError('BAD_USER_INPUT', error.message, { pointer: error.pointer });
        throw error;
      }
    },
  },
};

function parseOrExplain<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof X12Error)) throw error;
    throw new AppError('BAD_USER_INPUT', error.message, { x12Code: error.code, ...error.position });
  }
}
