import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../support/clerk-tokens.js';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const QUERY = `{ packages(first: 1) { totalCount } }`;

describe('authentication (Clerk session tokens and API keys)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('pglite', { CLERK_AUTHORIZED_PARTIES: 'https://app.clearpath.test' });
  });
  afterAll(() => app?.close());

  it('accepts v1 and v2 organization claims and maps roles', async () => {
    const v1 = app.issuer.mint({ org_id: 'org_v1', org_role: 'org:member', azp: 'https://app.clearpath.test' });
    expect((await app.gql(QUERY, {}, v1)).errors).toBeUndefined();
    const v2viewer = app.issuer.mint({ v: 2, o: { id: 'org_v2', rol: 'viewer' }, azp: 'https://app.clearpath.test' });
    const write = await app.gql(`mutation { createPackage(input: { trackingNumber: "V2", carrier: "DHL" }) { id } }`, {}, v2viewer);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const v2admin = app.issuer.mint({ v: 2, o: { id: 'org_v2', rol: 'admin' }, azp: 'https://app.clearpath.test' });
    expect((await app.gql(`mutation { createPackage(input: { trackingNumber: "V2", carrier: "DHL" }) { id } }`, {}, v2admin)).errors).toBeUndefined();
  });

  it.each([
    ['missing', '', 401, 'UNAUTHENTICATED'],
    ['garbage', 'not-a-token', 401, 'UNAUTHENTICATED'],
    ['unknown API key', 'cp_doesnotexist', 401, 'UNAUTHENTICATED'],
  ])('refuses %s credentials', async (_name, token, status, code) => {
    const result = await app.gql(QUERY, {}, token);
    expect(result.status).toBe(status);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    const rest = await app.rest('GET', '/api/v1/packages', { token: token || null });
    expect(rest.status).toBe(status);
    expect(rest.body.error.code).toBe(code);
  });

  it('refuses forged, expired, not-yet-valid and foreign-party tokens', async () => {
    const forger = createTokenIssuer();
    const cases: [string, number][] = [
      [forger.mint({ org_id: 'org_x', org_role: 'org:admin' }), 401],
      [app.issuer.mint({ org_id: 'org_x' }, { expiresInSeconds: -120 }), 401],
      [app.issuer.mint({ org_id: 'org_x' }, { notBeforeOffset: 600 }), 401],
      [app.issuer.mint({ org_id: 'org_x', azp: 'https://evil.example' }), 401],
      [app.issuer.mint({ org_id: 'org_x' }), 401], // no azp while authorized parties are configured
    ];
    for (const [token, status] of cases) {
      const result = await app.gql(QUERY, {}, token);
      expect(result.status).toBe(status);
      expect(result.data).toBeUndefined();
    }
    const tampered = app.issuer.mint({ org_id: 'org_x', org_role: 'org:member' }).split('.');
    tampered[1] = Buffer.from(JSON.stringify({ org_id: 'org_y', org_role: 'org:admin', sub: 'u', exp: 9999999999 })).toString('base64url');
    expect((await app.gql(QUERY, {}, tampered.join('.'))).status).toBe(401);
  });

  it('accepts API keys in Authorization and X-API-Key, and leaves /health open', async () => {
    const viaHeader = await fetch(`${app.url}/api/v1/packages`, { headers: { 'x-api-key': 'cp_test_admin_xxxxxxxxxxxxxxxxxxxx' } });
    expect(viaHeader.status).toBe(200);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  });
});
