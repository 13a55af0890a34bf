import type DataLoader from 'dataloader';
import type { AnomalyRow, Bus, Db, InvestigationRow, Session } from '@clearpath/core';

export interface InvestigationsDeps {
  db: Db;
  bus: Bus;
}

export interface InvestigationsLoaders {
  anomalyById: DataLoader<string, AnomalyRow | null>;
  anomaliesByPackageId: DataLoader<string, AnomalyRow[]>;
  investigationById: DataLoader<string, InvestigationRow | null>;
  investigationsByPackageId: DataLoader<string, InvestigationRow[]>;
}

export interface SubgraphContext extends InvestigationsDeps {
  session: Session;
  loaders: InvestigationsLoaders;
}

/** This subgraph knows a package by its key only; the packages subgraph owns its fields. */
export interface PackageRef {
  id: string;
}
