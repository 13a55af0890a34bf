import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD, createPackage, event } from '../support/factories.js';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-gateway.js';
import { openChromium, type ChromiumSession } from './support/chromium-session.js';
import { capture as captureAtBothSizes, expectFitsWidth, SCREENSHOTS, SIZES } from './support/page-capture.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WEB_DIST = resolve(ROOT, 'web', 'dist');

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
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, maps, creates, imports, filters, exports, investigates and triages; every page at both sizes without serious a11y violations', { timeout: 240_000 }, async () => {
    try {
      await walkThrough();
    } catch (error) {
      // Leave a picture and the browser's complaints behind: a timeout alone says little.
      await browser.page.screenshot({ path: resolve(SCREENSHOTS, 'failure.png'), fullPage: true }).catch(() => undefined);
      throw new Error(`${String(error)}\nbrowser console errors: ${JSON.stringify(browser.consoleErrors)}\nscreenshot: test/e2e/output/failure.png`, { cause: error });
    }
  });

  async function walkThrough() {
    const { moving } = await seed(app);
    const { page } = browser;
    await page.setViewportSize(SIZES[0]);

    const capture = (name: string) => captureAtBothSizes(page, name);

    // Sign-in: a wrong key is refused with a clear message (that 401 is the one console error we expect).
    await page.goto(`${app.url}/`);
    await page.getByLabel('API key or session token').fill('cp_not_a_real_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('401');
    await capture('sign-in');
    const expected401 = browser.consoleErrors.splice(0);
    expect(expected401.every((message) => message.includes('401'))).toBe(true);

    await page.getByLabel('API key or session token').fill(ADMIN_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // The token lives in session storage, never in the URL.
    expect(page.url()).not.toContain(ADMIN_KEY);

    // Overview
    await page.getByTestId('metric-total').waitFor();
    expect(await page.getByTestId('metric-total').textContent()).toBe('3');
    expect(await page.getByTestId('metric-exceptions').textContent()).toBe('1');
    expect(await page.getByTestId('metric-on-time').textContent()).toBe('100.0 %');
    expect(await page.getByTestId('metric-anomalies').textContent()).toMatch(/^\d+$/);
    const statuses = await page.getByTestId('status-counts').textContent();
    expect(statuses).toContain('In transit');
    expect(statuses).toContain('Delivered');
    expect(await page.getByRole('img', { name: /events in the last 24 hours, per 5 min/ }).locator('rect').count()).toBe(288); // 5-minute buckets over 24 h
    // The one delivery came before its promise; each facility saw two scans in the last 24 h (ties by code).
    expect(await page.getByTestId('on-time-trend').getByRole('img').getAttribute('aria-label')).toBe('100.0 % on time over 14 days (1 of 1 promised deliveries)');
    const busiest = page.getByTestId('busiest-facilities');
    expect(await busiest.locator('.facility-name').allTextContents()).toEqual(['Munich depot DEP-MUC', 'Berlin hub HUB-BER', 'Leipzig hub HUB-LEJ']);
    expect(await busiest.locator('.count').allTextContents()).toEqual(['2 scans · 1 package', '2 scans · 1 package', '2 scans · 2 packages']);
    // The dashboard subscribes over graphql-ws; it falls back to polling only when the socket fails.
    await expect.poll(async () => page.getByTestId('live-indicator').textContent(), { timeout: 10_000 }).toMatch(/live/);
    await capture('overview');

    // Map: the two active packages with a located scan, and the three facilities
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await expect.poll(() => page.getByTestId('map-count').textContent()).toBe('2');
    await expect.poll(() => page.locator('.facility-marker').count()).toBe(3);
    await expect.poll(() => page.locator('.basemap-country').count(), { timeout: 10_000 }).toBeGreaterThan(100);
    await expect.poll(() => page.locator('.package-marker, .cluster-marker').count()).toBeGreaterThan(0);
    await capture('map');
    // Filtering by carrier leaves the one DHL package in transit (the other DHL one is in exception)
    await page.getByLabel('Status').selectOption('IN_TRANSIT');
    await expect.poll(() => page.getByTestId('map-count').textContent()).toBe('1');
    // Zoom in until the package stands alone, then click through to its page
    for (let i = 0; i < 8 && (await page.locator('.package-marker').count()) === 0; i++) await page.locator('.cluster-marker').first().click();
    await page.locator('.package-marker').first().click();
    await page.getByTestId('detail-tracking').waitFor();
    expect(await page.getByTestId('detail-tracking').textContent()).toBe('E2E-MOVING-1');

    // Detail: path map, ETA band against the promise, timeline in local time
    expect(page.url()).toContain(`#/packages/${moving.id}`);
    expect(await page.getByTestId('detail-destination').textContent()).toContain('Marienplatz 1, München');
    const timeline = page.getByTestId('timeline');
    expect(await timeline.locator('li').count()).toBe(3);
    expect(await timeline.locator('li').first().textContent()).toContain('Arrived at sort center');
    expect(await timeline.locator('li').first().textContent()).toMatch(/2 h ago/);
    expect(await page.getByTestId('detail-eta').textContent()).toContain('on time');
    await page.getByTestId('eta-band').waitFor();
    // The legend's swatch is the colour of the band it explains.
    const bandColours = await page.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="eta-band"] .eta-range, [data-testid="eta-band"] .swatch-range')].map((el) => getComputedStyle(el).backgroundColor)`);
    expect(bandColours).toHaveLength(2);
    expect(new Set(bandColours).size).toBe(1);
    await expect.poll(() => page.locator('[data-testid="package-map"] .path-current').count()).toBe(1);
    // An investigation runs and its progress arrives live (no reload): queued or running, then completed
    await page.getByRole('button', { name: 'Investigate delay' }).click();
    const delay = page.locator('.investigation', { hasText: 'Delay' }).first();
    await expect.poll(() => delay.getAttribute('data-state'), { timeout: 30_000 }).toBe('COMPLETED');
    expect(await delay.textContent()).toContain('Root cause');
    // The narrative's markdown is rendered (headings, lists), not shown as raw '##' and '**'.
    await delay.getByText('Narrative', { exact: true }).click();
    await delay.locator('.narrative h2', { hasText: 'Root cause' }).waitFor();
    expect(await delay.locator('.narrative li').count()).toBeGreaterThan(0);
    expect(await delay.locator('.narrative').textContent()).not.toMatch(/^#+ |\*\*/m);
    await capture('package-detail');

    // Packages: all three; filters go into the URL; sorting by tracking number
    await page.getByRole('link', { name: 'Packages', exact: true }).click();
    await page.getByTestId('packages-total').waitFor();
    expect(await page.getByTestId('packages-total').textContent()).toBe('3');
    const table = page.locator('.packages-table tbody');
    for (const tracking of ['E2E-MOVING-1', 'E2E-DONE-2', 'E2E-STUCK-3']) expect(await table.textContent()).toContain(tracking);
    expect(await table.textContent()).toContain('Leipzig hub (HUB-LEJ)');
    await page.getByRole('button', { name: /Tracking number/ }).click();
    await expect.poll(() => table.locator('tr').first().textContent()).toContain('E2E-DONE-2');
    // Every column sorts; by status with the keyboard: DELIVERED < EXCEPTION < IN_TRANSIT, then reversed
    const statusHeader = page.getByRole('columnheader', { name: /Status/ });
    await statusHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => statusHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(page.url()).toContain('sort=STATUS&dir=ASC');
    await expect.poll(() => table.locator('tr').allTextContents()).toEqual([expect.stringContaining('E2E-DONE-2'), expect.stringContaining('E2E-STUCK-3'), expect.stringContaining('E2E-MOVING-1')]);
    await page.keyboard.press('Space');
    await expect.poll(() => statusHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.locator('tr').first().textContent()).toContain('E2E-MOVING-1');
    await capture('packages');
    await page.getByLabel('Carrier').selectOption('DHL');
    await expect.poll(() => table.locator('tr').count()).toBe(2);
    expect(page.url()).toContain('carrier=DHL');
    // Export the current filter: only the DHL packages
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const exported = readFileSync(await csv.path(), 'utf8');
    expect(exported).toContain('E2E-MOVING-1');
    expect(exported).toContain('E2E-STUCK-3');
    expect(exported).not.toContain('E2E-DONE-2');
    // A shared link opens the same filtered view
    await page.goto(`${app.url}/#/packages?carrier=UPS`);
    await expect.poll(() => table.textContent()).toContain('E2E-DONE-2');
    expect(await table.locator('tr').count()).toBe(1);
    await page.goto(`${app.url}/#/packages`);
    await page.getByLabel('Search packages').fill('moving');
    await expect.poll(() => table.locator('tr').count()).toBe(1);

    // Create: the API's validation messages appear under the fields, then a valid package is created
    await page.getByRole('link', { name: 'New package' }).click();
    await page.getByLabel('Tracking number').fill('E2E NEW 4');
    await page.getByLabel('Carrier').fill('GLS');
    await page.getByRole('group', { name: 'Destination' }).getByLabel('Latitude').fill('123');
    await page.getByRole('group', { name: 'Destination' }).getByLabel('Longitude').fill('13.4');
    await page.getByRole('button', { name: 'Create package' }).click();
    await expect.poll(() => page.locator('.field-error').first().textContent()).toBeTruthy();
    await capture('package-form');
    await page.getByLabel('Tracking number').fill('E2E-NEW-4');
    await page.getByRole('group', { name: 'Destination' }).getByLabel('Latitude').fill('52.5');
    await page.getByRole('button', { name: 'Create package' }).click();
    await expect.poll(() => page.getByTestId('detail-tracking').textContent()).toBe('E2E-NEW-4');
    // The overview counts it at once: the create drops the dashboard's cached counts, and the server drops the
    // packageStats answer it shares for 5 s (the packages page asked for one a moment ago), so no live tick is needed.
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await expect.poll(() => page.getByTestId('metric-total').textContent(), { timeout: 3_000 }).toBe('4');

    // Import: three rows, one with a latitude out of range; the report names its line and the problem
    await page.goto(`${app.url}/#/import`);
    const file = ['tracking_number,carrier,destination_name,destination_lat,destination_lon', 'E2E-IMP-1,DPD,Hamburg,53.55,9.99', 'E2E-IMP-2,DPD,Nowhere,123,9.99', 'E2E-IMP-3,DPD,Köln,50.94,6.96'].join('\n');
    await page.getByLabel('File to import').setInputFiles({ name: 'packages.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await expect.poll(() => page.getByTestId('import-progress').textContent(), { timeout: 15_000 }).toContain('done');
    expect(await page.getByTestId('import-progress').textContent()).toContain('2 created');
    const report = await page.getByTestId('import-errors').textContent();
    expect(report).toContain('E2E-IMP-2');
    expect(report).toMatch(/lat/);
    await capture('import');

    // Anomalies: detection flags the carrier exception (asynchronously, after the events commit)
    await page.getByRole('link', { name: 'Anomalies', exact: true }).click();
    const anomalies = page.locator('table tbody');
    await expect.poll(() => anomalies.textContent(), { timeout: 20_000 }).toContain('E2E-STUCK-3');
    await capture('anomalies');
    const exceptionRow = anomalies.locator('tr', { hasText: 'Carrier exception' });
    await exceptionRow.getByRole('button', { name: 'Investigate' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Investigation of E2E-STUCK-3 started');
    // Acknowledging takes it off the default "Open" list
    await exceptionRow.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => exceptionRow.count()).toBe(0);

    // An unknown route says so
    await page.goto(`${app.url}/#/no-such-page`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await capture('not-found');

    // GraphiQL: bundled editor, the session's token authorizes its requests, and a link leads back
    await page.goto(`${app.url}/graphiql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').textContent(), { timeout: 15_000 }).toContain('E2E-');
    expect(await page.getByRole('link', { name: /ClearPath dashboard/ }).getAttribute('href')).toBe('/');
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForTimeout(250);
      if (size.name === 'phone') {
        // Usable on a phone: the editor is on screen and wide enough to type in, its controls within reach.
        await expectFitsWidth(page, 'graphiql');
        const editor = await page.locator('.graphiql-query-editor').boundingBox();
        expect(editor?.width).toBeGreaterThan(250);
        expect(await page.locator('.graphiql-execute-button').isVisible()).toBe(true);
      }
      await page.screenshot({ path: resolve(SCREENSHOTS, `graphiql-${size.name}.png`) });
    }
    await page.setViewportSize(SIZES[0]);

    expect(browser.consoleErrors).toEqual([]);

    // A stored token the gateway stops accepting (revoked key, expired session) leads back to sign-in
    // (expressions as strings: the test is type-checked without DOM types)
    await page.evaluate("sessionStorage.setItem('clearpath.token', 'cp_revoked_key')");
    await page.goto(`${app.url}/#/packages`);
    await expect.poll(() => page.locator('.notice').textContent()).toContain('401');
    expect(await page.getByLabel('API key or session token').isVisible()).toBe(true);
    expect(await page.evaluate("sessionStorage.getItem('clearpath.token')")).toBeNull();
    expect(browser.consoleErrors.every((message) => message.includes('401'))).toBe(true);

    // GraphiQL without a key: the schema is refused (401); an Authorization header typed in fetches it without a reload.
    await page.goto(`${app.url}/graphiql`);
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.getByText('Error fetching schema').waitFor();
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    const headers = JSON.stringify({ authorization: `Bearer ${ADMIN_KEY}` });
    await page.evaluate(`document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.setValue(${JSON.stringify(headers)})`);
    await page.getByText('Root Types').waitFor({ timeout: 10_000 });
    expect(await page.getByText('Error fetching schema').count()).toBe(0);
    // On a phone the open documentation sits above the editor, and nothing needs sideways scrolling.
    await page.setViewportSize(SIZES[1]);
    await page.waitForTimeout(250);
    await expectFitsWidth(page, 'graphiql with documentation');
    expect(await page.getByText('Root Types').isVisible()).toBe(true);
    expect((await page.locator('.graphiql-query-editor').boundingBox())?.width).toBeGreaterThan(250);
    await page.screenshot({ path: resolve(SCREENSHOTS, 'graphiql-docs-phone.png') });
    await page.setViewportSize(SIZES[0]);
    expect(browser.consoleErrors.every((message) => message.includes('401'))).toBe(true);

    expect(browser.foreignRequests).toEqual([]);
  }
});
