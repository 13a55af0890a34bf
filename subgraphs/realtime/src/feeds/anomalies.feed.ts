import type { AnomalyRow, Db, Session } from '@clearpath/core';
import type { AnomalyDetected, QueryAnomalyDetectedFeedArgs } from '../__generated__/resolvers-types.js';
import { findAnomalies, findAnomaliesChangedSince } from './entity.repository.js';
import { assertReplayable, logHead, logTimeAt, parseSeq } from './log-position.js';

/** The given anomalies (live announcements) or, with `after`, those opened or changed since then. */
export async function anomalyFeed(db: Db, session: Session, args: QueryAnomalyDetectedFeedArgs): Promise<AnomalyDetected[]> {
  const org = session.organizationId;
  let rows: AnomalyRow[] = [];
  // Announcements are published after their commit, so the rows are there to read.
  if (args.anomalyIds) rows = await findAnomalies(db, org, args.anomalyIds);
  else if (args.after != null) {
    const after = parseSeq(args.after);
    await assertReplayable(db, org, after);
    rows = await findAnomaliesChangedSince(db, org, await logTimeAt(db, after));
  }
  const f = args.filter;
  rows = rows.filter(
    (a) => (!f?.types || f.types.includes(a.type)) && (!f?.states || f.states.includes(a.state)) && (!f?.packageId || a.package_id === f.packageId),
  );
  if (rows.length === 0) return [];
  const seq = String(await logHead(db));
  return rows.map((a) => ({
    seq,
    key: `${a.id}:${a.state}:${a.updated_at.getTime()}`,
    anomalyId: a.id,
    type: a.type,
    state: a.state,
    packageId: a.package_id,
    anomaly: { id: a.id },
    package: a.package_id ? { id: a.package_id } : null,
  }));
}
