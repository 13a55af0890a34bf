import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';
import { collect, legacyClient, sleep, wsClient } from './realtime-client.js';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`;

describe.each(BACKENDS)('revoking an API key closes its open WebSockets (%s)', (backend) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(backend);
  });
  afterAll(() => app?.close());

  it('closes graphql-ws and legacy connections of a revoked key with 4403 within seconds, and keeps the others', async () => {
    const created = await app.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(CREATE, { input: { name: 'wall screen', role: 'VIEWER' } });
    const { key, apiKey } = created.data!.createApiKey;
    const closes: number[] = [];
    const revokedClient = wsClient(app.url, { authorization: `Bearer ${key}` }, (code) => closes.push(code));
    const keptClient = wsClient(app.url, { authorization: `Bearer ${app.token('org_default')}` }, (code) => closes.push(-code));
    const revokedSub = collect(revokedClient, 'subscription { trackingEventRecorded { seq } }');
    const keptSub = collect(keptClient, 'subscription { trackingEventRecorded { seq } }');
    const legacy = legacyClient(app.url, `/ws/packages?token=${key}`);
    await legacy.waitFor('connected');
    await Promise.all([revokedSub.atLeast(0), keptSub.atLeast(0)]);
    await sleep(500);
    expect(closes).toEqual([]);

    expect((await app.gql(REVOKE, { id: apiKey.id })).errors).toBeUndefined();
    expect((await legacy.waitForClose(15_000)).code).toBe(4403);
    for (let i = 0; i < 100 && !closes.includes(4403); i++) await sleep(100);
    expect(closes).toEqual([4403]);
    revokedSub.dispose();
    keptSub.dispose();
    await Promise.all([revokedClient.dispose(), keptClient.dispose()]);
  });
});
