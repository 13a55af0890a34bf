/** The shared carrier code table lives in @clearpath/core so ingest and the simulator agree. */
export { CARRIER_CODE_STATUS, statusForCarrierCode, type CarrierCode } from '@clearpath/core';
