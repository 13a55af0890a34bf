import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Screenshots of every page at both sizes land here (gitignored): look at them, they are the product. */
export const SCREENSHOTS = resolve(ROOT, 'test', 'e2e', 'output');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Nothing may need sideways scrolling at phone width: the page fits, no box scrolls sideways, and every link,
 * button and field lies within the viewport's width. Maps (pannable), code editors and <pre> blocks are exempt.
 * (An expression as a string: the tests are type-checked without DOM types.)
 */
export async function expectFitsWidth(page: Page, name: string): Promise<void> {
  const problems = await page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    const exempt = (el) => el.closest('.leaflet-container, .CodeMirror, pre');
    const describe = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '') +
      ' "' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40) + '"';
    if (document.documentElement.scrollWidth > width + 1) found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px in ' + width);
    for (const el of document.querySelectorAll('body *')) {
      if (exempt(el)) continue;
      const overflowX = getComputedStyle(el).overflowX;
      if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) found.push('scrolls sideways: ' + describe(el));
    }
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
      if (exempt(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.right > width + 1) found.push('beyond the edge (' + Math.round(r.left) + ' to ' + Math.round(r.right) + ' px): ' + describe(el));
    }
    return found;
  })()`);
  expect(problems, `${name} at ${page.viewportSize()?.width ?? '?'} px wide`).toEqual([]);
}

/**
 * Screenshots of the current page at both sizes (at phone size nothing may need sideways scrolling), and an
 * axe-core check with no serious or critical violation.
 */
export async function capture(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // From the top: a full-page picture taken scrolled down draws the sticky top bar mid-page.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.waitForTimeout(250); // layout and map resize settle
    if (size.name === 'phone') await expectFitsWidth(page, name);
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${size.name}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
  if ((await page.evaluate('typeof axe')) === 'undefined') await page.addScriptTag({ content: AXE_SOURCE });
  const serious = await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }).then((r) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`);
  expect(serious, `accessibility on ${name}`).toEqual([]);
}
