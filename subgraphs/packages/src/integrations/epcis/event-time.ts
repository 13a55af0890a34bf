/**
 * EPCIS eventTime / eventTimeZoneOffset (EPCIS 2.0 §7.4.1; XML Schema dateTime with a zone, as in the
 * JSON schema's "date-time"). Returns the instant, or an error naming the field that is wrong.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const OFFSET = /^[+-](?:0\d|1[0-4]):[0-5]\d$/;

export type TimeCheck = { at: Date } | { error: string; field: 'eventTime' | 'eventTimeZoneOffset' };

export function checkEventTime(eventTime: unknown, offset: unknown): TimeCheck {
  if (typeof eventTime !== 'string') return { error: 'eventTime is required (ISO-8601 date-time with a time zone)', field: 'eventTime' };
  const match = DATE_TIME.exec(eventTime);
  if (!match) return { error: `eventTime must be an ISO-8601 date-time with seconds and a zone (Z or ±hh:mm), got ${JSON.stringify(eventTime)}`, field: 'eventTime' };
  const [, y, mo, d, h, mi, s, , zone] = match as unknown as string[];
  // Date.parse rolls 2026-02-30 over to March; a calendar check refuses it instead.
  const utc = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  if (utc.getUTCMonth() !== Number(mo) - 1 || utc.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return { error: `eventTime ${JSON.stringify(eventTime)} is not a calendar date-time`, field: 'eventTime' };
  }
  if (zone !== 'Z' && !OFFSET.test(zone!)) return { error: `eventTime has an invalid zone offset ${zone}`, field: 'eventTime' };
  if (offset !== undefined) {
    if (typeof offset !== 'string' || !OFFSET.test(offset)) {
      return { error: `eventTimeZoneOffset must be ±hh:mm, got ${JSON.stringify(offset)}`, field: 'eventTimeZoneOffset' };
    }
    // A time written in UTC ("Z") may carry the local offset of where it happened; a time written with
    // its own offset must agree with the declared one, or one of them is wrong.
    if (zone !== 'Z' && zone !== offset && !(isZero(zone!) && isZero(offset))) {
      return { error: `eventTimeZoneOffset ${offset} does not match the offset ${zone} of eventTime ${eventTime}`, field: 'eventTimeZoneOffset' };
    }
  }
  return { at: new Date(eventTime) };
}

const isZero = (offset: string) => offset === '+00:00' || offset === '-00:00';
