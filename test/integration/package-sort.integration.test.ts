import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const LIST = /* GraphQL */ `
  query Sorted($sort: PackageSort, $first: Int, $after: String) {
    packages(sort: $sort, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id trackingNumber carrier status promisedDeliveryAt lastEventAt createdAt currentLocation { facilityCode } } }
    }
  }
`;

interface Node {
  id: string;
  trackingNumber: string;
  carrier: string;
  status: string;
  promisedDeliveryAt: string | null;
  lastEventAt: string | null;
  createdAt: string;
  currentLocation: { facilityCode: string | null } | null;
}
interface Page {
  packages: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] };
}

type Value = string | null;
/** Each order as the schema documents it: [value, secondary newest-first?]; ties by id; nulls last both ways. */
const FIELDS: Record<string, { value: (n: Node) => Value; newestFirstWithin?: boolean }> = {
  CREATED_AT: { value: (n) => n.createdAt },
  TRACKING_NUMBER: { value: (n) => n.trackingNumber },
  STATUS: { value: (n) => n.status, newestFirstWithin: true },
  CARRIER: { value: (n) => n.carrier, newestFirstWithin: true },
  PROMISED_DELIVERY_AT: { value: (n) => n.promisedDeliveryAt },
  LAST_EVENT_AT: { value: (n) => n.lastEventAt },
  CURRENT_FACILITY: { value: (n) => n.currentLocation?.facilityCode ?? null },
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function expectedOrder(nodes: Node[], field: string, direction: 'ASC' | 'DESC'): string[] {
  const { value, newestFirstWithin } = FIELDS[field]!;
  const sign = direction === 'ASC' ? 1 : -1;
  return [...nodes]
    .sort((a, b) => {
      const [va, vb] = [value(a), value(b)];
      if (va === null || vb === null) {
        if (va !== vb) return va === null ? 1 : -1; // missing values last in both directions
      } else if (va !== vb) return sign * cmp(va, vb);
      if (newestFirstWithin && a.createdAt !== b.createdAt) return -sign * cmp(a.createdAt, b.createdAt);
      return (newestFirstWithin ? -sign : sign) * cmp(a.id, b.id);
    })
    .map((n) => n.id);
}

describe.each(BACKENDS)('package sort orders on %s', (backend) => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp(backend);
    token = app.token(`org_sort_${backend}`);
    // Few distinct values per column, so every order has runs of ties that pages must cut through.
    const hour = 3_600_000;
    const base = Date.parse('2026-11-20T08:00:00Z');
    const events = [];
    for (let i = 0; i < 14; i++) {
      const { id } = await createPackage(app, token, {
        trackingNumber: `SORT${String(i % 7).padStart(2, '0')}${i < 7 ? 'A' : 'B'}`,
        carrier: ['DHL', 'UPS'][i % 2],
        ...(i % 3 === 0 ? {} : { promisedDeliveryAt: new Date(base + (i % 2) * 24 * hour).toISOString() }),
      });
      if (i % 4 === 3) continue; // no events: INFO_RECEIVED, no last event, no location
      const status = ['IN_TRANSIT', 'DELIVERED', 'OUT_FOR_DELIVERY'][i % 3]!;
      const location = i % 5 === 0 ? {} : { location: { facilityCode: i % 2 ? 'DEP-A' : 'HUB-B' } };
      events.push(event(id, `sort-${i}`, new Date(base + (i % 2) * hour).toISOString(), status, location));
    }
    const recorded = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, token);
    expect(recorded.data?.recordTrackingEvents.accepted).toBe(events.length);
  });
  afterAll(() => app?.close());

  const page = async (variables: Record<string, unknown>) => {
    const result = await app.gql<Page>(LIST, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!.packages;
  };

  async function pageThrough(sort: Record<string, string>, first: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const { edges, pageInfo } = await page({ sort, first, after });
      seen.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) return seen;
      after = pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  }

  for (const field of Object.keys(FIELDS)) {
    for (const direction of ['ASC', 'DESC'] as const) {
      it(`${field} ${direction}: documented order, and pages of 1 and 3 through the ties return every package once`, async () => {
        const all = (await page({ sort: { field, direction }, first: 100 })).edges.map((e) => e.node);
        expect(all).toHaveLength(14);
        const ids = all.map((n) => n.id);
        expect(ids).toEqual(expectedOrder(all, field, direction));
        expect(await pageThrough({ field, direction }, 3)).toEqual(ids);
        expect(await pageThrough({ field, direction }, 1)).toEqual(ids);
      });
    }
  }

  it('pages through creation times equal to the millisecond (the cursor keeps microseconds)', async () => {
    const other = app.token(`org_sort_micro_${backend}`);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createPackage(app, other)).id);
    const db = app.gateway.runtime.database.db;
    for (const [i, id] of ids.entries()) {
      await sql`UPDATE packages SET created_at = ${`2026-11-20T08:00:00.000${i + 1}00Z`}::timestamptz WHERE id = ${id}::uuid`.execute(db);
    }
    for (const direction of ['ASC', 'DESC'] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const result: { data?: Page } = await app.gql<Page>(LIST, { sort: { field: 'CREATED_AT', direction }, first: 1, after }, other);
        seen.push(...result.data!.packages.edges.map((e) => e.node.id));
        after = result.data!.packages.pageInfo.hasNextPage ? result.data!.packages.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(direction === 'ASC' ? ids : [...ids].reverse());
    }
  });

  it('refuses a cursor made for another order or direction, or garbled inside', async () => {
    const { pageInfo } = await page({ sort: { field: 'STATUS', direction: 'ASC' }, first: 2 });
    for (const sort of [{ field: 'STATUS', direction: 'DESC' }, { field: 'CARRIER', direction: 'ASC' }]) {
      const wrong = await app.gql(LIST, { sort, after: pageInfo.endCursor }, token);
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const forge = (v: unknown, id = '00000000-0000-4000-8000-000000000000') =>
      Buffer.from(JSON.stringify({ f: 'packages:PROMISED_DELIVERY_AT:ASC', v: JSON.stringify(v), id })).toString('base64url');
    for (const v of [['2026-02-30T00:00:00.000000Z', '00000000-0000-4000-8000-000000000000'], ['soon', '00000000-0000-4000-8000-000000000000'], [null], 'x']) {
      const bad = await app.gql(LIST, { sort: { field: 'PROMISED_DELIVERY_AT', direction: 'ASC' }, after: forge(v) }, token);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const nullPromise = await app.gql<Page>(LIST, { sort: { field: 'PROMISED_DELIVERY_AT', direction: 'ASC' }, after: forge([null, '00000000-0000-4000-8000-000000000000']) }, token);
    expect(nullPromise.errors).toBeUndefined();
  });

  it('REST sort= maps to the same orders and cursors', async () => {
    const restToken = token;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { status: number; body: { data: { id: string }[]; next_cursor: string | null } } = await app.rest(
        'GET',
        `/api/v1/packages?sort=last_event_at&order=desc&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        { token: restToken },
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.data.map((p) => p.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    const all = (await page({ sort: { field: 'LAST_EVENT_AT', direction: 'DESC' }, first: 100 })).edges.map((e) => e.node.id);
    expect(seen).toEqual(all);
    const unknown = await app.rest('GET', '/api/v1/packages?sort=recipient', { token: restToken });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('current_facility');
  });
});
