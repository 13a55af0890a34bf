import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect, wsClient } from '../integration/realtime-client.js';
import { event } from '../support/factories.js';
import { APP_SERVICES, BASE, containers, docker, env, eventually, gql, healthy, hourAgo, KEY, nextSeq, PACKAGE, type PackageView, record, roundTrip } from './compose-client.js';

/**
 * The README's upgrade, run by scripts/test-compose.sh after the smoke suite: a new CLEARPATH_IMAGE_TAG,
 * `docker-compose build`, `docker-compose up -d`. The application containers are recreated from the new tag,
 * and what the smoke suite wrote before is still served, with its anomaly.
 */
describe('upgrade to a new image tag', () => {
  const { packageId } = JSON.parse(readFileSync(env('COMPOSE_TEST_STATE'), 'utf8')) as { packageId: string };
  const tag = env('COMPOSE_TEST_IMAGE_TAG');

  it('runs every application replica from the new tag, healthy', () => {
    for (const service of APP_SERVICES) {
      const images = containers(service).map((id) => docker('inspect', '-f', '{{.Config.Image}}', id));
      expect(images, service).toEqual([`clearpath/app:${tag}`, `clearpath/app:${tag}`]);
      expect(healthy(service), service).toBe(2);
    }
  });

  it('keeps the data written before the upgrade and serves reads, writes and subscriptions', async () => {
    const before = await eventually('the package written before the upgrade', () => gql<PackageView>(PACKAGE, { id: packageId }), 60_000);
    expect(before.package.status).toBe('EXCEPTION');
    expect(before.package.events.map((e) => e.eventId)).toContain(`rest-${packageId}`);
    expect(before.package.anomalies.map((a) => a.type)).toContain('CARRIER_EXCEPTION');
    await roundTrip(packageId);
    const client = wsClient(BASE, { authorization: `Bearer ${KEY}` });
    try {
      const subscription = collect<{ eventId: string }>(client, `subscription($packageId: ID) { trackingEventRecorded(packageId: $packageId) { eventId } }`, { packageId });
      await eventually('subscription delivery after the upgrade', async () => {
        await record([event(packageId, `upgraded-${nextSeq()}`, hourAgo(nextSeq() % 50), 'IN_TRANSIT')]);
        await subscription.atLeast(1, 3_000);
      }, 60_000);
    } finally {
      await client.dispose();
    }
  });
});
