import type { Db, InvestigationRow, Session } from '@clearpath/core';
import type { InvestigationProgress, QueryInvestigationProgressFeedArgs } from '../__generated__/resolvers-types.js';
import { findInvestigations, findInvestigationsChangedSince } from './entity.repository.js';
import { assertReplayable, logHead, logTimeAt, parseSeq } from './log-position.js';

interface Step {
  investigationId: string;
  packageId: string;
  state: string;
  step: string;
  at: Date | string;
}

/** What a stored investigation says about its latest step, for replays. */
function latestStep(i: InvestigationRow): Step {
  const at = i.completed_at ?? i.started_at ?? i.created_at;
  return { investigationId: i.id, packageId: i.package_id, state: i.state, step: i.state.toLowerCase(), at };
}

/**
 * The given steps (live announcements), kept only for investigations of the caller's organization, or
 * with `after` the latest step of each investigation queued, started or finished since then.
 */
export async function investigationProgressFeed(db: Db, session: Session, args: QueryInvestigationProgressFeedArgs): Promise<InvestigationProgress[]> {
  const org = session.organizationId;
  let steps: Step[] = [];
  if (args.progress) {
    const own = new Set((await findInvestigations(db, org, args.progress.map((p) => p.investigationId))).map((i) => i.id));
    steps = args.progress.filter((p) => own.has(p.investigationId));
  } else if (args.after != null) {
    const after = parseSeq(args.after);
    await assertReplayable(db, org, after);
    steps = (await findInvestigationsChangedSince(db, org, await logTimeAt(db, after))).map(latestStep);
  }
  steps = steps.filter((s) => (!args.packageId || s.packageId === args.packageId) && (!args.investigationId || s.investigationId === args.investigationId));
  if (steps.length === 0) return [];
  const seq = String(await logHead(db));
  return steps.map((s) => ({
    seq,
    key: `${s.investigationId}:${s.state}:${s.step}:${new Date(s.at).getTime()}`,
    investigationId: s.investigationId,
    packageId: s.packageId,
    state: s.state,
    step: s.step,
    at: s.at,
    investigation: { id: s.investigationId },
    package: { id: s.packageId },
  }));
}
