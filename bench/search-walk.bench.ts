/**
 * The free-text page sorted by creation with and without the bounded recency walk (listPackages'
 * recencyWalk), on a database the reads benchmark loaded and kept: the exact statements each sends,
 * `EXPLAIN (ANALYZE, BUFFERS)` in turn (plain, walk, plain, walk, ...), the first run of each on a new
 * connection (a new backend's first touch of shared buffers) and the rest on one warm connection.
 *
 *   npx tsx --conditions=source bench/reads.bench.ts --packages 1000000 --keep-database search_exp   (loads it once)
 *   npx tsx --conditions=source bench/search-walk.bench.ts --database search_exp [--runs 5] [--walk 5000] [--plans]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { listPackages, RECENCY_WALK_ROWS } from '../subgraphs/packages/src/package/package.repository.js';
import type { PackageFilterInput } from '../subgraphs/packages/src/package/package.filter.js';
import { BENCH_POSTGRES_URL, describeServer } from './support/bench-database.js';
import { BENCH_ORG } from './support/bench-gateway.js';
import { printHeader, progress } from './support/bench-report.js';
import { markdownTable } from './support/markdown-table.js';
import { capturingDb, explainAnalyze, type CapturedQuery } from './support/sql-capture.js';
import { fmt } from './support/stats.js';

const { values: args } = parseArgs({
  options: {
    database: { type: 'string', default: 'search_exp' },
    runs: { type: 'string', default: '5' },
    walk: { type: 'string', default: String(RECENCY_WALK_ROWS) },
    plans: { type: 'boolean', default: false },
  },
});
const RUNS = Number(args.runs);
const WALK = Number(args.walk);
if (!Number.isInteger(RUNS) || RUNS < 2) throw new Error('--runs must be an integer of at least 2');
if (!Number.isInteger(WALK) || WALK < 1) throw new Error('--walk must be a positive integer');
const url = new URL(BENCH_POSTGRES_URL);
url.pathname = `/${args.database}`;
const PAGE = 50;

const CASES: { name: string; filter: PackageFilterInput; page2?: boolean }[] = [
  { name: 'two-word surname `de Vries` (2.5%)', filter: { q: 'de Vries' } },
  { name: 'same, page 2 by cursor', filter: { q: 'de Vries' }, page2: true },
  { name: 'surname `Nielsen` (2.5%)', filter: { q: 'Nielsen' } },
  { name: 'surname `Müller` (~1.3%)', filter: { q: 'Müller' } },
  { name: 'city `Hamburg` (~10%)', filter: { q: 'Hamburg' } },
  { name: 'two common words `Anna Nielsen` (445 matches)', filter: { q: 'Anna Nielsen' } },
  { name: 'rare: 7 digits of a reference `1000042` (trigram substring)', filter: { q: '1000042' } },
  { name: 'no match: `Zyxwvut`', filter: { q: 'Zyxwvut' } },
  { name: '`de Vries` + status IN_TRANSIT', filter: { q: 'de Vries', status: ['IN_TRANSIT'] } },
  { name: '`Nielsen` + status DELIVERED', filter: { q: 'Nielsen', status: ['DELIVERED'] } },
  { name: '`Nielsen` + carrier DHL', filter: { q: 'Nielsen', carrier: ['DHL'] } },
];

/** Statements a listPackages call sends (the page ones: the identifier look-up is the same either way). */
async function statementsOf(capture: ReturnType<typeof capturingDb>, filter: PackageFilterInput, after: string | null, walk: number): Promise<CapturedQuery[]> {
  capture.drain();
  await listPackages(capture.db, BENCH_ORG, { filter, after, field: 'CREATED_AT', direction: 'DESC', first: PAGE, recencyWalk: walk });
  return capture.drain().filter((q) => /order by/i.test(q.sql));
}

/** The walk reads package_search in a subquery of its own (the plain statement joins the table). */
const isWalk = (q: CapturedQuery) => /\(select "s"\.\* from "package_search" as "s"/.test(q.sql);

async function explainAll(client: pg.Client, statements: CapturedQuery[]): Promise<{ ms: number; plans: string[] }> {
  let ms = 0;
  const plans: string[] = [];
  for (const q of statements) {
    const plan = await explainAnalyze(client, q);
    ms += Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    plans.push(plan);
  }
  return { ms, plans };
}

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  const capture = capturingDb(url.toString());
  try {
    const server = await describeServer(admin);
    const { rows } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM package_search WHERE organization_id = $1', [BENCH_ORG]);
    if (!rows[0]!.n) throw new Error(`${args.database} holds no search rows of ${BENCH_ORG}: load it with the reads benchmark (--keep-database)`);
    const results: string[][] = [];
    const shownPlans: string[] = [];
    for (const c of CASES) {
      progress(c.name);
      let after: string | null = null;
      if (c.page2) {
        const first = await listPackages(capture.db, BENCH_ORG, { filter: c.filter, field: 'CREATED_AT', direction: 'DESC', first: PAGE, recencyWalk: 0 });
        after = first.rows[PAGE - 1]?.cursor ?? null;
      }
      const plain = await statementsOf(capture, c.filter, after, 0);
      const walk = await statementsOf(capture, c.filter, after, WALK);
      const times = { plain: [] as number[], walk: [] as number[] };
      const lastPlans = { plain: [] as string[], walk: [] as string[] };
      for (let run = 0; run < RUNS; run++) {
        // Run 0 on new connections (new backends), the rest on one connection each, alternating plain / walk.
        for (const kind of ['plain', 'walk'] as const) {
          const client = new pg.Client({ connectionString: url.toString() });
          await client.connect();
          try {
            if (run > 0) await explainAll(client, kind === 'plain' ? plain : walk); // warm this backend first
            const { ms, plans } = await explainAll(client, kind === 'plain' ? plain : walk);
            times[kind].push(ms);
            lastPlans[kind] = plans;
          } finally {
            await client.end();
          }
        }
      }
      const summary = (plans: string[]) => plans.map((p) => (/Bitmap Index Scan on (\w+)/.exec(p)?.[1] ?? /Index Scan(?: Backward)? using (\w+)/.exec(p)?.[1] ?? '?')).join(' → ');
      results.push([
        c.name,
        summary(lastPlans.plain),
        `${fmt(times.plain[0]!, 1)} / ${times.plain.slice(1).map((t) => fmt(t, 1)).join(' / ')}`,
        isWalk(walk[0]!) ? (walk.length === 1 ? 'walk' : `walk → ${summary(lastPlans.walk.slice(1))}`) : `no walk: ${summary(lastPlans.walk)}`,
        `${fmt(times.walk[0]!, 1)} / ${times.walk.slice(1).map((t) => fmt(t, 1)).join(' / ')}`,
      ]);
      if (args.plans) shownPlans.push(`${c.name}, plain:\n\`\`\`\n${lastPlans.plain.join('\n\n')}\n\`\`\`\n${c.name}, walk:\n\`\`\`\n${lastPlans.walk.join('\n\n')}\n\`\`\``);
    }
    printHeader('Free-text page: bounded recency walk A/B', server);
    console.log(
      `${args.database}, organization ${BENCH_ORG}, first page of ${PAGE} sorted by creation (newest first); walk bound ${fmt(WALK)} search rows. ` +
        `SQL ms = EXPLAIN (ANALYZE, BUFFERS) execution time of the page statements listPackages sends (a walk that falls back: both), ` +
        `first on a new connection, then ${RUNS - 1} runs each warm on its own connection, plain and walk in turn.\n`,
    );
    console.log(markdownTable(['case', 'plain plan', 'plain SQL ms (new backend / warm)', 'walk plan', 'walk SQL ms (new backend / warm)'], results));
    for (const p of shownPlans) console.log(`\n${p}`);
  } finally {
    await capture.close();
    await admin.end();
  }
}

await main();
