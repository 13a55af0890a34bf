/** Confusion matrix, accuracy per cause and a reliability table (confidence bins vs observed accuracy). */
import type { RootCause } from '../../investigation/investigation.types.js';
import { SUITE_CAUSES, type SuiteCase } from './suite.js';

export interface SuiteScore {
  cases: number;
  accuracy: number;
  /** Share right per labeled cause (recall). */
  perCause: Record<RootCause, { cases: number; accuracy: number }>;
  /** matrix[label][predicted] = count. */
  matrix: Record<RootCause, Record<RootCause, number>>;
  reliability: ReliabilityBin[];
}

export interface ReliabilityBin {
  from: number;
  to: number;
  findings: number;
  meanConfidence: number;
  accuracy: number;
}

/** Bins of the reliability table: 0.8 sits in its own bin so "of the findings at 0.8" can be read off. */
export const RELIABILITY_EDGES = [0, 0.5, 0.65, 0.75, 0.85, 0.95, 1.0001];

export function scoreSuite(cases: readonly SuiteCase[]): SuiteScore {
  const zeroRow = (): Record<RootCause, number> => Object.fromEntries(SUITE_CAUSES.map((c) => [c, 0])) as Record<RootCause, number>;
  const matrix = Object.fromEntries(SUITE_CAUSES.map((c) => [c, zeroRow()])) as SuiteScore['matrix'];
  for (const c of cases) matrix[c.label][c.predicted] += 1;
  const perCause = Object.fromEntries(
    SUITE_CAUSES.map((cause) => {
      const mine = cases.filter((c) => c.label === cause);
      return [cause, { cases: mine.length, accuracy: mine.length === 0 ? 0 : mine.filter((c) => c.predicted === cause).length / mine.length }];
    }),
  ) as SuiteScore['perCause'];
  const reliability: ReliabilityBin[] = [];
  for (let i = 0; i + 1 < RELIABILITY_EDGES.length; i++) {
    const from = RELIABILITY_EDGES[i] ?? 0;
    const to = RELIABILITY_EDGES[i + 1] ?? 1;
    const inBin = cases.filter((c) => c.confidence >= from && c.confidence < to);
    reliability.push({
      from,
      to: Math.min(1, to),
      findings: inBin.length,
      meanConfidence: inBin.length === 0 ? 0 : inBin.reduce((s, c) => s + c.confidence, 0) / inBin.length,
      accuracy: inBin.length === 0 ? 0 : inBin.filter((c) => c.predicted === c.label).length / inBin.length,
    });
  }
  const right = cases.filter((c) => c.predicted === c.label).length;
  return { cases: cases.length, accuracy: cases.length === 0 ? 0 : right / cases.length, perCause, matrix, reliability };
}

const ABBREVIATION: Record<RootCause, string> = {
  FACILITY_CONGESTION: 'CONG',
  MISSORT_MISROUTE: 'MISR',
  CARRIER_EXCEPTION: 'CEXC',
  CUSTOMS: 'CUST',
  ADDRESS_PROBLEM: 'ADDR',
  RECIPIENT_UNAVAILABLE: 'RCPT',
  WEATHER: 'WTHR',
  PROBABLE_LOSS: 'LOSS',
  DATA_QUALITY: 'DATA',
  NONE_FOUND: 'NONE',
};

/** Markdown: rows are the planted cause, columns what the classifier said. */
export function confusionMarkdown(score: SuiteScore): string {
  const header = `| planted \\ classified | ${SUITE_CAUSES.map((c) => ABBREVIATION[c]).join(' | ')} | right |`;
  const rule = `|---|${SUITE_CAUSES.map(() => '---').join('|')}|---|`;
  const rows = SUITE_CAUSES.map((label) => {
    const cells = SUITE_CAUSES.map((p) => String(score.matrix[label][p] || '·'));
    const { cases, accuracy } = score.perCause[label];
    return `| ${label} (${ABBREVIATION[label]}) | ${cells.join(' | ')} | ${(100 * accuracy).toFixed(0)}% of ${cases} |`;
  });
  return [header, rule, ...rows].join('\n');
}

export function reliabilityMarkdown(score: SuiteScore): string {
  const rows = score.reliability
    .filter((b) => b.findings > 0)
    .map((b) => `| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.findings} | ${b.meanConfidence.toFixed(2)} | ${(100 * b.accuracy).toFixed(0)}% |`);
  return ['| confidence | findings | mean confidence | right |', '|---|---|---|---|', ...rows].join('\n');
}
