import { badInput, decodeCursor, encodeCursor, isUuid, type Db } from '@clearpath/core';
import { describeSlowStage, slowestStage, type EtaPrediction, type EtaStage } from '@clearpath/analysis/eta';
import type { PackageHistory } from '@clearpath/analysis';
import { tryEtaForHistory } from '../eta/eta.service.js';
import type { NetworkModel, NetworkModelCache } from '../network/network-model.cache.js';
import { loadAtRiskCandidates } from './at-risk.repository.js';

export interface AtRiskFilterInput {
  carrier?: readonly string[] | null;
  facilityCode?: readonly string[] | null;
  serviceLevel?: readonly string[] | null;
  /** Only packages at least this likely to miss their promise (0..1). */
  minRisk?: number | null;
  /** Also packages whose promise has already passed (certain to miss it). */
  includeOverdue?: boolean | null;
}

export interface AtRiskQuery {
  filter?: AtRiskFilterInput | null;
  horizonHours?: number | null;
  first?: number | null;
  after?: string | null;
}

/** One ranked package: what the same ETA the package shows everywhere says about its promise. */
export interface AtRiskEntry {
  pkg: PackageHistory;
  /** 1 − on-time probability. */
  risk: number;
  promisedDeliveryAt: Date;
  eta: EtaPrediction;
  slowStage: EtaStage | null;
  reason: string;
}

export const AT_RISK_DEFAULTS = { horizonHours: 48, first: 50, minRisk: 0.2 } as const;
export const AT_RISK_LIMITS = { maxHorizonHours: 24 * 30, maxFirst: 200, maxFilterValues: 100 } as const;
/** Packages assessed per request at most (soonest promises first); beyond that the answer says it is partial. */
export const MAX_CANDIDATES = 5000;
const ORDERING = 'at-risk';

// Risk is compared rounded, so a cursor written as text finds its place again exactly.
const roundRisk = (x: number): number => Math.round(x * 10_000) / 10_000;

interface SortKey {
  risk: number;
  promiseMs: number;
  id: string;
}

/** Most likely to miss first; then the promise due soonest; then id, so the order is total. */
function compareKeys(a: SortKey, b: SortKey): number {
  return b.risk - a.risk || a.promiseMs - b.promiseMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const keyOf = (e: AtRiskEntry): SortKey => ({ risk: e.risk, promiseMs: e.promisedDeliveryAt.getTime(), id: e.pkg.id });

function cursorOf(e: AtRiskEntry): string {
  return encodeCursor(ORDERING, `${e.risk}|${e.promisedDeliveryAt.getTime()}`, e.pkg.id);
}

function parseCursor(cursor: string): SortKey {
  const { value, id } = decodeCursor(cursor, ORDERING);
  const [risk, promise] = value.split('|').map(Number);
  if (risk === undefined || promise === undefined || !Number.isFinite(risk) || !Number.isFinite(promise) || !isUuid(id)) throw badInput('Malformed cursor');
  return { risk, promiseMs: promise, id };
}

function validate(query: AtRiskQuery) {
  const horizonHours = query.horizonHours ?? AT_RISK_DEFAULTS.horizonHours;
  if (!Number.isFinite(horizonHours) || horizonHours <= 0 || horizonHours > AT_RISK_LIMITS.maxHorizonHours) {
    throw badInput(`horizonHours must be above 0 and at most ${AT_RISK_LIMITS.maxHorizonHours}`, { field: 'horizonHours' });
  }
  const first = query.first ?? AT_RISK_DEFAULTS.first;
  if (!Number.isInteger(first) || first < 0 || first > AT_RISK_LIMITS.maxFirst) {
    throw badInput(`first must be between 0 and ${AT_RISK_LIMITS.maxFirst}`, { field: 'first' });
  }
  const f = query.filter ?? {};
  const minRisk = f.minRisk ?? AT_RISK_DEFAULTS.minRisk;
  if (!Number.isFinite(minRisk) || minRisk < 0 || minRisk > 1) throw badInput('minRisk must be between 0 and 1', { field: 'minRisk' });
  for (const field of ['carrier', 'facilityCode', 'serviceLevel'] as const) {
    const values = f[field];
    if (values && values.length > AT_RISK_LIMITS.maxFilterValues) throw badInput(`${field} takes at most ${AT_RISK_LIMITS.maxFilterValues} values`, { field });
    if (values?.some((v) => v.trim() === '')) throw badInput(`${field} values must not be blank`, { field });
  }
  const after = query.after ? parseCursor(query.after) : null;
  return { horizonHours, first, minRisk, after, filter: f };
}

/** The entry for one package from its ETA; null when nothing can be predicted or there is no promise. */
export function assessPackage(model: NetworkModel, pkg: PackageHistory, now: Date): AtRiskEntry | null {
  const promise = pkg.promisedDeliveryAt;
  if (!promise) return null;
  const { eta } = tryEtaForHistory(model, pkg, now);
  if (!eta || eta.onTimeProbability === null || eta.basis === 'DELIVERED' || eta.basis === 'CLOSED') return null;
  const slowStage = slowestStage(eta.stages);
  const overdue = promise.getTime() < now.getTime();
  const reason = overdue ? `The promise passed ${promise.toISOString()}. ${describeSlowStage(slowStage)}` : describeSlowStage(slowStage);
  return { pkg, risk: roundRisk(1 - eta.onTimeProbability), promisedDeliveryAt: promise, eta, slowStage, reason };
}

export interface AtRiskPage {
  entries: { entry: AtRiskEntry; cursor: string }[];
  hasNextPage: boolean;
  totalCount: number;
  /** More candidates matched than one request assesses (MAX_CANDIDATES, soonest promises first). */
  partial: boolean;
}

/**
 * Packages most likely to miss their promise within the horizon. Candidates come from SQL (moving, promise
 * due by now + horizon, filters), their ETAs from the memo the Package.eta field uses (one model, one
 * answer), then they are ranked in memory and cut at the keyset cursor.
 */
export async function listAtRiskPackages(
  deps: { db: Db; models: NetworkModelCache },
  organizationId: string,
  query: AtRiskQuery,
  now = new Date(),
): Promise<AtRiskPage> {
  const q = validate(query);
  const [candidates, model] = await Promise.all([
    loadAtRiskCandidates(
      deps.db,
      organizationId,
      {
        carrier: q.filter.carrier ?? null,
        facilityCode: q.filter.facilityCode ?? null,
        serviceLevel: q.filter.serviceLevel ?? null,
        promisedBefore: new Date(now.getTime() + q.horizonHours * 3_600_000),
        promisedAfter: q.filter.includeOverdue ? null : now,
      },
      MAX_CANDIDATES + 1,
    ),
    deps.models.get(organizationId, now),
  ]);
  const partial = candidates.length > MAX_CANDIDATES;
  const ranked = candidates
    .slice(0, MAX_CANDIDATES)
    .map((pkg) => assessPackage(model, pkg, now))
    .filter((e): e is AtRiskEntry => e !== null && e.risk >= q.minRisk)
    .sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  const after = q.after;
  const start = after ? ranked.findIndex((e) => compareKeys(keyOf(e), after) > 0) : 0;
  const rest = start < 0 ? [] : ranked.slice(start);
  return {
    entries: rest.slice(0, q.first).map((entry) => ({ entry, cursor: cursorOf(entry) })),
    hasNextPage: rest.length > q.first,
    totalCount: ranked.length,
    partial,
  };
}
