import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueryId, sql, type Kysely, type KyselyPlugin } from 'kysely';
import { migrateToLatest, openDatabase, type Database, type DatabaseHandle } from '@clearpath/core';
import { insertPackage, listPackages, RECENCY_WALK_ROWS } from '../../subgraphs/packages/src/package/package.repository.js';
import type { PackageFilterInput } from '../../subgraphs/packages/src/package/package.filter.js';
import type { SortDirection } from '../../subgraphs/packages/src/package/package.sort.js';
import { BACKENDS, createPostgresDatabase } from '../support/test-database.js';

/** Recipients in turn: a two-word surname in a third of the rows, two rare ones, a common one. */
const RECIPIENT = (i: number) => (i === 7 || i === 40 ? 'Anna Nielsen' : ['Jan de Vries', 'Max Müller', 'Eva Schmidt'][i % 3]!);

/** Every page of a search by cursor: ids and cursors in order, and the page statements sent (SQL text). */
async function allPages(db: Kysely<Database>, org: string, filter: PackageFilterInput, direction: SortDirection, first: number, recencyWalk: number | undefined) {
  const statements: string[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: (args) => {
      statements.push(db.getExecutor().compileQuery(args.node, createQueryId()).sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const recorded = db.withPlugin(recorder);
  const seen: { id: string; cursor: string }[] = [];
  let after: string | null = null;
  do {
    const page = await listPackages(recorded, org, { filter, field: 'CREATED_AT', direction, first, after, recencyWalk });
    seen.push(...page.rows.map(({ row, cursor }) => ({ id: row.id, cursor })));
    after = page.hasNextPage ? page.rows[page.rows.length - 1]!.cursor : null;
  } while (after);
  // A plugin also sees each subquery on its own: the statements sent are the page reads of packages.
  const pages = statements.filter((s) => /^select "packages"\.\*/.test(s));
  return { seen, walks: pages.filter((s) => /"package_search" as "s" where/.test(s)).length, plain: pages.filter((s) => /join "package_search" as "s" on/.test(s)).length };
}

describe.each(BACKENDS)('free-text page by a bounded recency walk on %s', (backend) => {
  let handle: DatabaseHandle;
  let drop: (() => Promise<void>) | undefined;
  const org = `org_walk_${backend}`;

  beforeAll(async () => {
    const database = backend === 'postgres' ? await createPostgresDatabase() : undefined;
    drop = database?.drop;
    handle = await openDatabase({ url: database?.url, dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    for (let i = 0; i < 48; i++) {
      await insertPackage(handle.db, org, { trackingNumber: `WK${String(i).padStart(6, '0')}`, carrier: 'DHL', serviceLevel: 'STANDARD', recipient: RECIPIENT(i) });
    }
    // Another organization's newer de Vries rows are never walked into this one's page.
    for (let i = 0; i < 6; i++) await insertPackage(handle.db, `${org}_other`, { trackingNumber: `WX${i}`, carrier: 'DHL', serviceLevel: 'STANDARD', recipient: 'Jan de Vries' });
    // Creation times with ties (17 distinct minutes: equal times are ordered by id), some in transit, two deleted.
    await sql`UPDATE packages SET created_at = '2026-11-20T08:00:00Z'::timestamptz - (substring(tracking_number from 3)::int % 17) * interval '1 minute',
              status = CASE WHEN substring(tracking_number from 3)::int % 4 = 0 THEN 'IN_TRANSIT' ELSE status END
              WHERE organization_id = ${org}`.execute(handle.db);
    await sql`UPDATE packages SET created_at = now() WHERE organization_id = ${`${org}_other`}`.execute(handle.db);
    await sql`UPDATE packages SET deleted_at = now() WHERE organization_id = ${org} AND tracking_number IN ('WK000003', 'WK000013')`.execute(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  const FILTERS: PackageFilterInput[] = [
    { q: 'de vries' },
    { q: 'Jan de Vr' },
    { q: 'vries' },
    { q: 'müller' },
    { q: 'anna nielsen' },
    { q: 'nielsen' },
    { q: 'nobody' },
    { q: 'WK0000' },
    { q: 'de vries', status: ['IN_TRANSIT'] },
    { q: 'schmidt', status: ['DELIVERED'] },
  ];

  it('returns the plain query’s rows, order and cursors for every walk bound, page size and direction', async () => {
    for (const filter of FILTERS) {
      for (const direction of ['DESC', 'ASC'] as const) {
        for (const [first, walks] of [[3, [1, 4, 25, undefined]], [50, [5, undefined]]] as const) {
          const plain = await allPages(handle.db, org, filter, direction, first, 0);
          expect(plain.walks, 'recencyWalk 0 sends no walk').toBe(0);
          for (const walk of walks) {
            const walked = await allPages(handle.db, org, filter, direction, first, walk);
            expect(walked.seen, `${JSON.stringify(filter)} ${direction} first ${first} walk ${walk}`).toEqual(plain.seen);
          }
        }
      }
    }
    const expected = await handle.db.selectFrom('packages').select('id').where('organization_id', '=', org).where('deleted_at', 'is', null).where('recipient', '=', 'Jan de Vries').execute();
    const deVries = await allPages(handle.db, org, { q: 'de vries' }, 'DESC', 3, undefined);
    expect(deVries.seen.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(deVries.seen).toHaveLength(15); // 16 de Vries, one deleted
  }, 180_000);

  it('answers a common multi-word term from the walk alone, a rare one and the last page from the planner’s plan', async () => {
    expect(RECENCY_WALK_ROWS).toBeGreaterThan(48);
    // A third of the rows are de Vries: 25 walked rows hold a page of 3 (+1), on the first page and after its cursor.
    const common = await allPages(handle.db, org, { q: 'de vries' }, 'DESC', 3, 25);
    expect(common.seen).toHaveLength(15);
    expect(common.walks).toBe(4 + 1); // pages of 3: four full, the last (short) one walked and then asked the plain query
    expect(common.plain).toBe(1);
    // Two of 48: the walk stops at its bound short of a page and the GIN plan answers.
    const rare = await allPages(handle.db, org, { q: 'anna nielsen' }, 'DESC', 3, 25);
    expect(rare.seen).toHaveLength(2);
    expect([rare.walks, rare.plain]).toEqual([1, 1]);
    // Other filters combine with the walk: in transit and de Vries (every 12th row) needs more walked rows.
    const narrowed = await allPages(handle.db, org, { q: 'de vries', status: ['IN_TRANSIT'] }, 'ASC', 1, 25);
    expect(narrowed.seen).toHaveLength(4);
    expect(narrowed.walks).toBe(4);
    expect(narrowed.plain).toBeGreaterThanOrEqual(1);
  });
});
