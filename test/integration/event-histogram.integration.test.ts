import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage, event, RECORD } from '../support/factories.js';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const HISTOGRAM = /* GraphQL */ `
  query($hours: Int!, $bucketMinutes: Int!) { eventHistogram(hours: $hours, bucketMinutes: $bucketMinutes) { start count } }
`;
type Buckets = { eventHistogram: { start: string; count: number }[] };
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe.each(BACKENDS)('event histogram on %s', (backend) => {
  let app: TestApp;
  const org = `org_hist_${backend}`;
  let sent: string[] = [];

  beforeAll(async () => {
    app = await startTestApp(backend);
    const token = app.token(org);
    const pkg = await createPackage(app, token);
    // Occurrence times spread over the window, one outside it; receipt is now for all of them.
    sent = [ago(1), ago(2), ago(61), ago(23 * 60), ago(25 * 60)];
    const events = sent.map((at, i) => event(pkg.id, `h${i}`, at, 'IN_TRANSIT'));
    expect((await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, token)).data?.recordTrackingEvents.accepted).toBe(5);
    const other = app.token(`${org}_other`);
    const theirs = await createPackage(app, other);
    await app.gql(RECORD, { events: [event(theirs.id, 'x1', ago(1), 'IN_TRANSIT')] }, other);
  });
  afterAll(() => app?.close());

  it('counts by occurredAt in 5-minute buckets over 24 h, zeros included, only the caller’s events', async () => {
    const result = await app.gql<Buckets>(`{ eventHistogram { start count } }`, {}, app.token(org));
    expect(result.errors).toBeUndefined();
    const buckets = result.data!.eventHistogram;
    expect(buckets).toHaveLength(288);
    const starts = buckets.map((b) => Date.parse(b.start));
    expect(starts.every((s, i) => i === 0 || s - starts[i - 1]! === 300_000)).toBe(true);
    expect(starts.at(-1)! % 300_000).toBe(0);
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(4);
    expect(buckets.slice(-2).reduce((sum, b) => sum + b.count, 0)).toBe(2);
  });

  it('takes other windows and rejects bad arguments with BAD_USER_INPUT', async () => {
    const token = app.token(org);
    const hourly = await app.gql<Buckets>(HISTOGRAM, { hours: 2, bucketMinutes: 60 }, token);
    const hours = hourly.data!.eventHistogram;
    expect(hours).toHaveLength(2);
    const inHour = (start: string) => sent.filter((at) => Date.parse(at) >= Date.parse(start) && Date.parse(at) < Date.parse(start) + 3_600_000).length;
    expect(hours.map((b) => b.count)).toEqual(hours.map((b) => inHour(b.start)));
    for (const [hours, bucketMinutes] of [[0, 5], [169, 5], [24, 0], [24, 7], [24, 1441], [168, 1]]) {
      const bad = await app.gql<Buckets>(HISTOGRAM, { hours, bucketMinutes }, token);
      expect(bad.errors?.[0]?.extensions?.code, `${hours}h / ${bucketMinutes}m`).toBe('BAD_USER_INPUT');
    }
  });
});
