import type DataLoader from 'dataloader';
import { groupedLoader, keyedLoader, type Db, type PackageRow, type Session, type TrackingEventRow } from '@clearpath/core';
import { listEventsForPackages } from './events/event.repository.js';
import { findPackagesByIds } from './package/package.repository.js';

export interface PackagesLoaders {
  packageById: DataLoader<string, PackageRow | null>;
  eventsByPackageId: DataLoader<string, TrackingEventRow[]>;
}

/** One loader set per request: federation entity lookups and event lists become one query each (on the reader). */
export function createPackagesLoaders(reader: () => Db, session: Session): PackagesLoaders {
  const org = session.organizationId;
  return {
    packageById: keyedLoader((ids) => findPackagesByIds(reader(), org, ids), (row) => row.id),
    eventsByPackageId: groupedLoader((ids) => listEventsForPackages(reader(), org, ids), (row) => row.package_id),
  };
}
