import { expect, test, type Page } from '@playwright/test';
import { closure as closureOf, keyOf as keyIn, readManifest } from '../bench/manifest.ts';

/**
 * Opening a scenario shows its briefing from the scenario's own chunk and a small screen; the
 * player, the play engine (xstate) and the rule texts download while the briefing is read, and
 * the typed-reply scorer only once the player's first frame is on screen.
 */
const PARCEL = '#/play/e2e-late-parcel';

/** The chunks of the build the web server serves, read in the test (the server builds it after the files load). */
function builtChunks() {
  const manifest = readManifest(new URL('../../dist', import.meta.url).pathname);
  const keyOf = (suffix: string) => keyIn(manifest, suffix);
  const closure = (key: string, into = new Set<string>()): Set<string> => closureOf(manifest, key, into);
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entryKey) throw new Error('No entry in the manifest');
  const briefingFiles = closure(keyOf('ui/player/PlayerScreen.svelte'), closure(entryKey));
  return {
    /** What the player needs and the briefing does not: the player's UI, the engine, xstate. */
    playerFiles: [...closure(keyOf('ui/player/player-parts.ts'))].filter((f) => !briefingFiles.has(f)),
    playerChunk: manifest[keyOf('ui/player/player-parts.ts')]!.file,
    scorerChunk: manifest[keyOf('ui/player/typed-reply-scorer.ts')]!.file,
  };
}

/** Record, in page time, when the briefing and the player appear and when the player's first frame is painted. */
async function watchScreens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Record<string, number> = {};
    const progress: string[] = [];
    Object.assign(window, { __seen: seen, __progress: progress });
    new MutationObserver(() => {
      if (seen.briefing === undefined && document.querySelector('article.briefing h1')) seen.briefing = performance.now();
      if (seen.player === undefined && document.querySelector('.player h1')) {
        seen.player = performance.now();
        // A task queued from the next frame callback runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => (seen.playerPainted = performance.now()), 0));
      }
      const status = document.querySelector('[data-testid="start-status"]')?.textContent?.trim();
      if (status) progress.push(status);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

/** When each of `files` started downloading, in page time (undefined if it was not requested). */
async function requestTimes(page: Page, files: readonly string[]): Promise<Record<string, number | undefined>> {
  return page.evaluate((wanted) => {
    const entries = performance.getEntriesByType('resource');
    return Object.fromEntries(wanted.map((f) => [f, entries.find((e) => e.name.endsWith(`/${f}`))?.startTime]));
  }, files);
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Record<string, number | undefined> }).__seen);

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('opening a scenario shows the briefing first, fetches the player after it, and Start shows the player at once', async ({ page }) => {
  const { playerFiles, playerChunk, scorerChunk } = builtChunks();
  expect(playerFiles).toContain(playerChunk);
  expect(playerFiles.length).toBeGreaterThan(1);
  await watchScreens(page);
  await page.goto('./');
  await page.getByRole('link', { name: 'The parcel that never came' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The parcel that never came' })).toBeFocused();

  // The player arrives in the background, without a click, every part of it after the briefing was on screen.
  await expect(page.locator('form[data-player="ready"]')).toBeVisible();
  const times = await requestTimes(page, playerFiles);
  const briefingAt = (await seen(page)).briefing!;
  expect(briefingAt).toBeGreaterThan(0);
  for (const file of playerFiles) {
    expect(times[file], `${file} was fetched`).toBeDefined();
    expect(times[file]!, `${file} was requested after the briefing rendered`).toBeGreaterThan(briefingAt);
  }
  // Nor did the briefing bring the typed-reply scorer.
  expect((await requestTimes(page, [scorerChunk]))[scorerChunk]).toBeUndefined();

  await page.getByRole('button', { name: /Start the clock/ }).click();
  await expect(page.locator('.player h1')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Pause clock' })).toBeVisible();
  // Everything was there: no waiting state showed, not even for a frame.
  expect(await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)).toEqual([]);

  // The first beat has a free-text box: its scorer loads on idle, after the player's first frame.
  await expect.poll(async () => (await requestTimes(page, [scorerChunk]))[scorerChunk]).toBeDefined();
  const scorerAt = (await requestTimes(page, [scorerChunk]))[scorerChunk]!;
  const { playerPainted } = await seen(page);
  expect(playerPainted).toBeDefined();
  expect(scorerAt).toBeGreaterThan(playerPainted!);
});

test('Start pressed before the player has arrived waits for it, saying so, and then plays without another click', async ({ page }) => {
  const { playerChunk } = builtChunks();
  let requests = 0;
  await page.route(`**/${playerChunk}`, async (route) => {
    requests++;
    await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  await page.goto(`./${PARCEL}`);
  await expect(page.getByRole('heading', { level: 1, name: 'The parcel that never came' })).toBeFocused();
  await expect(page.locator('form[data-player="loading"]')).toBeVisible();
  await page.getByRole('radio', { name: /Assessment/ }).check();
  const start = page.getByRole('button', { name: /Start the clock/ });
  await start.click();
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Getting the conversation ready…' })).toBeVisible();

  // The one click is enough: the player shows when its chunk arrives, in the mode picked.
  await expect(page.locator('.player h1')).toBeFocused({ timeout: 15_000 });
  await expect(page.locator('.player .titlebar')).toContainText('Assessment');
  await expect(page.getByRole('button', { name: 'Pause clock' })).toBeVisible();
  expect(requests).toBe(1);
});

test('resuming mid-play loads the player directly, with no briefing', async ({ page }) => {
  await watchScreens(page);
  await page.goto(`./${PARCEL}`);
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  await page.getByRole('button', { name: /DM us so I can check the order/ }).click();
  await page.reload();
  await expect(page.getByText('Resumed where you left off.')).toBeVisible();
  expect((await seen(page)).briefing).toBeUndefined();
});
