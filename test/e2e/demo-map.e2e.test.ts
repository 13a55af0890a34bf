import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { openChromium, type ChromiumSession } from './support/chromium-session.js';
import { SCREENSHOTS, capture } from './support/page-capture.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** README_SCREENSHOTS=1 refreshes the README's pictures (docs/) from this run. */
const UPDATE_DOCS = process.env.README_SCREENSHOTS === '1';

type Overview = {
  packageStats: { total: number };
  onTimeByDay: { promised: number; onTime: number }[];
  busiestFacilities: { facilityCode: string; events: number }[];
  anomalyCounts: { count: number }[];
};

/** The all-in-one app with its demo network: what a new user sees first, with the demo's real numbers. */
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

  async function run(walk: () => Promise<void>) {
    try {
      await walk();
    } catch (error) {
      await browser.page.screenshot({ path: resolve(SCREENSHOTS, 'failure-demo.png'), fullPage: true }).catch(() => undefined);
      throw new Error(`${String(error)}\nbrowser console errors: ${JSON.stringify(browser.consoleErrors)}\nscreenshot: test/e2e/output/failure-demo.png`, { cause: error });
    }
  }

  it('overview panels, city search and the map of the demo network, offline', { timeout: 300_000 }, () =>
    run(async () => {
      // The demo seeds in the background after the server starts; detection finds anomalies shortly after.
      const overview = () => app.gql<Overview>(`{ packageStats { total } onTimeByDay(days: 14) { promised onTime } busiestFacilities(hours: 24, first: 6) { facilityCode events } anomalyCounts { count } }`);
      await expect.poll(async () => (await overview()).data?.packageStats.total ?? 0, { timeout: 180_000, interval: 2_000 }).toBeGreaterThan(300);
      await expect.poll(async () => (await overview()).data?.anomalyCounts.length ?? 0, { timeout: 60_000, interval: 2_000 }).toBeGreaterThan(0);
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${app.url}/`);
      await page.getByLabel('API key or session token').fill(ADMIN_KEY);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('metric-total').waitFor();

      // Events per 5 minutes over 24 h, by occurrence: the seeded history spreads over many buckets, and the live feed adds to it.
      const chart = page.getByRole('img', { name: /events in the last 24 hours, per 5 min/ });
      const chartTotal = async () => Number(/^(\d+) events/.exec((await chart.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
      const firstTotal = await chartTotal();
      expect(firstTotal).toBeGreaterThan(100);
      expect(await chart.locator('rect[height]:not([height="0"])').count()).toBeGreaterThan(50);
      await expect.poll(chartTotal, { timeout: 60_000, interval: 1_000 }).toBeGreaterThan(firstTotal);
      // "Events / min" counts by occurrence too: the seeded two weeks arriving at once are not a rate (they were ~740/min).
      const perMinute = Number(await page.getByTestId('metric-events-rate').textContent());
      expect(perMinute).toBeGreaterThan(0);
      expect(perMinute).toBeLessThan(50);

      // The on-time trend and the busiest facilities say what the API says.
      const api = (await overview()).data!;
      const promised = api.onTimeByDay.reduce((sum, d) => sum + d.promised, 0);
      expect(promised).toBeGreaterThan(50);
      const trend = page.getByTestId('on-time-trend');
      await expect.poll(async () => (await trend.getByRole('img').getAttribute('aria-label')) ?? '', { timeout: 20_000 }).toMatch(new RegExp(`over 14 days \\(\\d+ of ${promised} promised deliveries\\)`));
      expect(await trend.locator('rect').count()).toBeGreaterThan(7);
      const facilities = page.getByTestId('busiest-facilities').locator('li');
      expect(await facilities.count()).toBe(api.busiestFacilities.length);
      expect(api.busiestFacilities.length).toBeGreaterThan(3);
      const scans = (await facilities.locator('.count').allTextContents()).map((t) => Number.parseInt(t, 10));
      expect(scans).toEqual([...scans].sort((a, b) => b - a));

      // Open anomalies by type and severity add up to the open-anomalies metric.
      const matrix = page.getByTestId('anomaly-matrix');
      await matrix.waitFor();
      const rowTotals = (await matrix.locator('tbody td.strong').allTextContents()).map(Number);
      expect(rowTotals.length).toBeGreaterThan(0);
      await expect
        .poll(async () => [(await matrix.locator('tbody td.strong').allTextContents()).map(Number).reduce((a, b) => a + b, 0), Number(await page.getByTestId('metric-anomalies').textContent())])
        .toSatisfy(([sum, metric]) => sum === metric && sum > 0);
      await page.waitForTimeout(500);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'demo-overview.png'), fullPage: true });
      await capture(page, 'overview');

      // Free text finds packages by city: "Hamburg" matches origins and destinations there.
      await page.getByRole('link', { name: 'Packages', exact: true }).click();
      await page.getByLabel('Search packages').fill('Hamburg');
      const hamburg = await app.gql<{ packages: { totalCount: number } }>(`{ packages(filter: { q: "Hamburg" }) { totalCount } }`);
      const expected = hamburg.data!.packages.totalCount;
      expect(expected).toBeGreaterThan(0);
      expect(expected).toBeLessThan(api.packageStats.total);
      // The search settles into the URL, then the total is Hamburg's (the live feed may add a few meanwhile), not everyone's.
      await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('q=Hamburg');
      await expect
        .poll(async () => Number(await page.getByTestId('packages-total').textContent()), { timeout: 15_000 })
        .toSatisfy((n: number) => n >= expected && n < api.packageStats.total);
      expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
      await capture(page, 'packages-hamburg');

      await page.getByRole('link', { name: 'Map', exact: true }).click();
      await expect.poll(() => page.locator('.basemap-country').count(), { timeout: 15_000 }).toBeGreaterThan(100);
      await expect.poll(async () => Number(await page.getByTestId('map-count').textContent())).toBeGreaterThan(50);
      const markers = await page.locator('.cluster-marker, .package-marker').count();
      expect(markers).toBeGreaterThan(3);
      expect(await page.locator('.facility-marker').count()).toBeGreaterThan(3);
      await page.waitForTimeout(500);
      await page.screenshot({ path: resolve(SCREENSHOTS, 'demo-map.png') });
      if (UPDATE_DOCS) {
        copyFileSync(resolve(SCREENSHOTS, 'demo-overview.png'), resolve(ROOT, 'docs', 'dashboard-overview.png'));
        copyFileSync(resolve(SCREENSHOTS, 'demo-map.png'), resolve(ROOT, 'docs', 'dashboard-map.png'));
      }

      expect(browser.consoleErrors).toEqual([]);
      expect(browser.foreignRequests).toEqual([]);
    }));
});
