/**
 * Read latency at scale: loads N packages of one organization (SQL, generate_series), then measures
 * p50/p99 and requests/s of `package(id)` and of `packages` pages (unfiltered, status+carrier filter,
 * free text, second page by cursor), each with and without `totalCount`, through the in-process gateway
 * over HTTP. Ends with EXPLAIN ANALYZE of the SQL behind each scenario.
 *
 *   npx tsx --conditions=source bench/reads.bench.ts [--packages 1000000] [--requests 2000] [--concurrency 8] [--max-seconds 45]
 *     [--keep-database NAME] [--only REGEX]
 *
 * --keep-database NAME runs on database NAME (created when missing) and keeps it: the packages are loaded
 * only when the organization has none there, so a second run skips the load (minutes for a million).
 * --only REGEX runs the scenarios whose name matches (case-insensitive), e.g. --only 'surname|packageStats'.
 */
import { parseArgs } from 'node:util';
import { PACKAGE_STATUSES } from '@clearpath/core';
import { findPackagesByIds, countPackages, listPackages } from '../subgraphs/packages/src/package/package.repository.js';
import type { PackageFilterInput } from '../subgraphs/packages/src/package/package.filter.js';
import { rollupCounter } from '../subgraphs/packages/src/stats/stats.rollup.js';
import { describeServer } from './support/bench-database.js';
import { BENCH_ORG, graphqlBody, postJson, startBenchGateway, type BenchGateway } from './support/bench-gateway.js';
import { printHeader, progress } from './support/bench-report.js';
import { runLoad } from './support/load-runner.js';
import { markdownTable } from './support/markdown-table.js';
import { loadManyPackages, loadSampleEvents, SURNAMES } from './support/package-loader.js';
import { seededRandom } from './support/random.js';
import { capturingDb, explainAnalyze } from './support/sql-capture.js';
import { fmt, summarize } from './support/stats.js';

const { values: args } = parseArgs({
  options: {
    packages: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '8' },
    'max-seconds': { type: 'string', default: '45' },
    'keep-database': { type: 'string' },
    only: { type: 'string' },
  },
});
const PACKAGES = Number(args.packages);
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);
const MAX_MS = Number(args['max-seconds']) * 1000;
const ONLY = args.only === undefined ? undefined : new RegExp(args.only, 'i');
for (const [name, value] of Object.entries({ PACKAGES, REQUESTS, CONCURRENCY, MAX_MS })) {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
}

const PAGE = 50;
const DAY_MS = 86_400_000;

/** The i-th ordering of a list (factorial number system): distinct for i below list.length!. */
function nthPermutation<T>(list: readonly T[], i: number): T[] {
  const rest = [...list];
  const out: T[] = [];
  for (let n = rest.length; n > 0; n--) {
    out.push(rest.splice(i % n, 1)[0]!);
    i = Math.floor(i / n);
  }
  return out;
}
/** Cities of the loader's origins and destinations: each is in about 10% of search documents. */
const CITY_TERMS = ['Hamburg', 'Berlin', 'Rotterdam', 'Milan', 'Warsaw'];
const PACKAGE_BY_ID = /* GraphQL */ `
  query BenchPackage($id: ID!) {
    package(id: $id) { id trackingNumber carrier status lastEventAt currentLocation { facilityCode name } }
  }
`;
type CountKind = 'none' | 'default' | 'exact';
const pageQuery = (count: CountKind) => /* GraphQL */ `
  query BenchPage($filter: PackageFilter, $after: String) {
    packages(filter: $filter, first: ${PAGE}, after: $after) {
      ${count === 'default' ? 'totalCount totalCountEstimated' : count === 'exact' ? 'totalCount(exact: true)' : ''}
      edges { node { id trackingNumber status } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface PageData {
  data: { packages: { totalCount?: number; totalCountEstimated?: boolean; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
}

interface Scenario {
  name: string;
  /** Overrides --concurrency (one request at a time shows the bare per-request latency). */
  concurrency?: number;
  /** Request body for the i-th request. */
  body(i: number): string;
  /** The repository calls behind it, for EXPLAIN. */
  sql?: { filter: PackageFilterInput | null; after: string | null; count: CountKind };
}

interface ScenarioResult {
  name: string;
  concurrency: number;
  requests: number;
  p50: number;
  p99: number;
  perSecond: number;
  truncated: boolean;
  totalCount?: number;
  estimated?: boolean;
}

async function sampleInputs(bench: BenchGateway) {
  const { rows: ids } = await bench.sql.query<{ id: string }>(
    `SELECT id FROM packages TABLESAMPLE SYSTEM (1) REPEATABLE (7) WHERE organization_id = $1 LIMIT 5000`,
    [BENCH_ORG],
  );
  const { rows: numbers } = await bench.sql.query<{ tracking_number: string }>(
    `SELECT tracking_number FROM packages TABLESAMPLE SYSTEM (1) REPEATABLE (8) WHERE organization_id = $1 LIMIT 500`,
    [BENCH_ORG],
  );
  const random = seededRandom(3);
  return {
    ids: ids.map((r) => r.id),
    // 8 digits from the middle of a real tracking number: matches that package (and rarely another).
    selectiveTerms: numbers.map((r) => r.tracking_number.slice(-9, -1)),
    // A surname: matches ~2.5% of recipients, so the filter keeps tens of thousands of rows. A city: ~10%.
    broadTerms: Array.from({ length: 50 }, () => SURNAMES[Math.floor(random() * SURNAMES.length)]!),
  };
}

async function firstPageCursor(bench: BenchGateway, filter: PackageFilterInput | null): Promise<string> {
  const res = await postJson<PageData>(`${bench.url}/graphql`, graphqlBody(pageQuery('none'), { filter }));
  const cursor = res.data.packages.pageInfo.endCursor;
  if (!cursor) throw new Error(`No second page for ${JSON.stringify(filter)}`);
  return cursor;
}

async function buildScenarios(bench: BenchGateway): Promise<Scenario[]> {
  const inputs = await sampleInputs(bench);
  const inTransitDhl: PackageFilterInput = { status: ['IN_TRANSIT'], carrier: ['DHL'] };
  const cursor = await firstPageCursor(bench, inTransitDhl);
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
  const scenarios: Scenario[] = [
    { name: '`package(id)`', body: (i) => graphqlBody(PACKAGE_BY_ID, { id: pick(inputs.ids, i) }) },
    { name: '`package(id)`, one request at a time', concurrency: 1, body: (i) => graphqlBody(PACKAGE_BY_ID, { id: pick(inputs.ids, i + 7) }) },
  ];
  const pages: { name: string; filter: (i: number) => PackageFilterInput | null; sqlFilter: PackageFilterInput | null; after?: string }[] = [
    { name: 'first page, no filter', filter: () => null, sqlFilter: null },
    { name: 'status IN_TRANSIT + carrier DHL', filter: () => inTransitDhl, sqlFilter: inTransitDhl },
    { name: 'status IN_TRANSIT + carrier DHL, page 2 (cursor)', filter: () => inTransitDhl, sqlFilter: inTransitDhl, after: cursor },
    { name: '`q`: 8 digits of a tracking number', filter: (i) => ({ q: pick(inputs.selectiveTerms, i) }), sqlFilter: { q: inputs.selectiveTerms[0]! } },
    { name: '`q`: a recipient surname', filter: (i) => ({ q: pick(inputs.broadTerms, i) }), sqlFilter: { q: inputs.broadTerms[0]! } },
    { name: '`q`: a city (origin or destination)', filter: (i) => ({ q: pick(CITY_TERMS, i) }), sqlFilter: { q: CITY_TERMS[0]! } },
    { name: '`q`: surname + status IN_TRANSIT', filter: (i) => ({ q: pick(inputs.broadTerms, i), status: ['IN_TRANSIT'] }), sqlFilter: { q: inputs.broadTerms[0]!, status: ['IN_TRANSIT'] } },
  ];
  const LABEL: Record<CountKind, string> = { none: '', default: ' **+ totalCount** (default: estimate)', exact: ' **+ totalCount(exact: true)**' };
  for (const page of pages) {
    for (const count of ['none', 'default', 'exact'] as const) {
      scenarios.push({
        name: `\`packages\` ${page.name}${LABEL[count]}`,
        body: (i) => graphqlBody(pageQuery(count), { filter: page.filter(i), after: page.after ?? null }),
        sql: { filter: page.sqlFilter, after: page.after ?? null, count },
      });
    }
  }
  // The dashboard's aggregates: counts by status and carrier, on-time rate, transit percentiles, events/hour.
  const STATS = `query($filter: PackageFilter) { packageStats(filter: $filter) { total byStatus { status count } byCarrier { carrier count } onTimeRate medianTransitHours p90TransitHours exceptions eventsPerHour { hour count } } }`;
  // The resolver shares identical requests for 5 s. Listing every status, in a different order for each
  // request, asks the same question of the same rollup rows as no filter at all, but never the same request
  // twice (9 statuses have 362,880 orders), so nothing is shared. A createdFrom on a whole day makes the
  // rollups answer from their per-day rows (every day since then) instead of the all-time ones.
  const everyStatus = (i: number) => nthPermutation(PACKAGE_STATUSES, i);
  scenarios.push(
    { name: '`packageStats`, all packages (shared 5 s)', body: () => graphqlBody(STATS, { filter: null }) },
    { name: '`packageStats`, all packages (every status listed), **no sharing**', body: (i) => graphqlBody(STATS, { filter: { status: everyStatus(i) } }) },
    { name: '`packageStats`, carrier DHL (every status listed), **no sharing**', body: (i) => graphqlBody(STATS, { filter: { status: everyStatus(i), carrier: ['DHL'] } }) },
    {
      name: '`packageStats`, created in the last 30 whole days (per-day rollups), **no sharing**',
      body: (i) => graphqlBody(STATS, { filter: { status: everyStatus(i), createdFrom: new Date(Math.floor(Date.now() / DAY_MS - 30) * DAY_MS).toISOString() } }),
    },
  );
  return scenarios;
}

async function runScenario(bench: BenchGateway, scenario: Scenario): Promise<ScenarioResult> {
  let totalCount: number | undefined;
  let estimated: boolean | undefined;
  const send = async (i: number) => {
    const res = await postJson<PageData & { data: { package?: unknown } }>(`${bench.url}/graphql`, scenario.body(i));
    if ('package' in res.data && !res.data.package) throw new Error('package(id) returned null for a known id');
    if (res.data.packages?.totalCount !== undefined) totalCount = res.data.packages.totalCount;
    if (res.data.packages?.totalCountEstimated !== undefined) estimated = res.data.packages.totalCountEstimated;
  };
  // Warm-up: plans cached, pages in shared buffers, connections open.
  const concurrency = scenario.concurrency ?? CONCURRENCY;
  await runLoad(send, { requests: Math.min(50, REQUESTS), concurrency, maxMs: MAX_MS / 4 });
  const load = await runLoad(send, { requests: REQUESTS, concurrency, maxMs: MAX_MS });
  const latency = summarize(load.latenciesMs);
  return { name: scenario.name, concurrency, requests: load.latenciesMs.length, p50: latency.p50, p99: latency.p99, perSecond: load.perSecond, truncated: load.truncated, totalCount, estimated };
}

function statementKind(text: string): string {
  if (text.startsWith('select count')) return 'count';
  if (/sum\(packages\)/.test(text)) return 'count from rollups';
  if (/ union /.test(text)) return 'exact identifier look-up';
  return 'page';
}

/** EXPLAIN ANALYZE of the exact statements the repository sends for each scenario. */
async function explainScenarios(bench: BenchGateway, scenarios: Scenario[], sampleId: string) {
  const capture = capturingDb(bench.database.url);
  const explained: { name: string; statement: string; executionMs: number; plan: string }[] = [];
  const seen = new Set<string>();
  try {
    const add = async (name: string, run: () => Promise<unknown>) => {
      await run();
      for (const q of capture.drain()) {
        if (/^explain/i.test(q.sql)) continue; // the count estimate itself: a planning pass, nothing to analyze
        const key = `${q.sql} ${JSON.stringify(q.parameters)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const plan = await explainAnalyze(bench.sql, q);
        const executionMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        explained.push({ name, statement: statementKind(q.sql), executionMs, plan });
      }
    };
    await add('`package(id)`', () => findPackagesByIds(capture.db, BENCH_ORG, [sampleId]));
    for (const s of scenarios) {
      if (!s.sql) continue;
      const { filter, after, count } = s.sql;
      if (count !== 'none') await add(s.name, () => countPackages(capture.db, BENCH_ORG, filter, { exact: count === 'exact', fromRollup: rollupCounter(BENCH_ORG, filter) }));
      else await add(s.name, () => listPackages(capture.db, BENCH_ORG, { filter, after, field: 'CREATED_AT', direction: 'DESC', first: PAGE }));
    }
  } finally {
    await capture.close();
  }
  return explained;
}

async function main(): Promise<void> {
  progress('starting gateway on a fresh database');
  const bench = await startBenchGateway({ keepDatabase: args['keep-database'] });
  try {
    const server = await describeServer(bench.sql);
    const { rows: held } = await bench.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM packages WHERE organization_id = $1', [BENCH_ORG]);
    let load = { insertMs: NaN, indexMs: NaN };
    if (held[0]!.n === 0) {
      progress(`loading ${PACKAGES} packages`);
      load = await loadManyPackages(bench.sql, BENCH_ORG, PACKAGES);
      await loadSampleEvents(bench.sql, BENCH_ORG, 2000, 4);
    } else if (held[0]!.n !== PACKAGES) {
      throw new Error(`${bench.database.name} holds ${held[0]!.n} packages, not --packages ${PACKAGES}`);
    } else progress(`reusing the ${PACKAGES} packages of ${bench.database.name}`);
    const t0 = performance.now();
    await bench.sql.query('VACUUM ANALYZE packages');
    await bench.sql.query('VACUUM ANALYZE package_search');
    await bench.sql.query('ANALYZE tracking_events');
    await bench.sql.query('ANALYZE package_rollup, package_rollup_total, reason_rollup, reason_rollup_total, event_hour_rollup');
    const vacuumMs = performance.now() - t0;
    const { rows: spread } = await bench.sql.query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM packages GROUP BY status ORDER BY n DESC`,
    );
    const { rows: sizes } = await bench.sql.query<{ table_size: string; index_size: string }>(
      `SELECT pg_size_pretty(pg_table_size('packages')) AS table_size, pg_size_pretty(pg_indexes_size('packages')) AS index_size`,
    );

    const { rows: rollupRows } = await bench.sql.query<{ totals: number; packages: number; reasons: number; hours: number }>(
      `SELECT (SELECT count(*)::int FROM package_rollup_total) AS totals, (SELECT count(*)::int FROM package_rollup) AS packages, (SELECT count(*)::int FROM reason_rollup) AS reasons,
              (SELECT count(*)::int FROM event_hour_rollup) AS hours`,
    );
    const scenarios = (await buildScenarios(bench)).filter((s) => !ONLY || ONLY.test(s.name));
    const results: ScenarioResult[] = [];
    for (const scenario of scenarios) {
      progress(`${scenario.name}: ${REQUESTS} requests, concurrency ${scenario.concurrency ?? CONCURRENCY}`);
      results.push(await runScenario(bench, scenario));
    }
    const { rows: one } = await bench.sql.query<{ id: string }>('SELECT id FROM packages ORDER BY created_at DESC LIMIT 1 OFFSET 12345');
    progress('EXPLAIN ANALYZE');
    const plans = await explainScenarios(bench, scenarios, one[0]?.id ?? '00000000-0000-0000-0000-000000000000');

    printHeader('Reads benchmark', server);
    console.log(
      `${fmt(PACKAGES)} packages in one organization (` +
        (Number.isNaN(load.insertMs) ? `loaded by an earlier run into ${bench.database.name}, ` : `loaded in ${fmt(load.insertMs / 1000, 1)} s, indexes built in ${fmt(load.indexMs / 1000, 1)} s, `) +
        `VACUUM ANALYZE ${fmt(vacuumMs / 1000, 1)} s; table ${sizes[0]!.table_size}, indexes ${sizes[0]!.index_size}; rollup rows: ` +
        `${fmt(rollupRows[0]!.totals)} all-time and ${fmt(rollupRows[0]!.packages)} per-day package, ${fmt(rollupRows[0]!.reasons)} reason, ${fmt(rollupRows[0]!.hours)} hour). ` +
        `Status spread: ${spread.map((r) => `${r.status} ${fmt((100 * r.n) / PACKAGES, 1)}%`).join(', ')}. ` +
        `Each scenario: up to ${fmt(REQUESTS)} GraphQL requests over HTTP after 50 warm-up requests, ${CONCURRENCY} in flight, ` +
        `stopped after ${fmt(MAX_MS / 1000)} s; pages of ${PAGE}. The gateway and the load client share this process.\n`,
    );
    console.log(
      markdownTable(
        ['query', 'in flight', 'requests', 'p50 ms', 'p99 ms', 'req/s', 'totalCount'],
        results.map((r) => [
          r.name,
          String(r.concurrency),
          `${fmt(r.requests)}${r.truncated ? ' (time limit)' : ''}`,
          fmt(r.p50, 1),
          fmt(r.p99, 1),
          fmt(r.perSecond, 0),
          r.totalCount === undefined ? '' : `${fmt(r.totalCount)}${r.estimated ? ' (estimate)' : ''}`,
        ]),
      ),
    );
    console.log('\n## SQL behind each scenario (`EXPLAIN (ANALYZE, BUFFERS)` execution time, one run, warm cache)\n');
    console.log(markdownTable(['scenario', 'statement', 'execution ms'], plans.map((p) => [p.name, p.statement, fmt(p.executionMs, 2)])));
    for (const p of plans.filter((x) => x.executionMs >= 10)) {
      console.log(`\n${p.name} — ${p.statement} (${fmt(p.executionMs, 1)} ms):\n\n\`\`\`\n${p.plan}\n\`\`\``);
    }
  } finally {
    await bench.close();
  }
}

await main();
