/**
 * AT705 date (CCYYMMDD), AT706 time (HHMM, HHMMSS, HHMMSSD..) and AT707 time code (X12 element 623) to an
 * ISO-8601 instant. Codes with a fixed offset use it; the US/Canadian "...T" codes follow daylight saving
 * through the zone database; LT (local time at the event's location) cannot be resolved without knowing the
 * location's zone, so it is read as UTC and flagged (`assumedUtc`).
 */
const FIXED_OFFSET_MINUTES: Record<string, number> = {
  UT: 0, GM: 0,
  ES: -300, ED: -240, CS: -360, CD: -300, MS: -420, MD: -360, PS: -480, PD: -420,
  AS: -540, AD: -480, HS: -600, HD: -540, TS: -240, TD: -180, NS: -210, ND: -150,
};
const ZONES: Record<string, string> = {
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
  AT: 'America/Anchorage', HT: 'Pacific/Honolulu', TT: 'America/Halifax', NT: 'America/St_Johns',
};

export type TimeResult = { ok: true; iso: string; assumedUtc: boolean } | { ok: false; element: 5 | 6 | 7; message: string };

function zoneOffsetMinutes(zone: string, at: number): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

export function x12Instant(date: string, time: string, code: string): TimeResult {
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  if (!d) return { ok: false, element: 5, message: `AT705 must be a date CCYYMMDD, got ${JSON.stringify(date)}` };
  const t = /^(\d{2})(\d{2})(\d{2})?\d*$/.exec(time);
  if (!t || time.length > 8) return { ok: false, element: 6, message: `AT706 must be a time HHMM or HHMMSS, got ${JSON.stringify(time)}` };
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, element: 6, message: `AT706 is not a time of day: ${JSON.stringify(time)}` };
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return { ok: false, element: 5, message: `AT705 is not a calendar date: ${JSON.stringify(date)}` };
  }
  const upper = code.toUpperCase();
  let offset: number;
  if (upper === '' || upper === 'LT') offset = 0;
  else if (upper in FIXED_OFFSET_MINUTES) offset = FIXED_OFFSET_MINUTES[upper]!;
  else if (upper in ZONES) {
    // The offset depends on the instant; two passes settle it except inside a DST gap, where either is fine.
    offset = zoneOffsetMinutes(ZONES[upper]!, wall);
    offset = zoneOffsetMinutes(ZONES[upper]!, wall - offset * 60_000);
  } else {
    return { ok: false, element: 7, message: `AT707 time code ${JSON.stringify(code)} is not supported (use UT, GM, LT or a North American zone code such as ET, CS, PD)` };
  }
  return { ok: true, iso: new Date(wall - offset * 60_000).toISOString(), assumedUtc: upper === '' || upper === 'LT' };
}
