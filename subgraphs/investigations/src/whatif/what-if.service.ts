import { badInput, type Db } from '@clearpath/core';
import { whatIf, type WhatIfPackage, type WhatIfResult } from '@clearpath/analysis/whatif';
import { tryEtaForHistory } from '../eta/eta.service.js';
import { listActivePackageIds, loadHistories } from '../history/history.repository.js';
import type { NetworkModelCache } from '../network/network-model.cache.js';

/** The analysis' shapes, named apart from the generated GraphQL types of the same name. */
export type { WhatIfImpact as WhatIfImpactModel, WhatIfReroute as WhatIfRerouteModel } from '@clearpath/analysis/whatif';

export const WHAT_IF_LIMITS = { maxAheadHours: 24 * 30, maxSlowHours: 24 * 14, maxFirst: 200, maxPackages: 20_000, rerouteTop: 20 } as const;

export interface WhatIfQuery {
  facilityCode: string;
  until: Date | string;
  slowHours?: number | null;
  first?: number | null;
}

export interface WhatIfAnswer extends WhatIfResult {
  facilityCode: string;
  until: Date;
  slowHours: number | null;
  assessed: number;
  partial: boolean;
}

function validate(query: WhatIfQuery, now: Date) {
  const facilityCode = query.facilityCode.trim();
  if (facilityCode === '') throw badInput('facilityCode must not be blank', { field: 'facilityCode' });
  const until = new Date(query.until);
  const aheadHours = (until.getTime() - now.getTime()) / 3_600_000;
  if (!Number.isFinite(aheadHours) || aheadHours <= 0 || aheadHours > WHAT_IF_LIMITS.maxAheadHours) {
    throw badInput(`until must be after now and at most ${WHAT_IF_LIMITS.maxAheadHours} hours ahead`, { field: 'until' });
  }
  const slowHours = query.slowHours ?? null;
  if (slowHours !== null && (!Number.isFinite(slowHours) || slowHours <= 0 || slowHours > WHAT_IF_LIMITS.maxSlowHours)) {
    throw badInput(`slowHours must be above 0 and at most ${WHAT_IF_LIMITS.maxSlowHours}`, { field: 'slowHours' });
  }
  const first = query.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > WHAT_IF_LIMITS.maxFirst) throw badInput(`first must be between 0 and ${WHAT_IF_LIMITS.maxFirst}`, { field: 'first' });
  return { facilityCode, until, slowHours, first };
}

/**
 * The what-if over the organization's moving packages, with the ETAs Package.eta shows (one model, one
 * answer, memoized): the pure analysis is libs/analysis/src/whatif; this loads and bounds its input.
 */
export async function runWhatIf(deps: { db: Db; models: NetworkModelCache }, organizationId: string, query: WhatIfQuery, now = new Date()): Promise<WhatIfAnswer> {
  const q = validate(query, now);
  const model = await deps.models.get(organizationId, now);
  if (!model.facilityMap.has(q.facilityCode)) throw badInput(`Unknown facility ${q.facilityCode}`, { field: 'facilityCode' });
  const ids = await listActivePackageIds(deps.db, organizationId, WHAT_IF_LIMITS.maxPackages + 1);
  const histories = await loadHistories(deps.db, organizationId, ids.slice(0, WHAT_IF_LIMITS.maxPackages));
  const packages: WhatIfPackage[] = histories.flatMap((pkg) => {
    const { eta } = tryEtaForHistory(model, pkg, now);
    if (!eta || eta.basis === 'DELIVERED' || eta.basis === 'CLOSED') return [];
    return [
      {
        id: pkg.id,
        trackingNumber: pkg.trackingNumber,
        serviceLevel: pkg.serviceLevel,
        promisedDeliveryAt: pkg.promisedDeliveryAt,
        currentFacility: pkg.events.at(-1)?.facilityCode ?? null,
        destination: pkg.destination,
        eta,
      },
    ];
  });
  const disruption = { facilityCode: q.facilityCode, until: q.until, ...(q.slowHours !== null ? { slowHours: q.slowHours } : {}) };
  const result = whatIf(disruption, packages, now, { model: model.eta, facilities: model.facilities, rerouteTop: WHAT_IF_LIMITS.rerouteTop });
  return {
    ...result,
    impacts: result.impacts.slice(0, q.first),
    facilityCode: q.facilityCode,
    until: q.until,
    slowHours: q.slowHours,
    assessed: packages.length,
    partial: ids.length > WHAT_IF_LIMITS.maxPackages,
  };
}
