export { simulateNetwork } from './network.simulator.js';
export { nextLiveEvents, type LiveBatch, type LiveEvent } from './live-feed.js';
export { CARRIER_CODE_STATUS, statusForCarrierCode, type CarrierCode } from './carrier-codes.js';
export { historyAsOf, packagesAsOf, deriveStatus } from './history-snapshot.js';
export { FACILITY_CATALOG, TRUNK_LINKS, type CatalogFacility } from './network.catalog.js';
export type {
  CongestionWindow,
  FacilityProfile,
  PackageTruth,
  SimulatedException,
  SimulatedJourney,
  SimulatedLane,
  SimulatedNetwork,
  SimulatedNetworkModel,
  SimulationOptions,
  SimulationState,
} from './simulation.types.js';
