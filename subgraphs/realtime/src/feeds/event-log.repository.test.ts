import { migrateToLatest, openDatabase, type DatabaseHandle } from '@clearpath/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEventsInRange, findPackageEntries } from './event-log.repository.js';
import { REPLAY_WINDOW } from './log-position.js';

describe('event log reads (PGlite)', () => {
  let database: DatabaseHandle;
  const org = 'org_log_reads';
  const total = REPLAY_WINDOW + 500;

  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(database.db);
    await sql`INSERT INTO packages (id, organization_id, tracking_number, carrier, service_level)
              VALUES ('00000000-0000-4000-8000-000000000001', ${org}, 'T1', 'DHL', 'STANDARD')`.execute(database.db);
    // One batch (one transaction) of more events than a replay may hold.
    await sql`INSERT INTO tracking_events (organization_id, event_id, package_id, status, occurred_at)
              SELECT ${org}, 'e' || i, '00000000-0000-4000-8000-000000000001', 'IN_TRANSIT', now() - i * interval '1 second'
              FROM generate_series(1, ${total}) AS i`.execute(database.db);
  }, 60_000);
  afterAll(() => database?.close());

  it('a bounded (live) range returns everything in it, however many', async () => {
    const rows = await findEventsInRange(database.db, org, { after: 0, until: Number.MAX_SAFE_INTEGER - 1 });
    expect(rows).toHaveLength(total);
    expect((await findPackageEntries(database.db, org, { after: 0, until: Number.MAX_SAFE_INTEGER - 1 })).map((e) => e.change)).toEqual(['EVENTS_RECORDED']);
  });

  it('an open-ended (replay) range past the window is HISTORY_EXPIRED, never silently short', async () => {
    await expect(findEventsInRange(database.db, org, { after: 0 })).rejects.toMatchObject({ code: 'HISTORY_EXPIRED' });
    expect(await findEventsInRange(database.db, org, { after: total - 10 })).toHaveLength(10);
  });
});
