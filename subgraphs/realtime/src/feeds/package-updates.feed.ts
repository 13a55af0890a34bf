import type { Db, Session } from '@clearpath/core';
import type { PackageUpdate, QueryPackageUpdatedFeedArgs } from '../__generated__/resolvers-types.js';
import { findPackageEntries } from './event-log.repository.js';
import { findPackages, onlyUuids } from './entity.repository.js';
import { assertReplayable, parseSeq } from './log-position.js';

/**
 * Package updates in the log range (after, until]: one per committed batch of a package's events and one
 * per edit. Live resolutions and replays read the same log, so a resumed subscriber gets the same stream.
 */
export async function packageUpdateFeed(db: Db, session: Session, args: QueryPackageUpdatedFeedArgs): Promise<PackageUpdate[]> {
  const org = session.organizationId;
  const after = parseSeq(args.after);
  const until = args.until == null ? undefined : parseSeq(args.until, 'until');
  if (until === undefined) await assertReplayable(db, org, after);
  const wantedIds = [...(args.id ? [args.id] : []), ...(args.filter?.packageIds ?? [])];
  const entries = await findPackageEntries(db, org, { after, until }, wantedIds.length ? onlyUuids(wantedIds) : undefined);

  // One read of the packages confirms they belong to the caller's organization and gives their status.
  const rows = new Map((await findPackages(db, org, entries.map((e) => e.packageId))).map((p) => [p.id, p]));
  const updates: PackageUpdate[] = [];
  for (const e of entries) {
    const row = rows.get(e.packageId);
    if (!row) continue;
    if (args.id && e.packageId !== args.id) continue;
    if (args.filter?.packageIds && !args.filter.packageIds.includes(e.packageId)) continue;
    if (args.filter?.change && !args.filter.change.includes(e.change)) continue;
    if (args.filter?.status && !args.filter.status.includes(row.status as never)) continue;
    updates.push({
      seq: String(e.seq),
      key: `${e.change}:${e.packageId}:${e.seq}`,
      change: e.change,
      packageId: e.packageId,
      package: row.deleted_at ? null : { id: e.packageId },
    });
  }
  return updates;
}
