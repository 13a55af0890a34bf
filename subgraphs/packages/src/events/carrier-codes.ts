import type { PackageStatus } from '../package/package.model.js';

/**
 * Raw carrier codes seen in the wild, mapped to normalized statuses. Unknown codes are rejected unless
 * the event also names a normalized status; the raw code is always kept on the event.
 */
export const CARRIER_CODE_STATUS: Readonly<Record<string, PackageStatus>> = {
  // Generic short codes (UPS/DHL-style)
  IR: 'INFO_RECEIVED', MP: 'INFO_RECEIVED', LABEL_CREATED: 'INFO_RECEIVED',
  PU: 'IN_TRANSIT', AR: 'IN_TRANSIT', DP: 'IN_TRANSIT', IT: 'IN_TRANSIT', AF: 'IN_TRANSIT', DF: 'IN_TRANSIT',
  OD: 'OUT_FOR_DELIVERY', OFD: 'OUT_FOR_DELIVERY',
  DL: 'DELIVERED', OK: 'DELIVERED',
  FA: 'FAILED_ATTEMPT', NH: 'FAILED_ATTEMPT', DELIVERY_ATTEMPTED: 'FAILED_ATTEMPT',
  PP: 'AVAILABLE_FOR_PICKUP', RDY: 'AVAILABLE_FOR_PICKUP',
  EX: 'EXCEPTION', CUSTOMS_HOLD: 'EXCEPTION', DAMAGED: 'EXCEPTION', ADDRESS_ISSUE: 'EXCEPTION', HELD: 'EXCEPTION',
  RT: 'RETURNED', RS: 'RETURNED', RETURNED_TO_SENDER: 'RETURNED',
  CA: 'CANCELLED', CANCELLED: 'CANCELLED',
};

export function statusFromCarrierCode(code: string): PackageStatus | undefined {
  return CARRIER_CODE_STATUS[code.trim().toUpperCase()];
}
