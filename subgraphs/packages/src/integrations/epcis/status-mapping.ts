import type { PackageStatus } from '@clearpath/core';

/**
 * CBV 2.0 business steps (CBV §7.1) and dispositions (CBV §7.2) → ClearPath status. The table is the
 * documentation (README.md repeats it): a bizStep gives the base status, a disposition that says more
 * about the goods (damaged, returned, received into stock…) refines it.
 */
export const BIZ_STEP_STATUS: Readonly<Record<string, PackageStatus>> = {
  // Prepared, not yet handed over.
  commissioning: 'INFO_RECEIVED',
  encoding: 'INFO_RECEIVED',
  packing: 'INFO_RECEIVED',
  picking: 'INFO_RECEIVED',
  staging_outbound: 'INFO_RECEIVED',
  // Moving through the network. Receiving/arriving/unloading are hops too unless the disposition says
  // the goods reached the consignee's stock (see DISPOSITION_STATUS).
  accepting: 'IN_TRANSIT',
  arriving: 'IN_TRANSIT',
  departing: 'IN_TRANSIT',
  entering_exiting: 'IN_TRANSIT',
  inspecting: 'IN_TRANSIT',
  loading: 'IN_TRANSIT',
  receiving: 'IN_TRANSIT',
  shipping: 'IN_TRANSIT',
  storing: 'IN_TRANSIT',
  transporting: 'IN_TRANSIT',
  unloading: 'IN_TRANSIT',
  // Reached whoever consumes it.
  retail_selling: 'DELIVERED',
  dispensing: 'DELIVERED',
  // Taken out of the normal flow.
  holding: 'EXCEPTION',
  destroying: 'EXCEPTION',
  decommissioning: 'EXCEPTION',
  void_shipping: 'CANCELLED',
};

/** Dispositions that decide the status whatever the bizStep; others (in_progress, active…) leave it. */
export const DISPOSITION_STATUS: Readonly<Record<string, PackageStatus>> = {
  damaged: 'EXCEPTION',
  destroyed: 'EXCEPTION',
  disposed: 'EXCEPTION',
  expired: 'EXCEPTION',
  recalled: 'EXCEPTION',
  stolen: 'EXCEPTION',
  non_conformant: 'EXCEPTION',
  mismatch_instance: 'EXCEPTION',
  mismatch_class: 'EXCEPTION',
  mismatch_quantity: 'EXCEPTION',
  needs_replacement: 'EXCEPTION',
  returned: 'RETURNED',
  in_transit: 'IN_TRANSIT',
  retail_sold: 'DELIVERED',
  dispensed: 'DELIVERED',
};

/** On receiving/accepting, these dispositions mean the goods are in the consignee's stock: delivered. */
const RECEIVED_INTO_STOCK = new Set(['sellable_accessible', 'sellable_not_accessible', 'available']);

/** CBV dispositions that refine nothing; known so that a typo in a CBV value is still caught. */
const NEUTRAL_DISPOSITIONS = new Set([
  'active', 'available', 'completeness_inferred', 'completeness_verified', 'conformant', 'container_closed',
  'container_open', 'encoded', 'in_progress', 'inactive', 'no_pedigree_match', 'non_sellable_other',
  'partially_dispensed', 'reserved', 'sellable_accessible', 'sellable_not_accessible', 'unavailable', 'unknown',
]);

/** Other CBV 2.0 bizSteps: valid vocabulary, but nothing ClearPath can say about a shipment from them. */
const UNMAPPED_BIZ_STEPS = new Set([
  'assembling', 'collecting', 'consigning', 'creating_class_instance', 'cycle_counting', 'disassembling',
  'installing', 'killing', 'other', 'removing', 'repackaging', 'repairing', 'replacing', 'reserving',
  'sampling', 'sensor_reporting', 'stock_taking', 'stocking', 'unpacking',
]);

export type VocabularyTerm = { kind: 'cbv'; term: string } | { kind: 'private'; uri: string } | { kind: 'invalid' };

/**
 * A CBV term in any of its spellings: bare (`shipping`, the JSON-LD compact form), the CBV 1.x URN
 * (`urn:epcglobal:cbv:bizstep:shipping`), the CBV 2.0 web URI (`https://ref.gs1.org/cbv/BizStep-shipping`)
 * or its `cbv:` prefixed form. Any other absolute URI is a private extension (EPCIS §6.4 allows them).
 */
export function vocabularyTerm(value: string, vocabulary: 'BizStep' | 'Disp'): VocabularyTerm {
  const urn = vocabulary === 'BizStep' ? 'urn:epcglobal:cbv:bizstep:' : 'urn:epcglobal:cbv:disp:';
  for (const prefix of [urn, `https://ref.gs1.org/cbv/${vocabulary}-`, `http://ref.gs1.org/cbv/${vocabulary}-`, `cbv:${vocabulary}-`]) {
    if (value.startsWith(prefix)) return { kind: 'cbv', term: value.slice(prefix.length) };
  }
  if (/^[a-z_]+$/.test(value)) return { kind: 'cbv', term: value };
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value)) return { kind: 'private', uri: value };
  return { kind: 'invalid' };
}

export type StatusDecision = { status: PackageStatus } | { code: 'UNKNOWN_BIZ_STEP' | 'UNMAPPED_BIZ_STEP' | 'UNKNOWN_DISPOSITION'; message: string; on: 'bizStep' | 'disposition' };

/** The status for a bizStep term and an optional disposition term (private disposition URIs are ignored). */
export function decideStatus(bizStep: string | undefined, disposition: VocabularyTerm | undefined): StatusDecision {
  const disp = disposition?.kind === 'cbv' ? disposition.term : undefined;
  if (disp !== undefined && !(disp in DISPOSITION_STATUS) && !NEUTRAL_DISPOSITIONS.has(disp)) {
    return { code: 'UNKNOWN_DISPOSITION', message: `Unknown CBV disposition ${JSON.stringify(disp)}`, on: 'disposition' };
  }
  if (disp !== undefined && disp in DISPOSITION_STATUS) return { status: DISPOSITION_STATUS[disp]! };
  if (bizStep === undefined) {
    return { code: 'UNKNOWN_BIZ_STEP', message: 'bizStep is required unless the disposition decides the status (damaged, returned, in_transit…)', on: 'bizStep' };
  }
  if ((bizStep === 'receiving' || bizStep === 'accepting') && disp !== undefined && RECEIVED_INTO_STOCK.has(disp)) {
    return { status: 'DELIVERED' };
  }
  const status = BIZ_STEP_STATUS[bizStep];
  if (status) return { status };
  if (UNMAPPED_BIZ_STEPS.has(bizStep)) {
    return { code: 'UNMAPPED_BIZ_STEP', message: `CBV bizStep ${JSON.stringify(bizStep)} says nothing about a shipment's progress`, on: 'bizStep' };
  }
  return { code: 'UNKNOWN_BIZ_STEP', message: `Unknown CBV bizStep ${JSON.stringify(bizStep)}`, on: 'bizStep' };
}
