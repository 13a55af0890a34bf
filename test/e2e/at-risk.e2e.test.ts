import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD, createPackage, event } from '../support/factories.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { openChromium, type ChromiumSession } from './support/chromium-session.js';
import { SCREENSHOTS, capture } from './support/page-capture.js';

const WEB_DIST = resolve(import.meta.dirname, '..', '..', 'web', 'dist');
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const FACILITIES = [
  { code: 'HUB-BER', name: 'Berlin hub', type: 'HUB', lat: 52.52, lon: 13.4 },
  { code: 'HUB-FRA', name: 'Frankfurt hub', type: 'HUB', lat: 50.11, lon: 8.68 },
  { code: 'DEP-MUC', name: 'Munich depot', type: 'DEPOT', lat: 48.14, lon: 11.58 },
];

/** The At risk page: the ranking, its filters in the URL, and one click to a PREDICTION investigation. */
describe('at-risk page in Chromium', () => {
  let app: TestApp;
  let browser: ChromiumSession;
  let stuck: string;

  beforeAll(async () => {
    if (!existsSync(resolve(WEB_DIST, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` before the e2e tests');
    mkdirSync(SCREENSHOTS, { recursive: true });
    app = await startTestApp('pglite');
    await app.gql(`mutation($f: [FacilityInput!]!) { upsertFacilities(facilities: $f) { code } }`, { f: FACILITIES });
    const destination = { name: 'Munich', lat: 48.15, lon: 11.57, facilityCode: 'DEP-MUC' };
    const shipments: [string, string, number, [string, number][]][] = [
      ['E2E-RISK-STUCK', 'DHL', 2, [['HUB-BER', 50], ['HUB-FRA', 40]]],
      ['E2E-RISK-TIGHT', 'UPS', 10, [['HUB-BER', 2]]],
      ['E2E-RISK-EASY', 'UPS', 46, [['DEP-MUC', 1]]],
    ];
    for (const [trackingNumber, carrier, promisedIn, scans] of shipments) {
      const pkg = await createPackage(app, undefined, { trackingNumber, carrier, destination, promisedDeliveryAt: inHours(promisedIn) });
      if (trackingNumber === 'E2E-RISK-STUCK') stuck = pkg.id;
      const events = scans.map(([facility, ago], i) => event(pkg.id, `${trackingNumber}-${i}`, inHours(-ago), 'IN_TRANSIT', { location: { facilityCode: facility } }));
      expect((await app.gql<{ recordTrackingEvents: { accepted: number } }>(RECORD, { events })).data?.recordTrackingEvents.accepted).toBe(events.length);
    }
    browser = await openChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('ranks packages by risk with the slow stage named, filters in the URL, and investigates in one click', { timeout: 180_000 }, async () => {
    const { page } = browser;
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${app.url}/`);
      await page.getByLabel('API key or session token').fill(ADMIN_KEY);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('metric-total').waitFor();

      await page.getByRole('link', { name: 'At risk', exact: true }).click();
      const rows = page.getByTestId('at-risk-row');
      await rows.first().waitFor();
      expect(await rows.first().textContent()).toMatch(/E2E-RISK-STUCK.*dwell at HUB-FRA|E2E-RISK-STUCK.*HUB-FRA/);
      await capture(page, 'at-risk');

      await page.getByLabel('Facility', { exact: true }).selectOption('HUB-FRA');
      await expect.poll(() => new URL(page.url()).hash).toContain('facility=HUB-FRA');
      await expect.poll(() => rows.count()).toBe(1);

      await rows.first().getByRole('button', { name: 'Investigate E2E-RISK-STUCK' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Prediction for E2E-RISK-STUCK started');
      await page.getByRole('link', { name: 'Open the package' }).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#/packages/${stuck}`);
      const kinds = await app.gql<{ package: { investigations: { kind: string }[] } }>(`query($id: ID!) { package(id: $id) { investigations { kind } } }`, { id: stuck });
      expect(kinds.data?.package.investigations.map((i) => i.kind)).toContain('PREDICTION');

      // What if Frankfurt closes for a day? The package waiting there is held up, with its new ETA band.
      await page.goto(`${app.url}/#/at-risk?facility=HUB-FRA`);
      await rows.first().waitFor();
      expect(await page.getByLabel('Facility to disrupt').inputValue()).toBe('HUB-FRA');
      await page.getByRole('button', { name: 'Run what-if' }).click();
      await expect.poll(() => page.getByTestId('what-if-summary').textContent(), { timeout: 30_000 }).toMatch(/^Closing HUB-FRA until .+ \(in 2[45] h\) holds up \d+ of the \d+ moving packages/);
      const held = page.getByTestId('what-if-impact').filter({ hasText: 'E2E-RISK-STUCK' });
      expect(await held.textContent()).toMatch(/\+2\d\.\d h/);
      await held.getByRole('link', { name: 'E2E-RISK-STUCK' }).focus();
      await capture(page, 'at-risk-what-if');
      await page.getByLabel('Disruption').selectOption('slow');
      await page.getByLabel('Hours slower').fill('6');
      await page.getByRole('button', { name: 'Run what-if' }).click();
      await expect.poll(() => page.getByTestId('what-if-summary').textContent(), { timeout: 30_000 }).toMatch(/^Slowing HUB-FRA by 6\.0 h/);
      expect(await held.textContent()).toContain('+6.0 h');
      // The question is in the URL with the filters: a reload (or the link, shared) asks it again without a click.
      expect(new URL(page.url()).hash).toMatch(/^#\/at-risk\?facility=HUB-FRA&whatif=HUB-FRA&until=[^&]+&slow=6$/);
      await page.reload();
      await expect.poll(() => page.getByTestId('what-if-summary').textContent(), { timeout: 30_000 }).toMatch(/^Slowing HUB-FRA by 6\.0 h/);
      expect(await page.getByLabel('Hours slower').inputValue()).toBe('6');

      // An empty ranking says so.
      await page.goto(`${app.url}/#/at-risk?carrier=NOBODY`);
      await page.getByText(/No package is likely to miss its promise/).waitFor();
      await capture(page, 'at-risk-empty');
      expect(browser.consoleErrors).toEqual([]);
      expect(browser.foreignRequests).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: resolve(SCREENSHOTS, 'failure-at-risk.png'), fullPage: true }).catch(() => undefined);
      throw new Error(`${String(error)}\nbrowser console errors: ${JSON.stringify(browser.consoleErrors)}`, { cause: error });
    }
  });
});
