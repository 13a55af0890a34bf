/** The learned network over the toy network, for tests that need "history" without building it by hand. */
import type { NetworkView } from '../detection/detection.types.js';
import { learnEtaModel } from '../eta/eta.model.js';
import { computeNetworkStatistics, type NetworkStatistics } from '../statistics/index.js';
import type { PackageHistory } from '../timeline.types.js';
import { buildFleet, T0, TEST_FACILITY_LIST } from './history.factory.js';

export interface LearnedNetworkOptions {
  /** Delivered Berlin → Munich journeys in the fortnight before T0 (default 30: deep history). */
  deliveredCount?: number;
  /** Further histories (in-flight packages, other routes). */
  extra?: readonly PackageHistory[];
  now?: Date;
}

/** What a detection or investigation context learns from history: the network model and the facility load. */
export interface LearnedNetwork {
  network: NetworkView;
  stats: NetworkStatistics;
}

export function learnedNetwork(options: LearnedNetworkOptions = {}): LearnedNetwork {
  const now = options.now ?? T0;
  const histories = [...buildFleet({ count: options.deliveredCount ?? 30, seed: 7 }), ...(options.extra ?? [])];
  const model = learnEtaModel(histories.filter((p) => p.status === 'DELIVERED'), TEST_FACILITY_LIST, { trainedAt: now });
  return { network: { model, facilities: TEST_FACILITY_LIST }, stats: computeNetworkStatistics(histories, { now }) };
}
