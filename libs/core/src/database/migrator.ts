import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.js';
import * as initial from './migrations/2026-11-25T1000-initial.js';
import * as packageSearch from './migrations/2026-11-25T1900-package-search.js';
import * as commitOrderedLog from './migrations/2026-12-02T1000-commit-ordered-log.js';
import * as apiKeyManagement from './migrations/2026-12-02T1100-api-key-management.js';
import * as eventReasons from './migrations/2026-12-02T1200-event-reasons.js';
import * as eventsOccurredIndex from './migrations/2026-12-02T1800-events-occurred-index.js';
import * as packageSearchDocument from './migrations/2026-12-03T0630-package-search-document.js';
import * as packageStatsRollups from './migrations/2026-12-03T0630-package-stats-rollups.js';
import * as packageStatsTotals from './migrations/2026-12-03T0630-package-stats-totals.js';
import * as webhooksOutbox from './migrations/2026-12-02T1300-webhooks-outbox.js';
import * as packagesPromiseIndex from './migrations/2026-12-03T0610-packages-promise-index.js';
import * as packagesCurrentFacilityIndex from './migrations/2026-12-03T1100-packages-current-facility-index.js';
import * as packagesDeliveredIndex from './migrations/2026-12-03T1130-packages-delivered-index.js';
import * as partitionTrackingEvents from './migrations/2026-12-03T1000-partition-tracking-events.js';
import * as rollupTriggerPlans from './migrations/2026-12-03T1300-rollup-trigger-plans.js';
import * as packageSearchSortKey from './migrations/2026-12-04T0100-package-search-sort-key.js';

// A static list (not a folder scan) so the same code runs from src under vitest and from dist.
const migrations: Record<string, Migration> = {
  '2026-11-25T1000-initial': initial,
  '2026-11-25T1900-package-search': packageSearch,
  '2026-12-02T1000-commit-ordered-log': commitOrderedLog,
  '2026-12-02T1100-api-key-management': apiKeyManagement,
  '2026-12-02T1200-event-reasons': eventReasons,
  '2026-12-02T1800-events-occurred-index': eventsOccurredIndex,
  '2026-12-02T1300-webhooks-outbox': webhooksOutbox,
  '2026-12-03T0610-packages-promise-index': packagesPromiseIndex,
  '2026-12-03T0630-package-search-document': packageSearchDocument,
  '2026-12-03T0630-package-stats-rollups': packageStatsRollups,
  '2026-12-03T0630-package-stats-totals': packageStatsTotals,
  '2026-12-03T1100-packages-current-facility-index': packagesCurrentFacilityIndex,
  '2026-12-03T1130-packages-delivered-index': packagesDeliveredIndex,
  '2026-12-03T1000-partition-tracking-events': partitionTrackingEvents,
  '2026-12-03T1300-rollup-trigger-plans': rollupTriggerPlans,
  '2026-12-04T0100-package-search-sort-key': packageSearchSortKey,
};

/** The newest migration this code needs; readiness checks the database has it. */
export const LATEST_MIGRATION = Object.keys(migrations).sort().at(-1) ?? '';

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Applies pending migrations; several processes may start at once, kysely's lock table serializes them.
 * Migrations written side by side get names from separate time ranges, so one that lands later may sort
 * before one a database already has: it runs then (unordered), instead of refusing to start.
 */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider, allowUnorderedMigrations: true }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
