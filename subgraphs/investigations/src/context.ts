import type DataLoader from 'dataloader';
import type { AnomalyRow, Bus, Db, InvestigationRow, Session } from '@clearpath/core';
import type { EtaPrediction } from '@clearpath/analysis/eta';
import type { AskService } from './ask/ask.service.js';
import type { Outbox } from './webhooks/outbox.js';
import type { WebhookRuntime } from './webhooks/webhook.runtime.js';
import type { NetworkModelCache } from './network/network-model.cache.js';
import type { SolverPool } from './routing/solver-pool.js';

export interface InvestigationsDeps {
  db: Db;
  bus: Bus;
  models: NetworkModelCache;
  /** Delivery-route solving: bounded worker threads and queue. */
  solver: SolverPool;
  /** Wakes the investigation worker of this process, if it runs one. */
  notifyWorker?: () => void;
  /** Outgoing events (webhooks, notifications): written in the transaction of the change. */
  outbox?: Outbox;
  /** Webhook endpoint rules (SSRF policy) and the dispatcher of this process. */
  webhooks?: WebhookRuntime;
  /** Questions in plain words (needs an LLM and the gateway's URL). */
  ask?: AskService;
}

export interface InvestigationsLoaders {
  anomalyById: DataLoader<string, AnomalyRow | null>;
  anomaliesByPackageId: DataLoader<string, AnomalyRow[]>;
  investigationById: DataLoader<string, InvestigationRow | null>;
  investigationsByPackageId: DataLoader<string, InvestigationRow[]>;
  etaByPackageId: DataLoader<string, EtaPrediction | null>;
}

export interface SubgraphContext extends InvestigationsDeps {
  session: Session;
  /** The caller's bearer token: ask runs its query through the gateway as the caller. */
  credential: string;
  loaders: InvestigationsLoaders;
}

/** This subgraph knows a package by its key only; the packages subgraph owns its fields. */
export interface PackageRef {
  id: string;
}
