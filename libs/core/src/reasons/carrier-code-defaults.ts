import { CARRIER_CODE_STATUS } from '../domain/carrier-codes.js';
import type { PackageStatus } from '../domain/package-status.js';
import type { EventReason } from './reasons.js';

/** One row of the carrier code mapping: `carrier` '*' applies to every carrier. */
export interface CarrierCodeMappingEntry {
  carrier: string;
  code: string;
  /** Null: the code does not say the status (an X12 AT702 reason, say); the event must. */
  status: PackageStatus | null;
  /** Null: the code does not say why; the event's description is read instead. */
  reason: EventReason | null;
  description: string | null;
}

/** Why the codes of the shared table (ingest and the simulator) happen; codes not listed say no reason. */
const SHARED_CODE_REASONS: Partial<Record<keyof typeof CARRIER_CODE_STATUS, EventReason>> = {
  NH: 'RECIPIENT_UNAVAILABLE',
  CUSTOMS_HOLD: 'CUSTOMS',
  DAMAGED: 'DAMAGED',
  ADDRESS_ISSUE: 'ADDRESS',
  RS: 'RETURN_TO_SENDER',
  RETURNED_TO_SENDER: 'RETURN_TO_SENDER',
};

/**
 * X12 214 codes, as the X12 adapter writes them into carrierCode: `AT701/AT702`. `/R` matches any status
 * with AT702 reason R, `S/` status S whatever the reason; the adapter sets the status itself, so these
 * give reasons only. The AT702 names are those of X12 element 1651 (status reason code).
 */
const X12_REASONS: [code: string, reason: EventReason | null, description: string][] = [
  ['/NS', null, 'Normal status'],
  ['/A1', 'RECIPIENT_UNAVAILABLE', 'Missed delivery'],
  ['/A2', 'ADDRESS', 'Incorrect address'],
  ['/A5', 'ADDRESS', 'Unable to locate'],
  ['/A6', 'ADDRESS', 'Address corrected, delivery attempted'],
  ['/AA', null, 'Mis-sort'],
  ['/AD', 'RECIPIENT_UNAVAILABLE', 'Customer requested future delivery'],
  ['/AG', 'RECIPIENT_UNAVAILABLE', 'Consignee related'],
  ['/AJ', null, 'Other carrier related'],
  ['/AN', 'BUSINESS_CLOSED', 'Holiday, closed'],
  ['/AO', 'WEATHER', 'Weather or natural disaster related'],
  ['/AS', 'CUSTOMS', 'Hold due to customs documentation problems'],
  ['/B1', 'BUSINESS_CLOSED', 'Consignee closed'],
  ['/BG', null, 'Other'],
  ['/BS', 'REFUSED', 'Refused by customer'],
  ['/C1', null, 'Waiting for customer pick-up'],
  ['/CA', 'CUSTOMS', 'Customs (import or export)'],
  ['A9/', 'DAMAGED', 'Shipment damaged'],
  ['A7/', 'REFUSED', 'Refused by consignee'],
  ['A3/', 'RETURN_TO_SENDER', 'Shipment returned to shipper'],
];

/**
 * GS1 CBV 2.0 business steps, the carrierCode of EPCIS events: the EPCIS adapter sets the status itself, and
 * a step says no reason, so they are known codes that leave both to the event (not reported as unmapped).
 */
const CBV_BIZ_STEPS = [
  'accepting', 'arriving', 'assembling', 'collecting', 'commissioning', 'consigning', 'creating_class_instance', 'cycle_counting',
  'decommissioning', 'departing', 'destroying', 'disassembling', 'dispensing', 'encoding', 'entering_exiting', 'holding', 'inspecting',
  'installing', 'killing', 'loading', 'other', 'packing', 'picking', 'receiving', 'removing', 'repackaging', 'repairing', 'replacing',
  'reserving', 'retail_selling', 'sampling', 'sensor_reporting', 'shipping', 'staging_outbound', 'stock_taking', 'stocking', 'storing',
  'transporting', 'unloading', 'unpacking', 'void_shipping',
];

/**
 * The documented default mapping every organization starts with (README "Integrations"): the shared code
 * table with the reasons above, and the X12 AT7 codes. An organization's own rows override these.
 */
export const DEFAULT_CARRIER_CODE_MAPPINGS: readonly CarrierCodeMappingEntry[] = [
  ...Object.entries(CARRIER_CODE_STATUS).map(([code, status]) => ({
    carrier: '*',
    code,
    status,
    reason: SHARED_CODE_REASONS[code as keyof typeof CARRIER_CODE_STATUS] ?? null,
    description: null,
  })),
  ...X12_REASONS.map(([code, reason, description]) => ({ carrier: '*', code, status: null, reason, description })),
  ...CBV_BIZ_STEPS.map((step) => ({ carrier: '*', code: step.toUpperCase(), status: null, reason: null, description: 'GS1 CBV business step (EPCIS)' })),
];

/** Codes and carriers compare trimmed and upper case, as stored. */
export const normalizeMappingKey = (value: string): string => value.trim().toUpperCase();

const X12_CODE = /^([A-Z0-9]{1,3})\/([A-Z0-9]{1,3})$/;

/** The keys a raw code is looked up by, most specific first (an X12 `S/R` also by `/R`, then `S/`). */
export function mappingKeys(code: string): string[] {
  const key = normalizeMappingKey(code);
  const x12 = X12_CODE.exec(key);
  return x12 ? [key, `/${x12[2]}`, `${x12[1]}/`] : [key];
}

export interface CodeMeaning {
  /** Some mapping row matched the code (a row may still leave status or reason open). */
  known: boolean;
  status: PackageStatus | null;
  reason: EventReason | null;
}

/** A lookup over mapping rows: the carrier's own row wins over the '*' row of the same key. */
export function codeLookup(entries: readonly CarrierCodeMappingEntry[]): (carrier: string | null, code: string) => CodeMeaning {
  const byKey = new Map(entries.map((e) => [`${normalizeMappingKey(e.carrier)}\u0000${normalizeMappingKey(e.code)}`, e]));
  return (carrier, code) => {
    const meaning: CodeMeaning = { known: false, status: null, reason: null };
    const c = carrier ? normalizeMappingKey(carrier) : '*';
    for (const key of mappingKeys(code)) {
      const entry = byKey.get(`${c}\u0000${key}`) ?? byKey.get(`*\u0000${key}`);
      if (!entry) continue;
      meaning.known = true;
      meaning.status ??= entry.status;
      meaning.reason ??= entry.reason;
    }
    return meaning;
  };
}
