import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Run axe-core on the page and fail with a readable list of violations. The built page's CSP
 * forbids inline script (page.addScriptTag inlines it), so under the policy axe goes in through
 * the debugging protocol (page.evaluate), which a page's policy does not govern.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').count();
    if (csp === 0) await page.addScriptTag({ path: AXE_PATH });
    else await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const readable = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(readable, `axe violations on ${label}`).toEqual([]);
}

/** Press Tab until the focused element matches, as a keyboard user would (fails after `max` presses). */
export async function tabTo(page: Page, matches: (el: Element) => boolean, max = 60): Promise<void> {
  const fn = matches.toString();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate((src) => {
      const el = document.activeElement;
      // eslint-disable-next-line no-new-func
      return !!el && (new Function(`return (${src})`)() as (e: Element) => boolean)(el);
    }, fn);
    if (ok) return;
  }
  throw new Error(`Tab never reached the element after ${max} presses`);
}

/** Collect CSP violations and page errors, to assert none happened. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
