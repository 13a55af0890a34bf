import type { Db, PackageRow, Session } from '@clearpath/core';
import type { PackageChange, PackageUpdate, QueryPackageUpdatedFeedArgs } from '../__generated__/resolvers-types.js';
import { findTouchedPackages } from './event-log.repository.js';
import { findPackages, findPackagesChangedSince } from './entity.repository.js';
import { assertReplayable, logHead, logTimeAt, parseSeq } from './log-position.js';

interface Candidate {
  packageId: string;
  change: PackageChange;
  seq: number;
  /** Distinguishes repeated edits of one package at the same log head. */
  version: string;
}

/**
 * Package updates: EVENTS_RECORDED per package from the log range; explicit changes (live create, update,
 * delete announcements); with only `after`, also the edits since that position (replay).
 */
export async function packageUpdateFeed(db: Db, session: Session, args: QueryPackageUpdatedFeedArgs): Promise<PackageUpdate[]> {
  const org = session.organizationId;
  const candidates: Candidate[] = [];
  const after = args.after == null ? undefined : parseSeq(args.after);
  const until = args.until == null ? undefined : parseSeq(args.until, 'until');
  const replay = after !== undefined && until === undefined;
  if (replay) await assertReplayable(db, org, after);

  if (after !== undefined) {
    for (const t of await findTouchedPackages(db, org, { after, until })) {
      candidates.push({ packageId: t.packageId, change: 'EVENTS_RECORDED', seq: t.seq, version: String(t.seq) });
    }
  }
  const head = args.changes?.length || replay ? await logHead(db) : 0;
  if (replay) {
    const covered = new Set(candidates.map((c) => c.packageId));
    const since = await logTimeAt(db, after);
    for (const p of await findPackagesChangedSince(db, org, since)) {
      if (covered.has(p.id)) continue;
      const change: PackageChange = p.deleted_at ? 'DELETED' : p.created_at > since ? 'CREATED' : 'UPDATED';
      candidates.push({ packageId: p.id, change, seq: head, version: String((p.deleted_at ?? p.updated_at).getTime()) });
    }
  }
  for (const c of args.changes ?? []) candidates.push({ packageId: c.packageId, change: c.change, seq: head, version: '' });

  // One read of the packages confirms they belong to the caller's organization and gives their status.
  const rows = new Map((await findPackages(db, org, candidates.map((c) => c.packageId))).map((p) => [p.id, p]));
  const wanted = (c: Candidate, row: PackageRow) =>
    (!args.id || c.packageId === args.id) &&
    (!args.filter?.packageIds || args.filter.packageIds.includes(c.packageId)) &&
    (!args.filter?.change || args.filter.change.includes(c.change)) &&
    (!args.filter?.status || args.filter.status.includes(row.status as never));
  const updates: PackageUpdate[] = [];
  for (const c of candidates) {
    const row = rows.get(c.packageId);
    if (!row || !wanted(c, row)) continue;
    const version = c.version || String((row.deleted_at ?? row.updated_at).getTime());
    updates.push({
      seq: String(c.seq),
      key: `${c.change}:${c.packageId}:${version}`,
      change: c.change,
      packageId: c.packageId,
      package: row.deleted_at ? null : { id: c.packageId },
    });
  }
  return updates;
}
