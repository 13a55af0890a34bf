import type { AnomalyFinding } from '../detection/index.js';
import { formatDuration, formatPercent } from './duration-format.js';
import { isTerminal } from '../statistics/index.js';
import type { InvestigationEvidence, RecommendedAction, RootCause, RootCauseResult } from './investigation.types.js';

/** Long timelines keep their start and their most recent steps; the middle rarely explains a delay. */
const TIMELINE_HEAD = 3;
const TIMELINE_TAIL = 12;

const CAUSE_TITLES: Readonly<Record<RootCause, string>> = {
  FACILITY_CONGESTION: 'Facility congestion',
  MISSORT_MISROUTE: 'Missort / misroute',
  CARRIER_EXCEPTION: 'Carrier exception',
  CUSTOMS: 'Customs',
  ADDRESS_PROBLEM: 'Address problem',
  RECIPIENT_UNAVAILABLE: 'Recipient unavailable',
  WEATHER: 'Weather',
  PROBABLE_LOSS: 'Probable loss',
  DATA_QUALITY: 'Data quality',
  NONE_FOUND: 'No root cause found',
};

function statisticsText(statistics: AnomalyFinding['evidence']['statistics']): string {
  return Object.entries(statistics)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

function findingLines(findings: readonly AnomalyFinding[]): string[] {
  if (findings.length === 0) return ['- No open anomalies.'];
  return findings.map(
    (f) =>
      `- [${f.severity}] ${f.type} (key ${f.key}, confidence ${f.confidence.toFixed(2)}): ${f.summary}` +
      `${f.evidence.eventIds.length > 0 ? ` Events: ${f.evidence.eventIds.join(', ')}.` : ''}` +
      `${Object.keys(f.evidence.statistics).length > 0 ? ` Statistics: ${statisticsText(f.evidence.statistics)}.` : ''}` +
      `${f.evidence.packageIds ? ` Affected packages (${f.evidence.packageIds.length}): ${f.evidence.packageIds.join(', ')}.` : ''}`,
  );
}

function timelineLines(e: InvestigationEvidence): string[] {
  const steps = e.timeline.steps;
  if (steps.length === 0) return ['- No tracking events.'];
  const line = (s: (typeof steps)[number]) => `- ${s.label} {${s.eventId}}`;
  if (steps.length <= TIMELINE_HEAD + TIMELINE_TAIL) return steps.map(line);
  const omitted = steps.length - TIMELINE_HEAD - TIMELINE_TAIL;
  return [...steps.slice(0, TIMELINE_HEAD).map(line), `- … ${omitted} more events …`, ...steps.slice(-TIMELINE_TAIL).map(line)];
}

function contextLines(e: InvestigationEvidence): string[] {
  const lines: string[] = [];
  const gap = e.timeline.longestGap;
  if (gap) {
    lines.push(
      `- Longest gap: ${formatDuration(gap.hours)} after ${gap.fromEventId}${gap.facilityCode ? ` at ${gap.facilityCode}` : ''}` +
        `${gap.ongoing ? ' (ongoing)' : ` until ${gap.toEventId}`}.`,
    );
  }
  if (e.silenceHours !== null) lines.push(`- Silence since the last event: ${formatDuration(e.silenceHours)}.`);
  const f = e.currentFacility;
  if (f) {
    lines.push(
      `- Current facility: ${f.name ? `${f.name} (${f.code})` : f.code}${f.type ? `, ${f.type}` : ''}; here for ${formatDuration(f.stayHours)}; ` +
        `${f.heldNow} packages held there now (typically ${f.typicalHeld ?? 'unknown'}); ` +
        `p95 turnaround ${f.turnaroundP95Hours === null ? 'unknown' : formatDuration(f.turnaroundP95Hours)} (n=${f.turnaroundSamples}).`,
    );
  }
  for (const c of e.congestion) {
    const affected = c.evidence.packageIds ?? [];
    lines.push(`- Systemic: ${c.summary} (key ${c.key}). Affected packages (${affected.length}): ${affected.join(', ')}.`);
  }
  const c = e.carrierPerformance;
  if (c) {
    lines.push(
      `- Carrier ${c.carrier} (${c.packages} packages): on-time ${formatPercent(c.onTimeRate)} (network ${formatPercent(c.networkOnTimeRate)}), ` +
        `exceptions ${formatPercent(c.exceptionRate)} (network ${formatPercent(c.networkExceptionRate)}), ` +
        `median transit ${c.medianTransitHours === null ? 'unknown' : formatDuration(c.medianTransitHours)}.`,
    );
  }
  for (const x of e.exceptions) {
    lines.push(`- Exception ${x.subtype}${x.carrierCode ? ` (${x.carrierCode})` : ''} at ${x.occurredAt} {${x.eventId}}.`);
  }
  if (e.dataQuality.futureEventIds.length > 0) lines.push(`- Future-dated events: ${e.dataQuality.futureEventIds.join(', ')}.`);
  if (e.eta) {
    lines.push(
      `- ETA: p50 ${e.eta.p50}, p90 ${e.eta.p90}` +
        `${e.eta.onTimeProbability === null ? '' : `, on-time probability ${e.eta.onTimeProbability.toFixed(2)}`} (${e.eta.basis}).`,
    );
  }
  return lines;
}

/**
 * The investigation report as deterministic template text (what runs when no LLM is configured). Every
 * claim cites its evidence: event ids in {braces} or "Events:", finding keys, statistics with sample sizes.
 */
export function writeNarrative(
  evidence: InvestigationEvidence,
  rootCause: RootCauseResult,
  actions: readonly RecommendedAction[],
): string {
  const e = evidence;
  const header = [
    `# Investigation: ${e.trackingNumber} (package ${e.packageId})`,
    `Status ${e.status}, carrier ${e.carrier}, ${e.serviceLevel}` +
      `${e.promisedDeliveryAt ? `, promised by ${e.promisedDeliveryAt}` : ''}; as of ${e.generatedAt}.`,
  ];
  const verdict = [
    '## Root cause',
    `${CAUSE_TITLES[rootCause.rootCause]} (confidence ${rootCause.confidence.toFixed(2)}, rule ${rootCause.rule}): ${rootCause.explanation}.`,
  ];
  const rules =
    rootCause.firedRules.length === 0
      ? ['- No rule applied.']
      : rootCause.firedRules.map(
          (r) =>
            `- ${r.rule} → ${r.rootCause} (weight ${r.weight.toFixed(2)}): ${r.detail}` +
            `${r.eventIds.length > 0 ? ` Events: ${r.eventIds.join(', ')}.` : ''}`,
        );
  const last = e.timeline.steps.at(-1);
  const actionLines = isTerminal(e.status)
    ? [`None: the package is finished (${e.status}${last ? ` at ${last.occurredAt} {${last.eventId}}` : ''}); there is nothing left to act on.`]
    : actions.length === 0
      ? ['No action recommended.']
      : actions.map((a) => `${a.priority}. ${a.type}: ${a.reason}`);
  return [
    ...header,
    '',
    ...verdict,
    '',
    '## Findings',
    ...findingLines(e.findings),
    '',
    '## Timeline',
    ...timelineLines(e),
    '',
    '## Context',
    ...contextLines(e),
    '',
    '## Recommended actions',
    ...actionLines,
    '',
    '## Rules that applied',
    ...rules,
  ].join('\n');
}
