import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD, createPackage, event } from '../support/factories.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { openChromium, type ChromiumSession } from './support/chromium-session.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WEB_DIST = resolve(ROOT, 'web', 'dist');
const SCREENSHOTS = resolve(ROOT, 'bench', 'results');

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/** Three packages of org_default (the admin key's organization) with a little history each. */
async function seed(app: TestApp) {
  const facilities = await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, {
    f: [
      { code: 'HUB-BER', name: 'Berlin hub', type: 'HUB', lat: 52.5, lon: 13.4 },
      { code: 'HUB-LEJ', name: 'Leipzig hub', type: 'HUB', lat: 51.4, lon: 12.2 },
      { code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.1, lon: 11.6 },
    ],
  });
  expect(facilities.errors).toBeUndefined();
  const munich = { name: 'Ada Lovelace', address: 'Marienplatz 1, München', lat: 48.137, lon: 11.575, facilityCode: 'DEP-MUC' };
  const origin = { name: 'Berlin warehouse', lat: 52.52, lon: 13.405, facilityCode: 'HUB-BER' };
  const moving = await createPackage(app, undefined, { trackingNumber: 'E2E-MOVING-1', carrier: 'DHL', reference: 'ORDER-1001', origin, destination: munich, promisedDeliveryAt: inHours(20) });
  const delivered = await createPackage(app, undefined, { trackingNumber: 'E2E-DONE-2', carrier: 'UPS', origin, destination: munich, promisedDeliveryAt: hoursAgo(1) });
  const stuck = await createPackage(app, undefined, { trackingNumber: 'E2E-STUCK-3', carrier: 'DHL', origin, destination: munich });
  const recorded = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, {
    events: [
      event(moving.id, 'm1', hoursAgo(6), 'INFO_RECEIVED', { location: { facilityCode: 'HUB-BER' } }),
      event(moving.id, 'm2', hoursAgo(4), 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' }, description: 'Departed hub' }),
      event(moving.id, 'm3', hoursAgo(2), 'IN_TRANSIT', { location: { facilityCode: 'HUB-LEJ' }, description: 'Arrived at sort center' }),
      event(delivered.id, 'd1', hoursAgo(30), 'IN_TRANSIT', { location: { facilityCode: 'HUB-BER' } }),
      event(delivered.id, 'd2', hoursAgo(8), 'OUT_FOR_DELIVERY', { location: { facilityCode: 'DEP-MUC' } }),
      event(delivered.id, 'd3', hoursAgo(5), 'DELIVERED', { location: { facilityCode: 'DEP-MUC' }, description: 'Left at front door' }),
      event(stuck.id, 's1', hoursAgo(3), 'EXCEPTION', { location: { facilityCode: 'HUB-LEJ' }, description: 'Address incomplete' }),
    ],
  });
  expect(recorded.data?.recordTrackingEvents.accepted).toBe(7);
  return { moving, delivered, stuck };
}

describe('operators dashboard in Chromium', () => {
  let app: TestApp;
  let browser: ChromiumSession;

  beforeAll(async () => {
    // CI builds first (npm run build); building here would make the test slow and hide a broken build.
    for (const page of ['index.html', 'graphiql.html'])
      if (!existsSync(resolve(WEB_DIST, page))) throw new Error(`web/dist/${page} is missing: run \`npm run build\` (or \`npm run build -w @clearpath/web\`) before the e2e tests`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp('pglite');
    browser = await openChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, shows the overview, packages, a package, anomalies and GraphiQL, and signs out on 401', { timeout: 120_000 }, async () => {
    try {
      await walkThrough();
    } catch (error) {
      // Leave a picture and the browser's complaints behind: a timeout alone says little.
      await browser.page.screenshot({ path: resolve(SCREENSHOTS, 'dashboard-failure.png'), fullPage: true }).catch(() => undefined);
      throw new Error(`${String(error)}\nbrowser console errors: ${JSON.stringify(browser.consoleErrors)}\nscreenshot: bench/results/dashboard-failure.png`, { cause: error });
    }
  });

  async function walkThrough() {
    const { moving } = await seed(app);
    const { page } = browser;
    const shot = (name: string) => page.screenshot({ path: resolve(SCREENSHOTS, `dashboard-${name}.png`), fullPage: true });

    // Sign-in: a wrong key is refused with a clear message (that 401 is the one console error we expect).
    await page.goto(`${app.url}/`);
    await page.getByLabel('API key or session token').fill('cp_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('401');
    await shot('sign-in-rejected');
    const expected401 = browser.consoleErrors.splice(0);
    expect(expected401.every((message) => message.includes('401'))).toBe(true);

    await page.getByLabel('API key or session token').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Overview
    await page.getByTestId('metric-total').waitFor();
    expect(await page.getByTestId('metric-total').textContent()).toBe('3');
    expect(await page.getByTestId('metric-exceptions').textContent()).toBe('1');
    expect(await page.getByTestId('metric-on-time').textContent()).toBe('100.0 %');
    expect(await page.getByTestId('metric-anomalies').textContent()).toMatch(/^\d+$/);
    const statuses = await page.getByTestId('status-counts').textContent();
    expect(statuses).toContain('In transit');
    expect(statuses).toContain('Delivered');
    expect(await page.locator('.chart rect').count()).toBe(24);
    // The dashboard subscribes over graphql-ws; it falls back to polling only when the socket fails.
    await expect.poll(async () => page.getByTestId('live-indicator').textContent(), { timeout: 10_000 }).toMatch(/live/);
    await shot('overview');

    // Packages: all three, then search narrows to one
    await page.getByRole('link', { name: 'Packages', exact: true }).click();
    await page.getByTestId('packages-total').waitFor();
    expect(await page.getByTestId('packages-total').textContent()).toBe('3');
    const table = page.locator('.packages-table tbody');
    for (const tracking of ['E2E-MOVING-1', 'E2E-DONE-2', 'E2E-STUCK-3']) expect(await table.textContent()).toContain(tracking);
    expect(await table.textContent()).toContain('Leipzig hub (HUB-LEJ)');
    await shot('packages');
    await page.getByLabel('Carrier').selectOption('UPS');
    await expect.poll(() => table.locator('tr').count()).toBe(1);
    await page.getByLabel('Carrier').selectOption('');
    await page.getByLabel('Search packages').fill('moving');
    await expect.poll(() => table.locator('tr').count()).toBe(1);

    // Detail
    await table.getByText('E2E-MOVING-1').click();
    await page.getByTestId('detail-tracking').waitFor();
    expect(page.url()).toContain(`#/packages/${moving.id}`);
    expect(await page.getByTestId('detail-tracking').textContent()).toBe('E2E-MOVING-1');
    expect(await page.getByTestId('detail-destination').textContent()).toContain('Marienplatz 1, München');
    const timeline = page.getByTestId('timeline');
    expect(await timeline.locator('li').count()).toBe(3);
    expect(await timeline.locator('li').first().textContent()).toContain('Arrived at sort center');
    expect(await page.getByTestId('detail-eta').textContent()).toContain('on time');
    // An agent action queues an investigation that shows up in the list
    await page.getByRole('button', { name: 'Investigate delay' }).click();
    // Detection may start its own investigation of a high-severity anomaly at any moment: look for ours.
    await expect.poll(() => page.locator('.investigation', { hasText: 'Delay' }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot('package-detail');

    // Anomalies: detection flags the carrier exception (asynchronously, after the events commit)
    await page.getByRole('link', { name: 'Anomalies', exact: true }).click();
    const anomalies = page.locator('table tbody');
    await expect
      .poll(
        async () => {
          await page.reload();
          await anomalies.waitFor();
          return anomalies.textContent();
        },
        { timeout: 20_000 },
      )
      .toContain('E2E-STUCK-3');
    await shot('anomalies');
    // Acknowledging takes it off the default "Open" list
    const exceptionRow = anomalies.locator('tr', { hasText: 'Carrier exception' });
    await exceptionRow.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => exceptionRow.count()).toBe(0);

    // GraphiQL: bundled editor, the stored token authorizes its requests
    await page.goto(`${app.url}/graphiql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').textContent(), { timeout: 15_000 }).toContain('E2E-');
    await shot('graphiql');

    expect(browser.consoleErrors).toEqual([]);

    // A stored token the gateway stops accepting (revoked key, expired session) leads back to sign-in
    // (expressions as strings: the test is type-checked without DOM types)
    await page.evaluate("localStorage.setItem('clearpath.token', 'cp_revoked_key')");
    await page.goto(`${app.url}/#/packages`);
    await expect.poll(() => page.locator('.notice').textContent()).toContain('401');
    expect(await page.getByLabel('API key or session token').isVisible()).toBe(true);
    expect(await page.evaluate("localStorage.getItem('clearpath.token')")).toBeNull();
    expect(browser.consoleErrors.every((message) => message.includes('401'))).toBe(true);

    expect(browser.foreignRequests).toEqual([]);
  }
});
