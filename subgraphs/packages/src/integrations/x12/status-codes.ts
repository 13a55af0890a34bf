import type { PackageStatus } from '@clearpath/core';

/**
 * AT701 shipment status codes (X12 element 1650) and the ClearPath status each maps to. Only codes whose
 * meaning is a shipment status are listed; an AT701 not listed here is rejected per event with
 * UNKNOWN_STATUS_CODE (never guessed, never dropped silently) so the sender or an operator sees it.
 * Choices: arriving at the delivery location is OUT_FOR_DELIVERY (the last leg has started, nothing is
 * delivered yet); "en route" (X6) is IN_TRANSIT because carriers send it on every leg; a delay (SD) and
 * damage (A9) are EXCEPTIONs an operator should see; arriving at the pick-up location and paperwork
 * without the goods (OO) are INFO_RECEIVED, since the carrier does not hold the shipment yet.
 */
export const AT7_STATUS: Record<string, { status: PackageStatus; description: string }> = {
  X3: { status: 'INFO_RECEIVED', description: 'Arrived at pick-up location' },
  X8: { status: 'INFO_RECEIVED', description: 'Arrived at pick-up location loading dock' },
  OO: { status: 'INFO_RECEIVED', description: 'Paperwork received, shipment or equipment not received' },
  XB: { status: 'INFO_RECEIVED', description: 'Shipment acknowledged' },
  AA: { status: 'INFO_RECEIVED', description: 'Pick-up appointment date and/or time' },
  AF: { status: 'IN_TRANSIT', description: 'Carrier departed pick-up location with shipment' },
  CP: { status: 'IN_TRANSIT', description: 'Completed loading at pick-up location' },
  AM: { status: 'IN_TRANSIT', description: 'Loaded on truck' },
  L1: { status: 'IN_TRANSIT', description: 'Loading' },
  X4: { status: 'IN_TRANSIT', description: 'Arrived at terminal location' },
  P1: { status: 'IN_TRANSIT', description: 'Departed terminal location' },
  X6: { status: 'IN_TRANSIT', description: 'En route to delivery location' },
  X2: { status: 'IN_TRANSIT', description: "Estimated date and/or time of arrival at consignee's location" },
  AG: { status: 'IN_TRANSIT', description: 'Estimated delivery' },
  AB: { status: 'IN_TRANSIT', description: 'Delivery appointment date and/or time' },
  X9: { status: 'IN_TRANSIT', description: 'Delivery appointment secured' },
  I1: { status: 'IN_TRANSIT', description: 'In-gate' },
  OA: { status: 'IN_TRANSIT', description: 'Out-gate' },
  R1: { status: 'IN_TRANSIT', description: 'Received from prior carrier' },
  J1: { status: 'IN_TRANSIT', description: 'Delivered to connecting line' },
  AI: { status: 'IN_TRANSIT', description: 'Shipment has been reconsigned' },
  X1: { status: 'OUT_FOR_DELIVERY', description: 'Arrived at delivery location' },
  X5: { status: 'OUT_FOR_DELIVERY', description: 'Arrived at delivery location loading dock' },
  AJ: { status: 'OUT_FOR_DELIVERY', description: 'Tendered for delivery' },
  D1: { status: 'DELIVERED', description: 'Completed unloading at delivery location' },
  AP: { status: 'FAILED_ATTEMPT', description: 'Delivery not completed' },
  AH: { status: 'FAILED_ATTEMPT', description: 'Attempted delivery' },
  SD: { status: 'EXCEPTION', description: 'Shipment delayed' },
  A9: { status: 'EXCEPTION', description: 'Shipment damaged' },
  A7: { status: 'EXCEPTION', description: 'Refused by consignee' },
  A3: { status: 'RETURNED', description: 'Shipment returned to shipper' },
  CA: { status: 'CANCELLED', description: 'Shipment cancelled' },
};

/** AT702 status reason codes (X12 element 1651): they refine the description, never the status. */
export const AT7_REASON: Record<string, string> = {
  NS: 'Normal status',
  A1: 'Missed delivery',
  A2: 'Incorrect address',
  A3: 'Indirect delivery',
  A5: 'Unable to locate',
  A6: 'Address corrected, delivery attempted',
  AA: 'Mis-sort',
  AD: 'Customer requested future delivery',
  AF: 'Accident',
  AG: 'Consignee related',
  AH: 'Driver related',
  AI: 'Mechanical breakdown',
  AJ: 'Other carrier related',
  AM: 'Shipper related',
  AN: 'Holiday, closed',
  AO: 'Weather or natural disaster related',
  AS: 'Hold due to customs documentation problems',
  B1: 'Consignee closed',
  BG: 'Other',
  BS: 'Refused by customer',
  C1: 'Waiting for customer pick-up',
  CA: 'Customs (import or export)',
  D2: 'Driver not available',
};
