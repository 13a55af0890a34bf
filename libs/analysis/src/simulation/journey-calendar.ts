import type { ServiceLevel } from '../timeline.types.js';
import { DAY_MS, HOUR_MS } from '../common/time.js';

export const addHours = (date: Date, hours: number): Date => new Date(date.getTime() + hours * HOUR_MS);

const startOfUtcDay = (date: Date): number => Math.floor(date.getTime() / DAY_MS) * DAY_MS;
const isSunday = (ms: number): boolean => new Date(ms).getUTCDay() === 0;

/** Delivery vans leave once in the morning (EXPRESS also at midday), never on Sundays (times in UTC). */
export function nextDeliveryWave(ready: Date, level: ServiceLevel): Date {
  const waves = level === 'EXPRESS' ? [7.5, 12.5] : [7.5];
  const day0 = startOfUtcDay(ready);
  for (let day = 0; day < 8; day++) {
    const dayMs = day0 + day * DAY_MS;
    if (isSunday(dayMs)) continue;
    for (const hour of waves) {
      const wave = dayMs + hour * HOUR_MS;
      if (wave >= ready.getTime()) return new Date(wave);
    }
  }
  return addHours(ready, 24);
}

const PROMISE_DAYS: Record<ServiceLevel, number> = { EXPRESS: 1, STANDARD: 2, ECONOMY: 3 };

/**
 * Promised delivery: end of business (20:00 UTC) a number of days after creation set by service level
 * and zone (hub-to-hub hops, customs), moved off Sundays, the way carriers publish transit-time tables.
 */
export function promisedDelivery(createdAt: Date, level: ServiceLevel, zone: number): Date {
  let dayMs = startOfUtcDay(createdAt) + (PROMISE_DAYS[level] + zone) * DAY_MS;
  if (isSunday(dayMs)) dayMs += DAY_MS;
  return new Date(dayMs + 20 * HOUR_MS);
}
