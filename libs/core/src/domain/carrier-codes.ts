import type { PackageStatus } from './package-status.js';

/**
 * Raw carrier scan codes and the normalized status each maps to. Ingest and the network simulator share
 * this table, so simulated and real feeds normalize identically. The raw code is always kept on the event.
 */
export const CARRIER_CODE_STATUS = {
  /** Shipment information received (label created). */
  IR: 'INFO_RECEIVED',
  MP: 'INFO_RECEIVED',
  LABEL_CREATED: 'INFO_RECEIVED',
  /** Picked up from the shipper; scanned into the origin depot. */
  PU: 'IN_TRANSIT',
  /** Arrived at a facility. */
  AR: 'IN_TRANSIT',
  /** Departed a facility. */
  DP: 'IN_TRANSIT',
  /** Released by customs. */
  CC: 'IN_TRANSIT',
  IT: 'IN_TRANSIT',
  AF: 'IN_TRANSIT',
  DF: 'IN_TRANSIT',
  OD: 'OUT_FOR_DELIVERY',
  OFD: 'OUT_FOR_DELIVERY',
  DL: 'DELIVERED',
  OK: 'DELIVERED',
  FA: 'FAILED_ATTEMPT',
  NH: 'FAILED_ATTEMPT',
  DELIVERY_ATTEMPTED: 'FAILED_ATTEMPT',
  /** Held at the depot or a pickup point for the recipient to collect. */
  AP: 'AVAILABLE_FOR_PICKUP',
  PP: 'AVAILABLE_FOR_PICKUP',
  /** Generic exception; the specific ones below are preferred. */
  EX: 'EXCEPTION',
  CUSTOMS_HOLD: 'EXCEPTION',
  DAMAGED: 'EXCEPTION',
  ADDRESS_ISSUE: 'EXCEPTION',
  HELD: 'EXCEPTION',
  RT: 'RETURNED',
  RS: 'RETURNED',
  RETURNED_TO_SENDER: 'RETURNED',
  CX: 'CANCELLED',
  CA: 'CANCELLED',
  CANCELLED: 'CANCELLED',
} as const satisfies Record<string, PackageStatus>;

export type CarrierCode = keyof typeof CARRIER_CODE_STATUS;

/** Normalized status for a raw code, or null when the code is unknown. */
export function statusForCarrierCode(code: string): PackageStatus | null {
  const key = code.trim().toUpperCase();
  return Object.hasOwn(CARRIER_CODE_STATUS, key) ? CARRIER_CODE_STATUS[key as CarrierCode] : null;
}
