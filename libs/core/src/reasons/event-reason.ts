import type { CodeMeaning } from './carrier-code-defaults.js';
import { classifyDescription } from './classify-description.js';
import type { EventReason, ReasonSource } from './reasons.js';

export interface EventReasonResult {
  reason: EventReason;
  source: ReasonSource;
  /** The event has a carrier code no mapping row knows: stored raw, and reported. */
  unmappedCode: boolean;
}

/** An event's reason: its code's mapping when that says one, else its description, else OTHER. */
export function eventReason(code: string | null, meaning: CodeMeaning | null, description: string | null): EventReasonResult {
  const unmappedCode = code != null && code.trim() !== '' && !meaning?.known;
  if (meaning?.reason) return { reason: meaning.reason, source: 'CODE', unmappedCode };
  const described = classifyDescription(description);
  if (described) return { reason: described, source: 'DESCRIPTION', unmappedCode };
  return { reason: 'OTHER', source: 'DEFAULT', unmappedCode };
}
