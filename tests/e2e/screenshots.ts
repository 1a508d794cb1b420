/**
 * `npm run screenshots`: builds the site with the built-in library, serves it, and saves the README's
 * screenshots (library, player with coaching, debrief) to tests/e2e/screenshots/. For CJK text to
 * render, install Debian's fonts-noto-cjk and fonts-noto-color-emoji first.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunch } from './chromium.ts';

const PORT = 4175;
const OUT = new URL('./screenshots/', import.meta.url).pathname;
const BASE = `http://127.0.0.1:${PORT}/`;

async function waitForServer(url: string, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no server at ${url}`);
}

async function playSome(page: Page, moves: number): Promise<void> {
  for (let i = 0; i < moves; i++) {
    await page.locator('section.reply button.choice').first().click();
    const next = page.getByTestId('coaching').getByRole('button').last();
    if (i < moves - 1 && (await next.isVisible())) await next.click();
  }
}

const build = spawnSync('npx', ['vite', 'build', '--outDir', '../dist-screens'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--outDir', '../dist-screens', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  await waitForServer(BASE);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch(chromiumLaunch);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await page.goto(BASE);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: `${OUT}library.png` });

  // The player: a Traditional Chinese scenario with the UI in English, coaching shown.
  await page.locator('[data-scenario="wrong-bento-delivery"] a').first().click();
  await page.locator('form.setup button[type="submit"], button:has-text("Start the clock")').first().click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  await page.getByRole('button', { name: /Skip to the next message/ }).click();
  await playSome(page, 1);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}player.png`, fullPage: true });

  // The debrief: a Japanese scenario with the UI in Japanese, played to its end.
  await page.goto(BASE);
  await page.getByTestId('ui-lang').selectOption('ja');
  await page.locator('[data-scenario="hana-okihai-chien"] a').first().click();
  await page.locator('input[name="mode"][value="assessment"]').check();
  await page.locator('form.setup button[type="submit"]').first().click();
  for (let i = 0; i < 30; i++) {
    const toDebrief = page.locator('button', { hasText: '振り返りを見る' });
    if (await toDebrief.first().isVisible()) {
      await toDebrief.first().click();
      break;
    }
    const choices = page.locator('section.reply button.choice');
    await choices.nth(i % Math.max(1, (await choices.count()) - 1)).click();
    await page.waitForTimeout(100);
  }
  await page.getByTestId('debrief').waitFor();
  await page.waitForTimeout(300);
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${OUT}debrief.png` });
  await browser.close();
  console.log(`saved screenshots to ${OUT}`);
} finally {
  if (server.pid) process.kill(-server.pid);
}
