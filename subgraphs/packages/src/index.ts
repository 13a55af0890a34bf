import type { Session } from '@clearpath/core';
import type { PackagesDeps, SubgraphContext } from './context.js';
import { createPackagesLoaders } from './loaders.js';

export { buildPackagesSchema } from './schema.js';
export type { PackagesDeps, SubgraphContext as PackagesContext } from './context.js';
export { recordTrackingEvents, MAX_BATCH } from './events/ingest.service.js';
export { createPackage } from './package/package.service.js';
export { upsertFacilityRows } from './facilities/facility.repository.js';
export { parseX12_214, buildAck997, X12Error, answerPerTransaction, flattenEvents, type ShipmentStatus, type X12Event } from './integrations/x12/index.js';
export {
  parseEpcis,
  EpcisFormatError,
  ingestEpcisDocument,
  type EpcisPorts,
  type EpcisProblem,
  type EpcisTrackingEvent,
  type PackageKeys,
} from './integrations/epcis/index.js';

export function createPackagesContext(deps: PackagesDeps, session: Session): SubgraphContext {
  const reader = () => deps.reads?.readerFor(session.organizationId) ?? deps.db;
  return { ...deps, session, reader, loaders: createPackagesLoaders(reader, session) };
}
