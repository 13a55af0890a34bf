import { afterAll, describe, expect, it } from 'vitest';
import { loadGatewayEnv } from '@clearpath/gateway';
import { startTestApp, type TestApp } from '../support/test-gateway.js';

const KEY = 'pk_test_Y2xlYXJwYXRoLmNsZXJrLmFjY291bnRzLmRldiQ';

/** The dashboard learns at run time whether to sign in with Clerk; the key is public, the answer never cached. */
describe('dashboard config', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('serves the Clerk publishable key when set and null otherwise, without authentication', { timeout: 120_000 }, async () => {
    const withKey = await startTestApp('pglite', { CLERK_PUBLISHABLE_KEY: KEY });
    const without = await startTestApp('pglite');
    apps.push(withKey, without);
    const configured = await withKey.rest('GET', '/dashboard-config.json', { token: null });
    expect(configured.status).toBe(200);
    expect(configured.body).toEqual({ clerkPublishableKey: KEY });
    const plain = await without.rest('GET', '/dashboard-config.json', { token: null });
    expect(plain.body).toEqual({ clerkPublishableKey: null });
    const raw = await fetch(`${withKey.url}/dashboard-config.json`);
    expect(raw.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a value that is not a publishable key at startup (a secret key pasted by mistake)', () => {
    expect(() => loadGatewayEnv({ CLERK_PUBLISHABLE_KEY: 'sk_test_secret' })).toThrow(/CLERK_PUBLISHABLE_KEY/);
    expect(loadGatewayEnv({ CLERK_PUBLISHABLE_KEY: '  ' }).CLERK_PUBLISHABLE_KEY).toBeUndefined();
  });
});
