import type { Bus, Db, ReadRouting, Session } from '@clearpath/core';
import type { PackagesLoaders } from './loaders.js';

export interface PackagesDeps {
  db: Db;
  bus: Bus;
  /** DATABASE_READ_URL: where reads go (a replica unless the caller's own writes may not be there yet). */
  reads?: ReadRouting;
}

/** What every resolver of this subgraph sees: the caller, the services' dependencies, per-request loaders. */
export interface SubgraphContext extends PackagesDeps {
  session: Session;
  /** The database for this caller's reads, decided at each use (a write in this request moves them to the primary). */
  reader(): Db;
  loaders: PackagesLoaders;
}
