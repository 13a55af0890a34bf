export { parseEpcis, EpcisFormatError, type EpcisProblem, type EpcisTrackingEvent } from './epcis-parser.js';
export { parseEpc, facilityCodeFor, type ParsedEpc } from './identifiers.js';
export { BIZ_STEP_STATUS, DISPOSITION_STATUS } from './status-mapping.js';
export { ingestEpcisDocument, type EpcisAnswer, type EpcisPorts, type PackageKeys } from './ingest-epcis.js';
