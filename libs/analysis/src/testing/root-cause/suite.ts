/**
 * The labeled root-cause suite, shared by `bench/rootcause.bench.ts` (several seeds) and the suite test
 * (one seed): on each network shape, plant situations with a known cause among the shape's own traffic,
 * learn the statistics and run detection as the service does at one "now", then classify every planted
 * package and compare with its label.
 */
import { SeededRandom } from '../../common/seeded-random.js';
import { detectAnomalies, detectFacilityCongestion, type AnomalyFinding } from '../../detection/index.js';
import { gatherEvidence } from '../../investigation/evidence.gatherer.js';
import type { RootCause } from '../../investigation/investigation.types.js';
import { classifyRootCause } from '../../investigation/root-cause.classifier.js';
import { recommendActions } from '../../investigation/action.recommender.js';
import { actionProblems } from './action-checks.js';
import { historyAsOf, simulateNetwork } from '../../simulation/index.js';
import { computeNetworkStatistics, isTerminal, type NetworkStatistics } from '../../statistics/index.js';
import { estimateNetworkConditions, learnEtaModel } from '../../eta/index.js';
import type { FacilityNode, PackageHistory } from '../../timeline.types.js';
import { generateShape, type ShapeName } from '../network-shapes.js';
import { BUILDERS, stuckAt, type PlantContext, type Situation } from './situations.js';
import { templateOf, type Template } from './templates.js';

export type SuiteShape = ShapeName | 'hub-and-spoke';
export const SUITE_SHAPES: readonly SuiteShape[] = ['hubs-only', 'hub-and-spoke', 'long-haul', 'disruption'];

/** Every cause the classifier can name, NONE_FOUND last. */
export const SUITE_CAUSES: readonly RootCause[] = [
  'FACILITY_CONGESTION',
  'MISSORT_MISROUTE',
  'CARRIER_EXCEPTION',
  'CUSTOMS',
  'ADDRESS_PROBLEM',
  'RECIPIENT_UNAVAILABLE',
  'WEATHER',
  'PROBABLE_LOSS',
  'DATA_QUALITY',
  'NONE_FOUND',
];

export interface SuiteOptions {
  seed: number;
  /** Situations per cause and shape (congestion and combinations come on top for their causes). */
  perCause: number;
  /** Background traffic per shape. */
  packageCount: number;
  spanDays: number;
  shapes?: readonly SuiteShape[];
}

export interface SuiteCase {
  shape: SuiteShape;
  packageId: string;
  label: RootCause;
  variant: string;
  predicted: RootCause;
  confidence: number;
  rule: string;
  /** Recommended action types, first first. */
  actions: string[];
  /** Where the actions fail the checks of action-checks.ts (empty when they pass). */
  actionProblems: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = new Date('2025-03-03T00:00:00Z');

interface Network {
  facilities: FacilityNode[];
  /** Complete histories; cut at now for the traffic, clean ones reused as templates. */
  packages: PackageHistory[];
  clean: Set<string>;
}

function network(shape: SuiteShape, seed: number, packageCount: number, spanDays: number): Network {
  if (shape !== 'hub-and-spoke') {
    const net = generateShape(shape, { seed, packageCount, spanDays, start: START });
    return { facilities: net.facilities, packages: net.packages, clean: new Set(net.packages.map((p) => p.id)) };
  }
  const sim = simulateNetwork({ seed, packageCount, start: START, spanDays, now: new Date(START.getTime() + (spanDays + 20) * DAY) });
  const clean = sim.journeys.filter((j) => j.truth.deliveredAt && j.truth.exceptions.length === 0 && !j.truth.misrouted && j.truth.failedAttempts === 0);
  return { facilities: sim.facilities, packages: sim.journeys.map((j) => j.package), clean: new Set(clean.map((j) => j.package.id)) };
}

/** The facility most templates pass through on their way (not where they deliver): the one to congest. */
function busiestThrough(templates: readonly Template[], exclude: string | null): string | null {
  const counts = new Map<string, number>();
  for (const t of templates) {
    for (const i of t.arrivals.slice(0, -1)) {
      const code = t.pkg.events[i]?.facilityCode;
      if (code && code !== exclude) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function plantAll(ctx: PlantContext, options: SuiteOptions, congested: string | null, stats: NetworkStatistics): Situation[] {
  const situations: Situation[] = [];
  for (const [cause, build] of Object.entries(BUILDERS)) {
    for (let n = 0; n < options.perCause; n++) situations.push(build(ctx));
    void cause;
  }
  if (congested) {
    // Stuck well past the facility's normal p95 turnaround, never less than a day.
    const p95 = stats.facilities[congested]?.turnaroundHours?.p95 ?? 24;
    const stall = () => Math.max(24, p95) * (1.3 + ctx.random.next());
    situations.push(...stuckAt(ctx, congested, options.perCause + 8, stall, ['CUSTOMS', 'CUSTOMS', 'WEATHER']));
  }
  return situations;
}

export function runShape(shape: SuiteShape, options: SuiteOptions): SuiteCase[] {
  const seed = options.seed * 101 + SUITE_SHAPES.indexOf(shape);
  const net = network(shape, seed, options.packageCount, options.spanDays);
  const facilities = new Map(net.facilities.map((f) => [f.code, f]));
  const now = new Date(START.getTime() + Math.round(0.8 * options.spanDays) * DAY + 11 * HOUR);
  const traffic = net.packages.flatMap((p) => historyAsOf(p, now) ?? []);
  const templates = net.packages.filter((p) => net.clean.has(p.id) && p.status === 'DELIVERED').flatMap((p) => templateOf(p) ?? []);
  // In the disruption shape one hub is already slow: congest another, so a label is never ambiguous.
  const slowHub = shape === 'disruption' ? (net.facilities[4]?.code ?? null) : null;
  const congested = busiestThrough(templates, slowHub);

  let next = 0;
  const baseStats = computeNetworkStatistics(traffic, { now });
  const turnaroundP95 = (code: string): number => baseStats.facilities[code]?.turnaroundHours?.p95 ?? 12;
  const avoid = new Set([congested, slowHub].filter((c): c is string => c !== null));
  const ctx: PlantContext = { random: new SeededRandom(seed + 7), now, templates, facilities, avoid, turnaroundP95, nextId: () => `${shape}-planted-${next++}` };
  const situations = plantAll(ctx, options, congested, baseStats);

  // Detection as the service runs it: the network model and facility load over everything in the window
  // (buildNetworkModel in the investigations subgraph), findings per active package.
  const all = [...traffic, ...situations.map((s) => s.pkg)];
  const stats = computeNetworkStatistics(all, { now });
  const model = learnEtaModel(all.filter((p) => p.status === 'DELIVERED'), net.facilities, { trainedAt: now });
  const conditions = estimateNetworkConditions(model, all, net.facilities, now);
  const detection = { network: { model, facilities: net.facilities, conditions }, stats, facilities, now };
  const findings = new Map<string, AnomalyFinding[]>();
  for (const pkg of all) if (!isTerminal(pkg.status)) findings.set(pkg.id, detectAnomalies(pkg, detection));
  const congestion = detectFacilityCongestion(stats, findings, { now, facilities });

  // Controls are taken from clean traffic: one at the already-slow hub would have a real cause.
  const labeled = situations.filter((s) => !(s.label === 'NONE_FOUND' && slowHub && s.pkg.events.at(-1)?.facilityCode === slowHub));
  // Only so many stuck packages are labeled: the rest are the crowd that makes the facility congested.
  let stuckLabeled = 0;
  return labeled.flatMap((s): SuiteCase[] => {
    if (s.variant === 'stuck' && ++stuckLabeled > options.perCause) return [];
    const evidence = gatherEvidence(s.pkg, { ...detection, findings: findings.get(s.pkg.id) ?? [], congestion });
    const result = classifyRootCause(evidence);
    const actions = recommendActions(result, evidence);
    return [
      {
        shape,
        packageId: s.pkg.id,
        label: s.label,
        variant: s.variant,
        predicted: result.rootCause,
        confidence: result.confidence,
        rule: result.rule,
        actions: actions.map((a) => a.type),
        actionProblems: actionProblems(result.rootCause, evidence, actions),
      },
    ];
  });
}

export function runSuite(options: SuiteOptions): SuiteCase[] {
  return (options.shapes ?? SUITE_SHAPES).flatMap((shape) => runShape(shape, options));
}
