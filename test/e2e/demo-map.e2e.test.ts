import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { openChromium, type ChromiumSession } from './support/chromium-session.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCREENSHOTS = resolve(ROOT, 'test', 'e2e', 'output');

/** The all-in-one app with its demo network: what a new user sees first. */
describe('demo network in Chromium', () => {
  let app: TestApp;
  let browser: ChromiumSession;

  beforeAll(async () => {
    if (!existsSync(resolve(ROOT, 'web', 'dist', 'index.html'))) throw new Error('web/dist is missing: run `npm run build` before the e2e tests');
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp('pglite', { CLEARPATH_DEMO: 'true' });
    browser = await openChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('draws the demo network on the map: clustered packages and facilities, offline', { timeout: 240_000 }, async () => {
    // The demo seeds in the background after the server starts.
    await expect
      .poll(async () => (await app.gql<{ packageStats: { total: number } }>('{ packageStats { total } }')).data?.packageStats.total ?? 0, { timeout: 180_000, interval: 2_000 })
      .toBeGreaterThan(300);
    const { page } = browser;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.url}/`);
    await page.getByLabel('API key or session token').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('metric-total').waitFor();
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'demo-overview.png') });

    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await expect.poll(() => page.locator('.basemap-country').count(), { timeout: 15_000 }).toBeGreaterThan(100);
    await expect.poll(async () => Number(await page.getByTestId('map-count').textContent())).toBeGreaterThan(50);
    const markers = await page.locator('.cluster-marker, .package-marker').count();
    expect(markers).toBeGreaterThan(3);
    expect(await page.locator('.facility-marker').count()).toBeGreaterThan(3);
    await page.waitForTimeout(500);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'demo-map.png') });

    expect(browser.consoleErrors).toEqual([]);
    expect(browser.foreignRequests).toEqual([]);
  });
});
