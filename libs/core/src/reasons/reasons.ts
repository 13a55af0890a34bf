/**
 * Why an event happened, beside what happened (its status): the reason taxonomy of ClearPath, in the spirit
 * of AfterShip's subtags and Karrio's tracking reasons. OTHER covers normal scans and anything unexplained.
 */
export const EVENT_REASONS = [
  'ADDRESS',
  'RECIPIENT_UNAVAILABLE',
  'REFUSED',
  'CUSTOMS',
  'DAMAGED',
  'LOST',
  'WEATHER',
  'NO_ACCESS',
  'BUSINESS_CLOSED',
  /** No capacity on the planned leg or a missed connection (cut-off, flight, linehaul). */
  'CAPACITY',
  'HELD_FOR_PAYMENT',
  'RETURN_TO_SENDER',
  'OTHER',
] as const;

export type EventReason = (typeof EVENT_REASONS)[number];

/** Where an event's reason came from: its carrier code's mapping, its description, or neither (OTHER). */
export const REASON_SOURCES = ['CODE', 'DESCRIPTION', 'DEFAULT'] as const;
export type ReasonSource = (typeof REASON_SOURCES)[number];

export function isEventReason(value: string): value is EventReason {
  return (EVENT_REASONS as readonly string[]).includes(value);
}
