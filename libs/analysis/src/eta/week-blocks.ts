/** Hours per time-of-week block; 6 h blocks separate morning waves, evenings and weekends. */
export const WEEK_BLOCK_HOURS = 6;
export const WEEK_BLOCKS = (7 * 24) / WEEK_BLOCK_HOURS;

/** Time-of-week block (UTC, from Sunday 00:00) of an instant in epoch milliseconds. */
export function weekBlock(epochMs: number): number {
  const date = new Date(epochMs);
  return Math.floor((date.getUTCDay() * 24 + date.getUTCHours()) / WEEK_BLOCK_HOURS) % WEEK_BLOCKS;
}
