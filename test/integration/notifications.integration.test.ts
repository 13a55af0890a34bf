import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackage } from '../support/factories.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { BACKENDS } from '../support/test-database.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { startReceiver, waitFor } from '../support/webhook-receiver.js';

const RECORD = `mutation($e: [TrackingEventInput!]!) { recordTrackingEvents(events: $e) { accepted } }`;

/** People are told about severe anomalies and completed investigations: e-mail (SMTP), legacy /ws/*, webhooks alike. */
describe.each(BACKENDS)('notifications on %s', (backend) => {
  let app: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const wsMessages: { type: string; data: { id: string; type: string; data: Record<string, unknown> } }[] = [];
  let socket: WebSocket;

  /** A damaged parcel: a HIGH carrier exception, which also starts an investigation automatically. */
  const damage = async (suffix: string) => {
    const pkg = await createPackage(app, ADMIN_KEY);
    await app.gql(RECORD, {
      e: [
        { eventId: `${suffix}-1`, packageId: pkg.id, status: 'IN_TRANSIT', occurredAt: new Date(Date.now() - 3 * 3600_000).toISOString() },
        { eventId: `${suffix}-2`, packageId: pkg.id, status: 'EXCEPTION', carrierCode: 'DAMAGED', description: 'Parcel damaged', occurredAt: new Date(Date.now() - 3600_000).toISOString() },
      ],
    });
    return pkg;
  };
  const emailDeliveries = (state: string) =>
    app.gateway.runtime.database.db.selectFrom('outbox_deliveries').selectAll().where('channel', '=', 'email').where('state', '=', state as 'PENDING').execute();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    receiver = await startReceiver();
    app = await startTestApp(backend, { SMTP_URL: smtp.url, NOTIFY_FROM: 'ClearPath <alerts@clearpath.test>', CLEARPATH_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', CLEARPATH_WEBHOOK_RETRY_BASE_SECONDS: '0.2' });
    socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/ws/dashboard?token=${ADMIN_KEY}`);
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as (typeof wsMessages)[number];
      if (message.type === 'notification') wsMessages.push(message);
    });
    await new Promise((resolve) => socket.once('open', resolve));
  }, 120_000);
  afterAll(async () => {
    socket?.close();
    await app?.close();
    await smtp?.close();
    await receiver?.close();
  });

  it('e-mails, announces on /ws/* and posts a severe anomaly and the investigation it started', async () => {
    const settings = await app.rest('PUT', '/api/v1/notification-settings', { body: { email_to: ['ops@example.com', 'lead@example.com'], min_severity: 'HIGH' } });
    expect(settings.body).toEqual({ email_to: ['ops@example.com', 'lead@example.com'], min_severity: 'HIGH', investigations: true, digest_minutes: null });
    const hook = await app.rest('POST', '/api/v1/webhooks', { body: { url: receiver.url, events: ['anomaly.opened', 'investigation.completed'] } });
    expect(hook.status).toBe(201);

    const pkg = await damage('dmg-a');
    const mails = await waitFor('two e-mails', () => (smtp.mails.length >= 2 ? smtp.mails : undefined), 30_000);
    const anomalyMail = mails.find((m) => m.subject.includes('CARRIER_EXCEPTION'))!;
    expect(anomalyMail.subject).toContain(`HIGH CARRIER_EXCEPTION on package ${pkg.id}`);
    expect(anomalyMail.to.sort()).toEqual(['lead@example.com', 'ops@example.com']);
    expect(anomalyMail.from).toBe('alerts@clearpath.test');
    expect(mails.some((m) => m.subject.includes(`Investigation (ANOMALY) of package ${pkg.id} completed`))).toBe(true);

    await waitFor('ws notifications', () => wsMessages.length >= 2);
    expect(wsMessages.map((m) => m.data.type).sort()).toEqual(['anomaly.opened', 'investigation.completed']);
    expect(wsMessages.find((m) => m.data.type === 'anomaly.opened')!.data.data).toMatchObject({ anomaly: { package_id: pkg.id, type: 'CARRIER_EXCEPTION', severity: 'HIGH', state: 'OPEN' } });

    await waitFor('webhooks', () => receiver.received.length >= 2);
    const types = receiver.bodies().map((b) => b.type).sort();
    expect(types).toEqual(['anomaly.opened', 'investigation.completed']);
    const completed = receiver.bodies().find((b) => b.type === 'investigation.completed')!;
    expect(completed.data).toMatchObject({ investigation: { package_id: pkg.id, kind: 'ANOMALY', state: 'COMPLETED' } });
    expect(typeof (completed.data.investigation as { root_cause: unknown }).root_cause).toBe('string');
  });

  it('collects e-mail into a digest at the end of the window', async () => {
    await app.rest('PUT', '/api/v1/notification-settings', { body: { digest_minutes: 60 } });
    const before = smtp.mails.length;
    await damage('dmg-b');
    const pending = await waitFor('two waiting e-mails', async () => {
      const rows = await emailDeliveries('PENDING');
      return rows.length >= 2 ? rows : undefined;
    }, 30_000);
    // Due at the end of the hour-long window, not now.
    for (const row of pending) expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    expect(smtp.mails.length).toBe(before);
    // The window ends (moved to now here): one message carries them all.
    const ids = pending.map((row) => row.id);
    await app.gateway.runtime.database.db.updateTable('outbox_deliveries').set({ next_attempt_at: new Date() }).where('id', 'in', ids).execute();
    const digest = await waitFor('digest', () => smtp.mails.slice(before).find((m) => m.subject.includes('digest')), 10_000);
    expect(digest.subject).toBe(`ClearPath digest: ${ids.length} notifications`);
    expect(smtp.mails.length).toBe(before + 1);
    // Marked delivered once the SMTP server took the message.
    await waitFor('delivered', async () => {
      const states = await app.gateway.runtime.database.db.selectFrom('outbox_deliveries').select('state').where('id', 'in', ids).execute();
      return states.every((r) => r.state === 'DELIVERED');
    });
  });

  it('says nothing below the chosen severity, rejects bad settings and keeps settings per organization', async () => {
    await app.rest('PUT', '/api/v1/notification-settings', { body: { min_severity: 'CRITICAL', investigations: false, digest_minutes: null } });
    const before = (await app.gateway.runtime.database.db.selectFrom('outbox_deliveries').select('id').where('channel', 'in', ['email', 'ws']).execute()).length;
    const pkg = await damage('dmg-c');
    await waitFor('the anomaly', async () => {
      const answer = await app.gql<{ package: { anomalies: { type: string }[] } }>(`query($id: ID!) { package(id: $id) { anomalies { type } } }`, { id: pkg.id });
      return answer.data?.package.anomalies.length ? true : undefined;
    }, 30_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await app.gateway.runtime.database.db.selectFrom('outbox_deliveries').select('id').where('channel', 'in', ['email', 'ws']).execute()).length).toBe(before);

    const bad = await app.rest('PUT', '/api/v1/notification-settings', { body: { email_to: ['not-an-address'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not an e-mail address/);
    expect((await app.rest('PUT', '/api/v1/notification-settings', { body: { digest_minutes: 0 } })).status).toBe(400);
    expect((await app.rest('PUT', '/api/v1/notification-settings', { body: { min_severity: 'SEVERE' } })).status).toBe(400);
    const other = await app.rest('GET', '/api/v1/notification-settings', { token: app.token('org_notify_other') });
    expect(other.body).toEqual({ email_to: [], min_severity: 'HIGH', investigations: true, digest_minutes: null });
    expect((await app.rest('GET', '/api/v1/notification-settings', { token: app.token('org_notify_other', 'org:member') })).status).toBe(403);
  });
});
