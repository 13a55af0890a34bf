/** Scenario builders shared by the investigation tests. */
import { detectFacilityCongestion, type AnomalyFinding } from '../detection/index.js';
import { buildHistory, hoursAfter, NORMAL_ROUTE, T0, TEST_FACILITIES, type ScanSpec } from './history.factory.js';
import { learnedNetwork, type LearnedNetwork } from './network.fixture.js';
import type { PackageHistory } from '../timeline.types.js';
import { gatherEvidence } from '../investigation/evidence.gatherer.js';
import type { InvestigationEvidence } from '../investigation/investigation.types.js';

export interface Scenario extends LearnedNetwork {
  pkg: PackageHistory;
  now: Date;
  congestion?: AnomalyFinding[];
}

const deep = learnedNetwork();
/** Departed the Leipzig hub at T0 + 17 h. */
const departedLeipzig = NORMAL_ROUTE.slice(0, 7);

export function evidenceOf(s: Scenario): InvestigationEvidence {
  return gatherEvidence(s.pkg, { network: s.network, stats: s.stats, facilities: TEST_FACILITIES, now: s.now, congestion: s.congestion ?? [] });
}

export const scenarios = {
  normal: (): Scenario => ({ pkg: buildHistory({ id: 'ok', scans: departedLeipzig }), ...deep, now: hoursAfter(T0, 19) }),

  congestion: (): Scenario => {
    const now = hoursAfter(T0, 48);
    const held = Array.from({ length: 6 }, (_, i) =>
      buildHistory({ id: `held-${i + 1}`, start: hoursAfter(now, -44), scans: NORMAL_ROUTE.slice(0, 6) }),
    );
    const learned = learnedNetwork({ extra: held, now });
    const congestion = detectFacilityCongestion(learned.stats, new Map(), { now, facilities: TEST_FACILITIES });
    return { pkg: held[0] as PackageHistory, ...learned, now, congestion };
  },

  misroute: (): Scenario => ({
    pkg: buildHistory({ id: 'mis', scans: [...departedLeipzig, { afterHours: 5, facility: 'DEP-HAM' }] }),
    ...deep,
    now: hoursAfter(T0, 23),
  }),

  misrouteFromBadScan: (): Scenario => ({
    pkg: buildHistory({ id: 'bad', scans: [...departedLeipzig, { afterHours: 0.05, facility: 'DEP-HAM' }] }),
    ...deep,
    now: hoursAfter(T0, 18),
  }),

  damaged: (): Scenario => ({
    pkg: buildHistory({
      id: 'dmg',
      scans: [...departedLeipzig, { afterHours: 1, facility: 'HUB-LEJ', status: 'EXCEPTION', carrierCode: 'DAMAGED', description: 'Box crushed' }],
    }),
    ...deep,
    now: hoursAfter(T0, 20),
  }),

  customs: (): Scenario => ({
    pkg: buildHistory({
      id: 'cus',
      scans: [...NORMAL_ROUTE.slice(0, 5), { afterHours: 5, facility: 'CUS-FRA', carrierCode: 'CUSTOMS_HOLD' }],
    }),
    ...deep,
    now: hoursAfter(T0, 30),
  }),

  address: (): Scenario => {
    const attempt = (code: string): ScanSpec => ({ afterHours: 24, facility: 'DEP-MUC', status: 'FAILED_ATTEMPT', carrierCode: code });
    return {
      pkg: buildHistory({ id: 'adr', scans: [...NORMAL_ROUTE.slice(0, 9), attempt('RECIPIENT_ABSENT'), attempt('ADDRESS_ISSUE')] }),
      ...deep,
      now: hoursAfter(T0, 80),
    };
  },

  /** Issue 15: one failed attempt whose words, not its code, say the address is wrong. */
  addressInWords: (): Scenario => ({
    pkg: buildHistory({
      id: 'adr-words',
      scans: [
        ...NORMAL_ROUTE.slice(0, 9),
        { afterHours: 3, status: 'FAILED_ATTEMPT', carrierCode: 'Z41', description: 'Incorrect address - consignee unknown at this address', location: { lat: 48.13, lon: 11.6 } },
      ],
    }),
    ...deep,
    now: hoursAfter(T0, 80),
  }),

  /** Issue 15: a customs hold under a code no table knows, described in words. */
  customsUnknownCode: (): Scenario => ({
    pkg: buildHistory({
      id: 'cus-words',
      scans: [
        ...NORMAL_ROUTE.slice(0, 5),
        { afterHours: 5, facility: 'HUB-FRA', status: 'EXCEPTION', carrierCode: 'HX907', description: 'Shipment held by customs authority - awaiting import documents' },
      ],
    }),
    ...deep,
    now: hoursAfter(T0, 40),
  }),

  recipientOutTwice: (): Scenario => {
    const attempt: ScanSpec = { afterHours: 24, facility: 'DEP-MUC', status: 'FAILED_ATTEMPT', carrierCode: 'NH', description: 'Recipient not at home' };
    return {
      pkg: buildHistory({ id: 'nobody', scans: [...NORMAL_ROUTE.slice(0, 9), attempt, { afterHours: 14, facility: 'DEP-MUC', status: 'OUT_FOR_DELIVERY' }, attempt] }),
      ...deep,
      now: hoursAfter(T0, 100),
    };
  },

  loss: (): Scenario => ({ pkg: buildHistory({ id: 'lost', scans: departedLeipzig }), ...deep, now: hoursAfter(T0, 17 + 240) }),

  impossibleTravel: (): Scenario => ({
    pkg: buildHistory({
      id: 'jump',
      scans: [
        { afterHours: 1, facility: 'HUB-BER' },
        { afterHours: 0.1, facility: 'HUB-FRA' },
        { afterHours: 2, facility: 'HUB-BER' },
      ],
    }),
    ...deep,
    now: hoursAfter(T0, 4),
  }),
};
