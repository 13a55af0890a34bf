/** Hours per time-of-week block; 6 h blocks separate morning waves, evenings and weekends. */
export const WEEK_BLOCK_HOURS = 6;
export const WEEK_BLOCKS = (7 * 24) / WEEK_BLOCK_HOURS;

/**
 * The facility's local clock offset, from its longitude (solar time, whole hours). Facilities carry no
 * time zone in the feed; delivery waves follow the local day, which UTC blocks would smear across zones.
 */
export function localOffsetHours(lon: number | null | undefined): number {
  return typeof lon === 'number' && Number.isFinite(lon) ? Math.round(lon / 15) : 0;
}

/** Time-of-week block (local time from Sunday 00:00, `offsetHours` east of UTC) of an instant. */
export function weekBlock(epochMs: number, offsetHours = 0): number {
  const date = new Date(epochMs + offsetHours * 3_600_000);
  return Math.floor((date.getUTCDay() * 24 + date.getUTCHours()) / WEEK_BLOCK_HOURS) % WEEK_BLOCKS;
}
