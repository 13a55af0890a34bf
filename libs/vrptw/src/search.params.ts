import type { RuinParams } from './ruin.js';

/** Tunables of the whole search; defaults follow SISR (Christiaens & Vanden Berghe 2020) where it gives one. */
export interface SearchParams {
  /** Fleet minimisation wants many cheap iterations; distance annealing on long routes needs bigger ruins. */
  fleetRuin: RuinParams;
  distanceRuin: RuinParams;
  /** Vehicles first, distance with the fleet fixed at its minimum: smaller ruins fail to fit back less often. */
  fixedFleetRuin: RuinParams;
  blinkRate: number;
  /** See RecreateParams.nearRoutes: keeps the cost of an insertion flat as routes multiply. */
  nearRoutes: number;
  /** Share of the time budget the fleet-minimisation phase may use before distance optimisation starts. */
  fleetShare: number;
  /** Share of each later run's slot its rebuild from scratch down to the fleet size may use. */
  rebuildShare: number;
  /** The fleet phase also ends when this share of the budget passes without removing a route. */
  fleetStallShare: number;
  /** In vehicles-first mode SISR hands over to route elimination after this share passes without a gain. */
  handoverStallShare: number;
  /** Route elimination ends when this share of the budget passes without deleting a route. */
  eliminationStallShare: number;
  /** Route elimination (Nagata & Bräysy): most customers ejected to insert one, search nodes per insertion position. */
  maxEjected: number;
  ejectionBudget: number;
  /** Feasible ruin-and-recreate moves after each ejection, so the ejections do not cycle. */
  perturbMoves: number;
  perturbRuin: RuinParams;
  /** Distance objective: a new route competes with insertions at its out-and-back cost (see RecreateParams.routeCost). */
  openRouteWhenCheaper: boolean;
  /**
   * Granular local search (local.search.ts) on where each annealing run starts and what it returns, and in vehicles-first
   * mode on each new best: neighbours per customer, 0 = off.
   */
  localSearchNeighbours: number;
  /** Annealing temperatures as multiples of the mean edge length of the first solution (scale-free). */
  startTemperature: number;
  endTemperature: number;
  /**
   * Independent construct / fleet / anneal runs sharing the budget equally. Which basin the fleet
   * phase ends in decides most of the final distance, so a few short runs beat one long run.
   */
  runs: number;
  /** The same for the distance objective, whose runs skip most of the fleet phase. */
  distanceRuns: number;
}

export const DEFAULT_SEARCH_PARAMS: SearchParams = {
  fleetRuin: { avgRemoved: 10, maxStringLength: 10, splitRate: 0.5, splitDepth: 0.01 },
  distanceRuin: { avgRemoved: 20, maxStringLength: 20, splitRate: 0.5, splitDepth: 0.01 },
  fixedFleetRuin: { avgRemoved: 10, maxStringLength: 10, splitRate: 0.5, splitDepth: 0.01 },
  blinkRate: 0.01,
  nearRoutes: 16,
  fleetShare: 0.75,
  rebuildShare: 0.5,
  fleetStallShare: 0.2,
  handoverStallShare: 0.05,
  eliminationStallShare: 0.6,
  maxEjected: 3,
  ejectionBudget: 2000,
  perturbMoves: 15,
  perturbRuin: { avgRemoved: 5, maxStringLength: 5, splitRate: 0.5, splitDepth: 0.01 },
  openRouteWhenCheaper: true,
  localSearchNeighbours: 30,
  startTemperature: 1,
  endTemperature: 0.01,
  runs: 5,
  distanceRuns: 5,
};
