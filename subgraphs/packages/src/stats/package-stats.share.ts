import { sharedResults } from './stats.cache.js';
import type { PackageStats } from './stats.repository.js';

/** Stats may be up to this old; dashboards refresh every 15 s. */
const STATS_TTL_MS = 5_000;

/** packageStats answers shared per organization and filter (see sharedResults). */
export const sharedPackageStats = sharedResults<PackageStats>(STATS_TTL_MS);

export const statsKey = (organizationId: string, filter: unknown): string => `${organizationId}\u0000${JSON.stringify(filter ?? null)}`;

/**
 * After this process created, edited or deleted a package of the organization, its shared stats are dropped, so
 * the dashboard that made the change counts it at once. Ingest does not drop them (its steady flow is what the
 * share absorbs), and another replica's share may still be up to 5 s old.
 */
export function forgetPackageStats(organizationId: string): void {
  sharedPackageStats.forget(`${organizationId}\u0000`);
}
