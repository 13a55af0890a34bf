import { AppError, assertCanWrite, isUuid, notFound, TERMINAL_STATUSES, type Bus, type Db, type InvestigationRow, type Session } from '@clearpath/core';
import type { InvestigationKind } from '../agent/investigation.plan.js';
import { insertInvestigation } from './investigation.store.js';
import { publishState } from './investigation.events.js';

export interface InvestigationServiceDeps {
  db: Db;
  bus: Bus;
  /** Wakes the worker; absent in a process that does not run investigations. */
  notifyWorker?: () => void;
}

/** Queues an investigation of one of the caller's packages and returns at once. */
export async function requestInvestigation(deps: InvestigationServiceDeps, session: Session, kind: InvestigationKind, packageId: string): Promise<InvestigationRow> {
  assertCanWrite(session);
  const exists =
    isUuid(packageId) &&
    (await deps.db
      .selectFrom('packages')
      .select(['id', 'status'])
      .where('organization_id', '=', session.organizationId)
      .where('id', '=', packageId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst());
  if (!exists) throw notFound('Package', packageId);
  // A prediction of a finished package could only repeat what happened; say so instead of queueing one.
  if (kind === 'PREDICTION' && (TERMINAL_STATUSES as ReadonlySet<string>).has(exists.status)) {
    throw new AppError('CONFLICT', `Package ${packageId} is ${exists.status}: there is no delivery left to predict`);
  }
  const row = await insertInvestigation(deps.db, session.organizationId, packageId, kind);
  await publishState(deps.bus, row, 'Investigation queued');
  deps.notifyWorker?.();
  return row;
}
