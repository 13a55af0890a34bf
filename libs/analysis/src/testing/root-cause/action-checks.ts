/**
 * What the suite asks of the recommended actions, beside the cause: they follow from it (its key action is
 * there), never contradict each other (WAIT beside an intervention), never name a time already past, and a
 * finished package gets none.
 */
import type { ActionType, InvestigationEvidence, RecommendedAction, RootCause } from '../../investigation/investigation.types.js';
import { isTerminal } from '../../statistics/index.js';

/** The action each cause must lead to (NONE_FOUND and DATA_QUALITY: waiting for better evidence). */
export const KEY_ACTION: Readonly<Record<RootCause, readonly ActionType[]>> = {
  FACILITY_CONGESTION: ['REROUTE', 'CONTACT_CARRIER'],
  MISSORT_MISROUTE: ['CONTACT_CARRIER'],
  CARRIER_EXCEPTION: ['CONTACT_CARRIER'],
  CUSTOMS: ['CONTACT_CARRIER'],
  ADDRESS_PROBLEM: ['VERIFY_ADDRESS'],
  RECIPIENT_UNAVAILABLE: ['OFFER_PICKUP_POINT'],
  WEATHER: ['WAIT'],
  PROBABLE_LOSS: ['CONTACT_CARRIER', 'FILE_CLAIM'],
  DATA_QUALITY: ['WAIT'],
  NONE_FOUND: ['WAIT'],
};

const INTERVENTIONS: ReadonlySet<ActionType> = new Set(['REROUTE', 'VERIFY_ADDRESS', 'OFFER_PICKUP_POINT', 'CONTACT_CARRIER', 'FILE_CLAIM']);
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z/g;

export function actionProblems(cause: RootCause, evidence: InvestigationEvidence, actions: readonly RecommendedAction[]): string[] {
  const problems: string[] = [];
  if (isTerminal(evidence.status)) return actions.length > 0 ? ['actions for a finished package'] : [];
  const types = actions.map((a) => a.type);
  if (!KEY_ACTION[cause].some((t) => types.includes(t))) problems.push(`${cause} without ${KEY_ACTION[cause].join(' or ')}`);
  // Bad data: waiting for corrected scans and reporting them to the carrier go together.
  if (cause !== 'DATA_QUALITY' && types.includes('WAIT') && types.some((t) => INTERVENTIONS.has(t))) problems.push(`WAIT beside ${types.join(', ')}`);
  const now = Date.parse(evidence.generatedAt);
  for (const a of actions) {
    const text = `${a.reason} ${JSON.stringify(a.details)}`;
    for (const iso of text.match(ISO) ?? []) if (Date.parse(iso) <= now && !(a.details['promisedDeliveryAt'] === iso)) problems.push(`${a.type} names ${iso}, already past`);
  }
  return problems;
}
