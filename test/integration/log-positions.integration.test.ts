import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeededRandom } from '@clearpath/analysis/common';
import { createPackage, event, RECORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, sleep, waitForSubscriptions, wsClient, type Collected } from './realtime-client.js';

const EVENTS = /* GraphQL */ `
  subscription Events($after: String) {
    trackingEventRecorded(after: $after) { seq eventId }
  }
`;
const ANOMALIES = /* GraphQL */ `
  query Anomalies($id: ID!) { package(id: $id) { anomalies { type } } }
`;

interface Seen {
  seq: string;
  eventId: string;
}

async function until<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Holds a package's row lock from another connection, as a second writer or a slow edit would. */
async function holdPackageRow(url: string, packageId: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT id FROM packages WHERE id = $1 FOR UPDATE', [packageId]);
  return async () => {
    await client.query('COMMIT');
    await client.end();
  };
}

describe('log positions are safe to follow (PostgreSQL, concurrent writers)', () => {
  let app: TestApp;
  let token: string;
  let url: string;

  beforeAll(async () => {
    app = await startTestApp('postgres');
    token = app.token('org_log');
    url = app.databaseUrl!;
  });
  afterAll(() => app?.close());

  const detectionOffset = async () => {
    const row = await app.gateway.runtime.database.db.selectFrom('consumer_offsets').select('last_seq').where('consumer', '=', 'detection').executeTakeFirst();
    return row?.last_seq ?? 0;
  };

  it('a batch held open while a later one commits reaches detection, live subscribers and resumed subscribers', async () => {
    const held = await createPackage(app, token);
    const other = await createPackage(app, token);
    const client = wsClient(app.url, { authorization: `Bearer ${token}` });
    const live = collect<Seen>(client, EVENTS);
    await waitForSubscriptions(app, token, 1);

    const release = await holdPackageRow(url, held.id);
    // The held batch: a customs exception that detection must turn into an anomaly.
    const heldWrite = app.gql(RECORD, { events: [event(held.id, 'held-1', '2026-11-30T08:00:00Z', 'EXCEPTION', { carrierCode: 'CUSTOMS_HOLD' })] }, token);
    await sleep(300);
    const later = await app.gql(RECORD, { events: [event(other.id, 'later-1', '2026-11-30T09:00:00Z', 'IN_TRANSIT')] }, token);
    expect(later.errors).toBeUndefined();
    const [laterSeen] = await live.atLeast(1);
    expect(laterSeen!.eventId).toBe('later-1');
    await until('detection past the later batch', async () => ((await detectionOffset()) >= Number(laterSeen!.seq) ? true : undefined));

    await release();
    expect((await heldWrite).errors).toBeUndefined();
    const [, heldSeen] = await live.atLeast(2);
    expect(heldSeen!.eventId).toBe('held-1');
    expect(Number(heldSeen!.seq)).toBeGreaterThan(Number(laterSeen!.seq));

    // A subscriber that saw only the later batch resumes from its position and gets the held one.
    const resumed = collect<Seen>(client, EVENTS, { after: laterSeen!.seq });
    expect((await resumed.atLeast(1)).map((e) => e.eventId)).toEqual(['held-1']);
    const types = await until('the held batch analysed', async () => {
      const result = await app.gql<{ package: { anomalies: { type: string }[] } }>(ANOMALIES, { id: held.id }, token);
      const found = result.data?.package.anomalies.map((a) => a.type) ?? [];
      return found.includes('CARRIER_EXCEPTION') ? found : undefined;
    });
    expect(types).toContain('CARRIER_EXCEPTION');
    live.dispose();
    resumed.dispose();
    await client.dispose();
  });

  it('under randomized concurrent writers, lockers and resuming readers, no position is skipped or read twice', async () => {
    // Interleavings vary with timing anyway; LOG_FUZZ_SEED=<n> varies the batches and pauses too.
    const seed = Number(process.env.LOG_FUZZ_SEED ?? 68_175);
    const prng = new SeededRandom(seed);
    const random = () => prng.next();
    const packages = await Promise.all(Array.from({ length: 6 }, () => createPackage(app, token)));
    const client = wsClient(app.url, { authorization: `Bearer ${token}` });
    const live = collect<Seen>(client, EVENTS);
    await waitForSubscriptions(app, token, 1);
    const start = await app.gateway.runtime.database.db.selectFrom('tracking_events').select((eb) => eb.fn.max('seq').as('head')).executeTakeFirst();

    const expected = new Set<string>();
    // A follower reading "everything after my position" in pages, as detection does.
    const followed: number[] = [];
    let following = true;
    let aborted = false;
    const follower = (async () => {
      let position = Number(start?.head ?? 0);
      while (!aborted && (following || followed.length < expected.size)) {
        const rows = await app.gateway.runtime.database.db.selectFrom('tracking_events').select('seq').where('organization_id', '=', 'org_log').where('seq', '>', position).orderBy('seq').limit(7).execute();
        for (const r of rows) followed.push(r.seq);
        position = rows.at(-1)?.seq ?? position;
        if (rows.length === 0) await sleep(5);
      }
    })();

    let n = 0;
    const writer = async (w: number) => {
      for (let b = 0; b < 6; b++) {
        const batch = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
          const pkg = packages[Math.floor(random() * packages.length)]!;
          const id = `fz-${seed}-${w}-${n++}`;
          expected.add(id);
          return event(pkg.id, id, new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(), 'IN_TRANSIT');
        });
        const result = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events: batch }, token);
        expect(result.data?.recordTrackingEvents.accepted, `seed ${seed}`).toBe(batch.length);
        await sleep(random() * 30);
      }
    };
    const locker = async () => {
      for (let i = 0; i < 5; i++) {
        const release = await holdPackageRow(url, packages[Math.floor(random() * packages.length)]!.id);
        await sleep(50 + random() * 150);
        await release();
      }
    };
    // A reader that disconnects and resumes from the last position it saw, several times.
    const resumedIds: string[] = [];
    const resumer = async () => {
      let after: string | undefined = String(start?.head ?? 0);
      for (let i = 0; i < 4; i++) {
        const sub: Collected<Seen> = collect<Seen>(client, EVENTS, { after });
        await sleep(100 + random() * 200);
        sub.dispose();
        for (const e of sub.items) resumedIds.push(e.eventId);
        after = sub.items.at(-1)?.seq ?? after;
      }
      return after;
    };
    const [resumedAt] = await Promise.all([resumer(), writer(1), writer(2), writer(3), locker(), locker()]).catch(async (error: unknown) => {
      aborted = true;
      await follower.catch(() => undefined);
      throw error;
    });
    const tail = collect<Seen>(client, EVENTS, { after: resumedAt });

    await live.atLeast(expected.size, 20_000);
    following = false;
    await follower;
    const liveIds = live.items.map((e) => e.eventId);
    expect(new Set(liveIds).size, `seed ${seed}: live duplicates`).toBe(liveIds.length);
    expect(new Set(liveIds), `seed ${seed}: live`).toEqual(expected);
    const liveSeqs = live.items.map((e) => Number(e.seq));
    expect(liveSeqs, `seed ${seed}: live order`).toEqual([...liveSeqs].sort((a, b) => a - b));
    expect(new Set(followed).size, `seed ${seed}: follower duplicates`).toBe(followed.length);
    expect(followed.length, `seed ${seed}: follower`).toBe(expected.size);

    await until('the resumed tail', async () => (resumedIds.length + tail.items.length >= expected.size ? true : undefined));
    const allResumed = [...resumedIds, ...tail.items.map((e) => e.eventId)];
    expect(allResumed.length, `seed ${seed}: resumed duplicates`).toBe(new Set(allResumed).size);
    expect(new Set(allResumed), `seed ${seed}: resumed`).toEqual(expected);
    // Detection follows on its own schedule: it must get there, not be there already.
    await until('detection past every live event', async () => ((await detectionOffset()) >= Math.max(...liveSeqs) ? true : undefined));
    live.dispose();
    tail.dispose();
    await client.dispose();
  });
});
