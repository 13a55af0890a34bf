import { exceptionSubtype, isTerminal, orderedEvents, type ExceptionSubtype } from '../statistics/index.js';
import { hoursBetween } from '../common/time.js';
import type { PackageHistory, TimelineEvent } from '../timeline.types.js';
import type { AnomalyFinding, DetectionContext, Severity } from './detection.types.js';
import { round } from './finding-helpers.js';

const BASE_SEVERITY: Readonly<Record<ExceptionSubtype, Severity>> = {
  LOST: 'CRITICAL',
  DAMAGED: 'HIGH',
  REFUSED: 'HIGH',
  CUSTOMS: 'MEDIUM',
  ADDRESS: 'MEDIUM',
  OTHER: 'MEDIUM',
  WEATHER: 'LOW',
  RECIPIENT: 'LOW',
  CAPACITY: 'LOW',
};

// Damage is not undone by the package moving on: it stays open for a claim until someone closes it.
const PERSISTENT: ReadonlySet<ExceptionSubtype> = new Set(['DAMAGED']);

/** An unresolved exception stays this long before it is escalated one level. */
const ESCALATE_AFTER_HOURS = 72;

interface Episode {
  subtype: ExceptionSubtype;
  events: TimelineEvent[];
}

/**
 * Runs of exception events of one subtype, cut by the next non-exception event (the package moved on:
 * customs released it, the address was fixed). Returns the episodes still open.
 */
function openEpisodes(events: readonly TimelineEvent[], terminal: boolean): Episode[] {
  const episodes: Episode[] = [];
  let open = new Map<ExceptionSubtype, Episode>();
  for (const event of events) {
    const subtype = exceptionSubtype(event);
    if (subtype === null) {
      for (const episode of open.values()) if (PERSISTENT.has(episode.subtype)) episodes.push(episode);
      open = new Map();
      continue;
    }
    const episode = open.get(subtype) ?? { subtype, events: [] };
    if (episode.events.length === 0) open.set(subtype, episode);
    episode.events.push(event);
  }
  episodes.push(...open.values());
  return episodes
    .filter((e) => !terminal || PERSISTENT.has(e.subtype))
    .sort((a, b) => (a.events[0]?.occurredAt.getTime() ?? 0) - (b.events[0]?.occurredAt.getTime() ?? 0));
}

function escalate(severity: Severity): Severity {
  return severity === 'LOW' ? 'MEDIUM' : severity === 'MEDIUM' ? 'HIGH' : 'CRITICAL';
}

/**
 * CARRIER_EXCEPTION: an EXCEPTION status or a raw carrier code naming a problem (CUSTOMS_HOLD, DAMAGED,
 * ADDRESS_ISSUE, ...); evidence.subtype names it. Holds until a later normal scan shows the package moving
 * on (DAMAGED holds regardless). Repeated exception scans of one kind are one finding.
 * Key: CARRIER_EXCEPTION:<subtype>:<first event id of the episode>.
 */
export function detectCarrierException(pkg: PackageHistory, ctx: DetectionContext): AnomalyFinding[] {
  return openEpisodes(orderedEvents(pkg), isTerminal(pkg.status)).flatMap((episode): AnomalyFinding[] => {
    const first = episode.events[0];
    const last = episode.events[episode.events.length - 1];
    if (!first || !last) return [];
    const ageHours = hoursBetween(first.occurredAt, ctx.now);
    const base = BASE_SEVERITY[episode.subtype];
    const codes = [...new Set(episode.events.map((e) => e.carrierCode).filter((c): c is string => c !== null))];
    const explicit = episode.events.some((e) => e.status === 'EXCEPTION');
    return [
      {
        type: 'CARRIER_EXCEPTION',
        severity: ageHours > ESCALATE_AFTER_HOURS ? escalate(base) : base,
        // Both an EXCEPTION status and a recognised code agree → most certain; a code alone or a bare status less so.
        confidence: explicit && codes.length > 0 ? 0.95 : codes.length > 0 ? 0.85 : 0.75,
        key: `CARRIER_EXCEPTION:${episode.subtype}:${first.eventId}`,
        summary:
          `Carrier reported ${episode.subtype.toLowerCase()} exception` +
          `${codes.length > 0 ? ` (${codes.join(', ')})` : ''}${first.facilityCode ? ` at ${first.facilityCode}` : ''} ` +
          `${round(ageHours, 1)} h ago${last.description ? `: ${last.description}` : ''}.`,
        evidence: {
          eventIds: episode.events.map((e) => e.eventId),
          facilityCode: last.facilityCode,
          subtype: episode.subtype,
          statistics: {
            subtype: episode.subtype,
            carrierCodes: codes.join(',') || null,
            exceptionScans: episode.events.length,
            firstReportedAt: first.occurredAt.toISOString(),
            hoursOpen: round(ageHours),
          },
        },
      },
    ];
  });
}
