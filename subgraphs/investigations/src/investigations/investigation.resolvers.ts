import { isSlowStage, type EtaPrediction, type EtaStage } from '@clearpath/analysis/eta';
import { badInput } from '@clearpath/core';
import type { EtaBasis, InvestigationKind, InvestigationState, Resolvers } from '../__generated__/resolvers-types.js';
import type { TraceStep } from '../agent/investigation.plan.js';
import { listRecentInvestigations } from './investigation.repository.js';
import { requestInvestigation } from './investigation.service.js';
import { requestCohortPredictions } from '../predictive/cohort-prediction.service.js';

/** The agents page shows a screenful of history; more than this is an export, not a list. */
const MAX_RECENT = 200;

const doc = (i: { document: Record<string, unknown> }) => i.document;

// Investigation documents written before the basis became an enum carry the old lower-case names.
const LEGACY_BASIS: Record<string, EtaBasis> = { learned: 'LEARNED_PATH', 'cold-start': 'FALLBACK', delivered: 'DELIVERED' };
const BASES = new Set<string>(['LEARNED_PATH', 'PARTIAL', 'FALLBACK', 'DELIVERED', 'CLOSED']);
const etaBasis = (value: unknown): EtaBasis =>
  BASES.has(String(value)) ? (String(value) as EtaBasis) : (LEGACY_BASIS[String(value)] ?? 'FALLBACK');

/** Eta as the API shows it; the model's prediction carries more (kept in investigation documents). */
export function presentEta(eta: EtaPrediction | Record<string, unknown> | null | undefined) {
  if (!eta) return null;
  const e = eta as Record<string, unknown>;
  return {
    p50: e.p50 as Date | string,
    p90: e.p90 as Date | string,
    onTimeProbability: (e.onTimeProbability as number | null) ?? null,
    basis: etaBasis(e.basis),
    basisReason: String(e.basisReason ?? ''),
    remainingPath: (e.remainingPath as string[] | undefined) ?? [],
    // Documents written before stages existed have none; stages stored before `slow` existed get it from the same rule.
    stages: ((e.stages as EtaStage[] | undefined) ?? []).map((stage) => ({ ...stage, slow: stage.slow ?? isSlowStage(stage) })),
    explanation: String(e.explanation ?? ''),
  };
}

export const investigationResolvers: Resolvers = {
  Query: {
    investigation: (_, { id }, ctx) => ctx.loaders.investigationById.load(id),
    investigations: (_, { packageId }, ctx) => ctx.loaders.investigationsByPackageId.load(packageId),
    recentInvestigations: (_, { filter, first }, ctx) => {
      const size = first ?? 50;
      if (!Number.isInteger(size) || size < 1 || size > MAX_RECENT) throw badInput(`first must be between 1 and ${MAX_RECENT}`);
      return listRecentInvestigations(ctx.db, ctx.session.organizationId, filter ?? {}, size);
    },
  },
  Mutation: {
    investigateAnomaly: (_, { packageId }, ctx) => requestInvestigation(ctx, ctx.session, 'ANOMALY', packageId),
    investigateDelay: (_, { packageId }, ctx) => requestInvestigation(ctx, ctx.session, 'DELAY', packageId),
    optimizeRoute: (_, { packageId }, ctx) => requestInvestigation(ctx, ctx.session, 'ROUTE', packageId),
    investigatePrediction: (_, { packageId }, ctx) => requestInvestigation(ctx, ctx.session, 'PREDICTION', packageId),
    investigateAtRisk: (_, args, ctx) => requestCohortPredictions(ctx, ctx.session, args),
  },
  Investigation: {
    __resolveReference: (ref, ctx) => ctx.loaders.investigationById.load(ref.id),
    package: (i) => ({ id: i.package_id }),
    kind: (i) => i.kind as InvestigationKind,
    state: (i) => i.state as InvestigationState,
    createdAt: (i) => i.created_at,
    startedAt: (i) => i.started_at,
    completedAt: (i) => i.completed_at,
    summary: (i) => (doc(i).summary as string | undefined) ?? null,
    rootCause: (i) => (doc(i).rootCause as { cause: string; confidence: number; rule: string; explanation: string } | undefined) ?? null,
    recommendedActions: (i) => (doc(i).recommendedActions as never[] | undefined) ?? [],
    eta: (i) => presentEta(doc(i).eta as Record<string, unknown> | null),
    // Documents written before routes said which one is current read as alternatives only.
    routes: (i) => ((doc(i).routes as Array<Record<string, unknown>> | undefined) ?? []).map((r) => ({ ...r, current: r.current === true }) as never),
    trace: (i) => ((doc(i).trace as TraceStep[] | undefined) ?? []).map((t) => ({ ...t, tool: t.tool ?? null })),
    limitations: (i) => (doc(i).limitations as string[] | undefined) ?? [],
  },
  Package: {
    investigations: (p, _, ctx) => ctx.loaders.investigationsByPackageId.load(p.id),
    eta: async (p, _, ctx) => presentEta(await ctx.loaders.etaByPackageId.load(p.id)),
  },
};
