import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createPackage, RECORD } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, wsClient } from './realtime-client.js';

const QUERY = `subscription { trackingEventRecorded { seq eventId description } }`;

/** Opens a raw graphql-ws connection and subscribes; the caller then stops reading from it. */
async function rawSubscriber(url: string, token: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await new Promise<void>((resolve) => ws.once('message', () => resolve()));
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY } }));
  return { ws, closed };
}

/** A client that stops reading must be cut off with 4008 and must not hold up anyone else. */
describe('realtime backpressure', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp('pglite');
    token = app.token('org_backpressure');
  });
  afterAll(() => app?.close());

  it('closes a stalled subscriber with 4008, counts it, and keeps delivering to the others', { timeout: 120_000 }, async () => {
    const healthy = wsClient(app.url, { authorization: `Bearer ${token}` });
    const received = collect<{ eventId: string }>(healthy, QUERY);
    const stalled = await rawSubscriber(app.url, token);
    const socket = (stalled.ws as unknown as { _socket: Socket })._socket;
    await new Promise((r) => setTimeout(r, 300));
    socket.pause(); // stop reading: the kernel buffers fill, then the server's queue grows

    const pkg = await createPackage(app, token);
    const description = 'x'.repeat(1900); // under the 2,000-character limit
    const stats = async () =>
      (await app.gql<{ realtimeStats: { slowConsumersDropped: number } }>('{ realtimeStats { slowConsumersDropped } }', {}, token)).data?.realtimeStats
        .slowConsumersDropped ?? 0;
    // Keep publishing until the stalled client is dropped: how much the kernel's socket buffers absorb
    // first varies from machine to machine (several MB on loopback).
    let batches = 0;
    while ((await stats()) === 0 && batches < 30) {
      const events = Array.from({ length: 1000 }, (_, i) => ({
        eventId: `bp-${batches}-${i}`,
        packageId: pkg.id,
        status: 'IN_TRANSIT',
        description,
        occurredAt: new Date(Date.UTC(2026, 10, 1, 0, 0, batches * 1000 + i)).toISOString(),
      }));
      const result = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events }, token);
      expect(result.data?.recordTrackingEvents.accepted).toBe(1000);
      batches += 1;
      await received.atLeast(batches * 1000, 60_000);
    }
    expect(await stats()).toBe(1);
    // The healthy subscriber got every event, in spite of the stalled one
    expect(received.items).toHaveLength(batches * 1000);
    socket.resume();
    expect(await stalled.closed).toBe(4008);
    received.dispose();
    await healthy.dispose();
  });
});
