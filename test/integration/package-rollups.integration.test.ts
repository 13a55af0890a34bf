import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest, openBus, openDatabase, type Bus, type DatabaseHandle, type Session } from '@clearpath/core';
import { recordTrackingEvents } from '../../subgraphs/packages/src/events/ingest.service.js';
import { createPackage, deletePackage, updatePackage } from '../../subgraphs/packages/src/package/package.service.js';
import { countPackages } from '../../subgraphs/packages/src/package/package.repository.js';
import { computePackageStats, type PackageStats } from '../../subgraphs/packages/src/stats/stats.repository.js';
import { compactRollups, readRollupStats, rollupCounter } from '../../subgraphs/packages/src/stats/stats.rollup.js';
import type { PackageFilterInput } from '../../subgraphs/packages/src/package/package.filter.js';
import { BACKENDS, createPostgresDatabase } from '../support/test-database.js';

const STATUSES = ['INFO_RECEIVED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'FAILED_ATTEMPT', 'RETURNED'];
const CARRIERS = ['DHL', 'UPS', 'PostNL'];
const DESCRIPTIONS = [null, 'Shipment held by customs authority', 'Incorrect address - consignee unknown', 'Delay due to severe weather', 'Package damaged'];

/** A seeded generator (mulberry32), so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Stats with lists in a fixed order; percentiles checked separately (the histogram is within a bucket, 5%). */
function comparable(stats: PackageStats) {
  const { medianTransitHours: _m, p90TransitHours: _p, ...rest } = stats;
  return {
    ...rest,
    byStatus: [...rest.byStatus].sort((a, b) => a.status.localeCompare(b.status)),
    byCarrier: [...rest.byCarrier].sort((a, b) => a.carrier.localeCompare(b.carrier)),
    eventsPerHour: rest.eventsPerHour.map((h) => ({ hour: h.hour.toISOString(), count: h.count })),
    onTimeRate: rest.onTimeRate === null ? null : Number(rest.onTimeRate.toFixed(12)),
  };
}

function closeTo(rollup: number | null, exact: number | null) {
  if (exact === null) return rollup === null;
  return rollup !== null && Math.abs(rollup - exact) <= 0.05 * exact + 1e-9;
}

describe.each(BACKENDS)('package rollups on %s', (backend) => {
  let handle: DatabaseHandle;
  let bus: Bus;
  let drop: (() => Promise<void>) | undefined;
  const org = `org_rollup_${backend}`;
  const session: Session = { organizationId: org, role: 'admin', subject: 'test', via: 'api-key' };
  const deps = () => ({ db: handle.db, bus });
  const rand = random(backend === 'postgres' ? 7 : 11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const ids: string[] = [];
  const base = Date.UTC(2026, 10, 20);
  let sent = 0;

  async function ingestRandomBatch(size: number) {
    const events = Array.from({ length: size }, () => {
      const at = new Date(base + rand() * 10 * 86_400_000).toISOString();
      // Some resends of earlier event ids (duplicates), late events (occurred long ago) arrive too.
      const eventId = sent > 10 && rand() < 0.1 ? `e${Math.floor(rand() * sent)}` : `e${sent++}`;
      return { eventId, packageId: pick(ids), occurredAt: rand() < 0.1 ? new Date(base - 5 * 86_400_000).toISOString() : at, status: pick(STATUSES), description: pick(DESCRIPTIONS) };
    });
    return recordTrackingEvents(deps(), session, events, new Date(base + 30 * 86_400_000));
  }

  async function expectSameAnswers(filters: (PackageFilterInput | null)[]) {
    for (const filter of filters) {
      const rollup = await readRollupStats(handle.db, org, filter);
      const exact = await computePackageStats(handle.db, org, filter);
      expect(rollup, JSON.stringify(filter)).toBeDefined();
      expect(comparable(rollup!), JSON.stringify(filter)).toEqual(comparable(exact));
      expect(closeTo(rollup!.medianTransitHours, exact.medianTransitHours), `p50 ${rollup!.medianTransitHours} vs ${exact.medianTransitHours}`).toBe(true);
      expect(closeTo(rollup!.p90TransitHours, exact.p90TransitHours), `p90 ${rollup!.p90TransitHours} vs ${exact.p90TransitHours}`).toBe(true);
      expect(await rollupCounter(org, filter)(handle.db)).toBe(exact.total);
    }
  }

  const FILTERS: (PackageFilterInput | null)[] = [
    null,
    { status: ['DELIVERED', 'EXCEPTION'] },
    { carrier: ['UPS'] },
    { carrier: ['DHL', 'PostNL'], status: ['IN_TRANSIT', 'DELIVERED', 'RETURNED'] },
    { createdFrom: '2026-11-22T00:00:00Z', createdTo: '2026-11-26T00:00:00Z' },
    { createdFrom: '2026-11-24T00:00:00Z', carrier: ['DHL'] },
  ];

  beforeAll(async () => {
    const database = backend === 'postgres' ? await createPostgresDatabase() : undefined;
    drop = database?.drop;
    handle = await openDatabase({ url: database?.url, dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    bus = await openBus();
    for (let i = 0; i < 60; i++) {
      const row = await createPackage(deps(), session, {
        trackingNumber: `RU${i}`,
        carrier: pick(CARRIERS),
        promisedDeliveryAt: rand() < 0.8 ? new Date(base + rand() * 12 * 86_400_000) : null,
      });
      ids.push(row.id);
    }
    // Spread creation over days (an UPDATE, which the rollup follows like any other).
    await sql`UPDATE packages SET created_at = ${new Date(base).toISOString()}::timestamptz - (abs(hashtext(id::text)) % 8) * interval '1 day' - interval '3 hours'
              WHERE organization_id = ${org}`.execute(handle.db);
  });
  afterAll(async () => {
    await handle?.close();
    await drop?.();
  });

  it('answers packageStats and counts from rollups exactly as the SQL over packages does, through edits, late and duplicate events', async () => {
    await expectSameAnswers(FILTERS);
    for (let round = 0; round < 6; round++) {
      await ingestRandomBatch(40);
      if (round % 2 === 0) await compactRollups(handle.db);
      await updatePackage(deps(), session, pick(ids), { carrier: pick(CARRIERS), promisedDeliveryAt: new Date(base + rand() * 12 * 86_400_000) });
      if (round === 3) await deletePackage(deps(), session, ids.splice(Math.floor(rand() * ids.length), 1)[0]!);
      await expectSameAnswers(FILTERS);
    }
    const stats = await computePackageStats(handle.db, org, null);
    expect(stats.byReason.length).toBeGreaterThan(0);
    expect(stats.medianTransitHours).not.toBeNull();
  });

  it('is tenant-scoped and counts by estimate only when the filter is large', async () => {
    expect(await readRollupStats(handle.db, `${org}_other`, null)).toMatchObject({ total: 0, byStatus: [], byReason: [] });
    expect(await readRollupStats(handle.db, org, { q: 'RU1' })).toBeUndefined();
    expect(await readRollupStats(handle.db, org, { createdFrom: '2026-11-22T10:00:00Z' })).toBeUndefined();
    const exact = (await computePackageStats(handle.db, org, { q: 'RU1' })).total;
    expect(await countPackages(handle.db, org, { q: 'RU1' })).toEqual({ count: exact, estimated: false });
    expect(await countPackages(handle.db, org, { q: 'RU1' }, { exact: true })).toEqual({ count: exact, estimated: false });
  });

  it.runIf(backend === 'postgres')('keeps rollups exact under concurrent ingest, edits and compaction (no deadlock with the log lock)', async () => {
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 12; i++) {
      work.push(ingestRandomBatch(60));
      work.push(compactRollups(handle.db));
      if (i % 3 === 0) work.push(updatePackage(deps(), session, pick(ids), { carrier: pick(CARRIERS) }));
    }
    await Promise.all(work);
    await expectSameAnswers(FILTERS);
    await compactRollups(handle.db);
    await expectSameAnswers(FILTERS);
  });
});
