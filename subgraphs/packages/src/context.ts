import type { Bus, Db, Session } from '@clearpath/core';
import type { PackagesLoaders } from './loaders.js';

export interface PackagesDeps {
  db: Db;
  bus: Bus;
}

/** What every resolver of this subgraph sees: the caller, the services' dependencies, per-request loaders. */
export interface SubgraphContext extends PackagesDeps {
  session: Session;
  loaders: PackagesLoaders;
}
