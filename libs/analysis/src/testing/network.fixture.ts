/** Learned statistics over the toy network, for tests that need "history" without building it by hand. */
import { computeNetworkStatistics, type NetworkStatistics } from '../statistics/index.js';
import type { PackageHistory } from '../timeline.types.js';
import { buildFleet, T0, TEST_FACILITIES } from './history.factory.js';

export interface LearnedNetworkOptions {
  /** Delivered Berlin → Munich journeys in the fortnight before T0 (default 30: deep history). */
  deliveredCount?: number;
  /** Further histories (in-flight packages, other routes). */
  extra?: readonly PackageHistory[];
  now?: Date;
}

export function learnedStatistics(options: LearnedNetworkOptions = {}): NetworkStatistics {
  const fleet = buildFleet({ count: options.deliveredCount ?? 30, seed: 7 });
  return computeNetworkStatistics([...fleet, ...(options.extra ?? [])], {
    now: options.now ?? T0,
    facilities: TEST_FACILITIES,
  });
}
