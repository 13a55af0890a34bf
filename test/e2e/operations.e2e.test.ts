import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD, createPackage, event } from '../support/factories.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { openChromium, type ChromiumSession } from './support/chromium-session.js';
import { SCREENSHOTS, SIZES, capture } from './support/page-capture.js';

const WEB_DIST = resolve(import.meta.dirname, '..', '..', 'web', 'dist');
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const SOLOMON_C101 = resolve(import.meta.dirname, '..', '..', 'libs', 'vrptw', 'src', 'fixtures', 'C101.txt');
const MUNICH_DEPOT = { code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.14, lon: 11.58 };

/** The operations pages: the investigation agents at work, and delivery route planning. */
describe('operations pages in Chromium', () => {
  let app: TestApp;
  let browser: ChromiumSession;

  beforeAll(async () => {
    if (!existsSync(resolve(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` before the e2e tests');
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp('pglite');
    browser = await openChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function run(walk: () => Promise<void>, name: string) {
    try {
      await walk();
    } catch (error) {
      await browser.page.screenshot({ path: resolve(SCREENSHOTS, `failure-${name}.png`), fullPage: true }).catch(() => undefined);
      throw new Error(`${String(error)}\nbrowser console errors: ${JSON.stringify(browser.consoleErrors)}\nscreenshot: test/e2e/output/failure-${name}.png`, { cause: error });
    }
  }

  it('signs in and watches an investigation live on the Agents page, with history and a failure and its reason', { timeout: 180_000 }, () =>
    run(async () => {
      const { page } = browser;
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${app.url}/`);
      await page.getByLabel('API key or session token').fill(ADMIN_KEY);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('metric-total').waitFor();

      await page.getByRole('link', { name: 'Agents', exact: true }).click();
      await page.getByText('No investigations yet.').waitFor();
      await capture(page, 'agents-empty');
      await expect.poll(() => page.getByTestId('live-indicator').textContent(), { timeout: 10_000 }).toMatch(/live/);

      // An investigation started elsewhere (the API) shows up step by step while the page stays open.
      const pkg = await createPackage(app, undefined, { trackingNumber: 'E2E-AGENT-1', carrier: 'DHL', promisedDeliveryAt: hoursAgo(-4) });
      const recorded = await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, {
        events: [event(pkg.id, 'a1', hoursAgo(30), 'IN_TRANSIT'), event(pkg.id, 'a2', hoursAgo(3), 'EXCEPTION', { description: 'Address incomplete' })],
      });
      expect(recorded.data?.recordTrackingEvents.accepted).toBe(2);
      const started = await app.gql<{ investigateDelay: { id: string } }>(`mutation($id: ID!) { investigateDelay(packageId: $id) { id } }`, { id: pkg.id });
      expect(started.errors).toBeUndefined();
      await expect.poll(() => page.getByTestId('agents-feed').textContent(), { timeout: 30_000 }).toContain('E2E-AGENT-1');
      const history = page.getByTestId('agents-history');
      const row = history.locator('tbody tr', { hasText: 'Delay' });
      await expect.poll(() => row.first().getAttribute('data-state'), { timeout: 30_000 }).toBe('COMPLETED');
      expect(await page.getByTestId('agents-feed').textContent()).toMatch(/Completed/);
      expect(await row.first().textContent()).toMatch(/get_timeline/);
      await capture(page, 'agents');

      // A run interrupted too often fails with its reason, through the worker's own recovery.
      const db = app.gateway.runtime.database.db;
      await db
        .insertInto('investigations')
        .values({ organization_id: 'org_default', package_id: pkg.id, kind: 'ANOMALY', state: 'RUNNING', document: JSON.stringify({ trace: [], attempts: 3 }), error: null, started_at: new Date(Date.now() - 3_600_000), completed_at: null })
        .execute();
      const { recoverInterrupted } = await import('../../subgraphs/investigations/src/investigations/investigation.store.js');
      expect(await recoverInterrupted(db, { staleAfterMs: 60_000, maxAttempts: 3 })).toMatchObject({ failed: 1 });
      await page.reload();
      await expect.poll(() => page.getByTestId('agents-failures').textContent(), { timeout: 15_000 }).toBe('1');
      expect(await page.getByTestId('agents-failure-list').textContent()).toMatch(/interrupted/i);
      await capture(page, 'agents-failures');

      expect(browser.consoleErrors).toEqual([]);
      expect(browser.foreignRequests).toEqual([]);
    }, 'agents'));

  it("plans routes for a depot's packages out for delivery, then for an uploaded Solomon file", { timeout: 180_000 }, () =>
    run(async () => {
      const { page } = browser;
      await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, { f: [MUNICH_DEPOT] });
      for (let i = 0; i < 9; i++) {
        const destination = { name: 'Munich', address: `Leopoldstraße ${i + 1}`, lat: 48.14 + 0.03 * Math.sin(i), lon: 11.58 + 0.05 * Math.cos(i) };
        const pkg = await createPackage(app, undefined, { trackingNumber: `E2E-ROUTE-${i + 1}`, carrier: 'DHL', recipient: `Recipient ${i + 1}`, destination, ...(i % 3 === 0 ? { promisedDeliveryAt: hoursAgo(-2) } : {}) });
        const out = event(pkg.id, `route-${i}`, hoursAgo(1), 'OUT_FOR_DELIVERY', { location: { facilityCode: 'DEP-MUC' } });
        expect((await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events: [out] })).data?.recordTrackingEvents.accepted).toBe(1);
      }
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByRole('link', { name: 'Routes', exact: true }).click();
      await page.getByText('Choose a depot to see what is out for delivery there').waitFor();
      await capture(page, 'routes-empty');

      // The picker says how many packages each depot has out for delivery.
      await expect.poll(() => page.getByLabel('Depot', { exact: true }).locator('option[value="DEP-MUC"]').textContent()).toBe('DEP-MUC — Munich depot · 9 out');
      await page.getByLabel('Depot', { exact: true }).selectOption('DEP-MUC');
      await expect.poll(() => new URL(page.url()).hash).toBe('#/routes?depot=DEP-MUC');
      // The closed picker shows the chosen depot's whole label at both sizes (it used to be cut at its column's edge).
      for (const size of SIZES) {
        await page.setViewportSize(size);
        const room = await page.evaluate(`(() => {
          const select = document.getElementById('route-depot');
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d');
          context.font = style.font;
          const text = context.measureText(select.selectedOptions[0].text).width;
          return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20 - text; // 20 px: the arrow
        })()`);
        expect(room, `room left in the depot picker at ${size.name} size`).toBeGreaterThanOrEqual(0);
      }
      await page.setViewportSize(SIZES[0]);
      await expect.poll(() => page.getByTestId('stops-summary').textContent()).toBe('9 packages out for delivery at DEP-MUC.');
      await page.getByLabel('Vehicles', { exact: true }).fill('3');
      await page.getByLabel('Capacity per vehicle').fill('4');
      await page.getByLabel('Time limit (s)').fill('1');
      await page.getByRole('button', { name: 'Plan routes' }).click();
      await expect.poll(() => page.getByTestId('plan-summary').textContent(), { timeout: 30_000 }).toMatch(/^3 vehicles serve all 9 stops/);
      const tables = page.getByTestId('vehicle-route');
      expect(await tables.count()).toBe(3);
      expect(await tables.first().locator('tbody tr').first().getByRole('link').textContent()).toMatch(/^E2E-ROUTE-\d$/);
      expect(await page.getByTestId('route-map').locator('path.leaflet-interactive').count()).toBeGreaterThanOrEqual(3 + 9);
      // The three promised within the day are reached by their promise.
      expect(await page.getByTestId('vehicle-route').locator('tbody tr', { hasText: 'promised by' }).count()).toBe(3);
      await capture(page, 'routes');

      // The same depot with the Solomon C101 benchmark around it: its 25 vehicles of 200 come from the file.
      await page.getByLabel('A Solomon or VRPLIB file').check();
      await page.getByLabel('Instance file').setInputFiles({ name: 'C101.txt', mimeType: 'text/plain', buffer: readFileSync(SOLOMON_C101) });
      await expect.poll(() => page.getByTestId('stops-summary').textContent()).toBe('Solomon instance C101: 100 customers, 25 vehicles of 200 in the file.');
      expect(await page.getByLabel('Vehicles', { exact: true }).inputValue()).toBe('25');
      await page.getByLabel('Time limit (s)').fill('2');
      await page.getByRole('button', { name: 'Plan routes' }).click();
      await expect.poll(() => page.getByTestId('plan-summary').textContent(), { timeout: 30_000 }).toMatch(/vehicles serve all 100 stops/);
      await capture(page, 'routes-file');

      expect(browser.consoleErrors).toEqual([]);
      expect(browser.foreignRequests).toEqual([]);
    }, 'routes'));
});
