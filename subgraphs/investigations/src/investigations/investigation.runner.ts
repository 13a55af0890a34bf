import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Bus, Db, InvestigationRow, Logger } from '@clearpath/core';
import type { AnomalyFinding } from '@clearpath/analysis/detection';
import { runDeterministicPlanner, runLlmAgent } from '../agent/investigation.agent.js';
import { isInvestigationKind, summarizeToolResult, type TraceStep } from '../agent/investigation.plan.js';
import { InvestigationToolkit } from '../agent/investigation.toolkit.js';
import { loadHistories } from '../history/history.repository.js';
import type { NetworkModelCache } from '../network/network-model.cache.js';
import { publishState } from './investigation.events.js';
import { finishInvestigation, saveInvestigationDocument } from './investigation.store.js';
import type { Outbox } from '../webhooks/outbox.js';

export interface RunnerDeps {
  db: Db;
  bus: Bus;
  models: NetworkModelCache;
  logger: Logger;
  chatModel?: BaseChatModel | undefined;
  /** investigation.completed goes out with the transaction that completes it. */
  outbox?: Outbox | undefined;
}

async function openCongestion(db: Db, organizationId: string): Promise<AnomalyFinding[]> {
  const rows = await db
    .selectFrom('anomalies')
    .select(['type', 'severity', 'confidence', 'dedup_key', 'summary', 'evidence'])
    .where('organization_id', '=', organizationId)
    .where('type', '=', 'FACILITY_CONGESTION')
    .where('state', '<>', 'RESOLVED')
    .execute();
  return rows.map((r) => ({
    type: 'FACILITY_CONGESTION',
    severity: r.severity as AnomalyFinding['severity'],
    confidence: r.confidence,
    key: r.dedup_key,
    summary: r.summary,
    evidence: r.evidence as unknown as AnomalyFinding['evidence'],
  }));
}

/** What an investigation.completed event tells: enough to act on, the rest is one GraphQL query away. */
function investigationSummary(row: InvestigationRow) {
  const doc = row.document as { rootCause?: { cause?: string; confidence?: number }; summary?: string; recommendedActions?: unknown[] };
  return {
    id: row.id,
    package_id: row.package_id,
    kind: row.kind,
    state: row.state,
    root_cause: doc.rootCause?.cause ?? null,
    confidence: doc.rootCause?.confidence ?? null,
    summary: doc.summary ?? null,
    recommended_actions: doc.recommendedActions ?? [],
    completed_at: row.completed_at?.toISOString() ?? null,
  };
}

/** Runs one claimed investigation to COMPLETED or FAILED; it never stays RUNNING because of an error here. */
export async function runInvestigation(deps: RunnerDeps, row: InvestigationRow): Promise<InvestigationRow> {
  const org = row.organization_id;
  const trace: TraceStep[] = (row.document.trace as TraceStep[] | undefined) ?? [];
  const base = { ...row.document, trace };
  const progress = async (step: string, tool: string | null, summary: string) => {
    trace.push({ at: new Date().toISOString(), step, tool, summary });
    await deps.bus.publish('investigation.progress', { organizationId: org, investigationId: row.id, packageId: row.package_id, state: 'RUNNING', step: summary, ts: new Date().toISOString() });
  };
  try {
    if (!isInvestigationKind(row.kind)) throw new Error(`Unknown investigation kind ${row.kind}`);
    await progress('started', null, `Investigation started (attempt ${String(row.document.attempts ?? 1)})`);
    const [pkg] = await loadHistories(deps.db, org, [row.package_id]);
    if (!pkg) throw new Error('The package no longer exists');
    const now = new Date();
    const [model, congestion] = await Promise.all([deps.models.get(org, now), openCongestion(deps.db, org)]);
    const toolkit = new InvestigationToolkit(pkg, model, congestion, now, row.kind);
    const observe = async (name: string, output: string) => {
      await progress('tool', name, summarizeToolResult(name, output));
      await saveInvestigationDocument(deps.db, row.id, base);
    };
    let outcome;
    if (deps.chatModel) {
      try {
        outcome = await runLlmAgent(deps.chatModel, toolkit, row.kind, observe);
      } catch (error) {
        toolkit.limitations.push(`The language model failed (${String(error)}); the deterministic planner ran instead.`);
        outcome = await runDeterministicPlanner(toolkit, row.kind, observe);
      }
    } else {
      outcome = await runDeterministicPlanner(toolkit, row.kind, observe);
    }
    const rootCause = toolkit.rootCause();
    const document = {
      ...base,
      narrator: outcome.narrator,
      summary: outcome.narrative,
      rootCause: { cause: rootCause.rootCause, confidence: rootCause.confidence, rule: rootCause.rule, explanation: rootCause.explanation, firedRules: rootCause.firedRules },
      recommendedActions: toolkit.actions(),
      eta: toolkit.eta(),
      routes: row.kind === 'PREDICTION' ? [] : toolkit.routes(),
      ...(row.kind === 'PREDICTION' ? { deliveryRisk: toolkit.deliveryRisk() } : {}),
      findings: toolkit.findings(),
      evidence: toolkit.evidence(),
      limitations: toolkit.limitations,
    };
    await progress('completed', null, `Root cause ${rootCause.rootCause} (${Math.round(rootCause.confidence * 100)}%)`);
    const done = await deps.db.transaction().execute(async (tx) => {
      const finished = await finishInvestigation(tx, row.id, { state: 'COMPLETED', document });
      await deps.outbox?.add(tx, org, [{ type: 'investigation.completed', data: { investigation: investigationSummary(finished) } }]);
      return finished;
    });
    deps.outbox?.wake();
    await publishState(deps.bus, done, 'Investigation completed');
    return done;
  } catch (error) {
    deps.logger.warn({ err: error, investigation: row.id }, 'investigation failed');
    const message = error instanceof Error ? error.message : String(error);
    const failed = await finishInvestigation(deps.db, row.id, { state: 'FAILED', document: { ...base, limitations: [message] }, error: message });
    await publishState(deps.bus, failed, `Investigation failed: ${message}`);
    return failed;
  }
}
