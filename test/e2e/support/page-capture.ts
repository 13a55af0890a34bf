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

/** Screenshots of the current page at both sizes, and an axe-core check with no serious or critical violation. */
export async function capture(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(250); // layout and map resize settle
    await page.screenshot({ path: resolve(SCREENSHOTS, `${name}-${size.name}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
  if ((await page.evaluate('typeof axe')) === 'undefined') await page.addScriptTag({ content: AXE_SOURCE });
  const serious = await page.evaluate(`axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] }).then((r) =>
    r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`);
  expect(serious, `accessibility on ${name}`).toEqual([]);
}
