import { expect, test, type Page } from '@playwright/test';
import { TABLES } from '../../../src/lib/i18n/tables.ts';
import type { Lang } from '../../../src/lib/scoring/contract.ts';
import { expectNoAxeViolations, watchErrors } from '../helpers.ts';

/**
 * What a new user does after the README's first command: land on the library, switch the UI to
 * their language, play a scenario of that language to its debrief, reloading midway.
 */
const RUNS: { lang: Lang; scenario: string }[] = [
  { lang: 'en', scenario: 'swapped-curry' },
  { lang: 'zh-TW', scenario: 'wrong-bento-delivery' },
  { lang: 'ja', scenario: 'hana-okihai-chien' },
];

async function beatAndLength(page: Page): Promise<{ beat: string | null; turns: number }> {
  return {
    beat: await page.locator('section.reply').getAttribute('data-beat'),
    turns: await page.locator('[data-kind]').count(),
  };
}

for (const { lang, scenario } of RUNS) {
  test(`plays ${scenario} to its debrief with the UI in ${lang}, surviving a reload`, async ({ page }) => {
    const t = TABLES[lang];
    const errors = watchErrors(page);
    await page.goto('./');
    await page.getByTestId('ui-lang').selectOption(lang);
    await expect(page.getByRole('heading', { level: 1, name: t['library.title'] })).toBeVisible();
    await expectNoAxeViolations(page, `library (${lang})`);

    await page.locator(`[data-scenario="${scenario}"] a`).first().click();
    await page.locator('input[name="mode"][value="assessment"]').check();
    await page.getByRole('button', { name: t['briefing.start'] }).click();
    await page.getByRole('button', { name: t['player.pause'] }).click();

    for (let move = 0; move < 40; move++) {
      expect(errors).toEqual([]);
      const toDebrief = page.getByRole('button', { name: t['player.toDebrief'] });
      if (await toDebrief.isVisible()) {
        await toDebrief.click();
        break;
      }
      const choices = page.locator('section.reply button.choice');
      await expect(choices.first()).toBeVisible();
      if (move === 2) {
        // Reload midway: the same beat, the same transcript.
        const before = await beatAndLength(page);
        await page.reload();
        await expect(page.locator('section.reply')).toBeVisible();
        expect(await beatAndLength(page)).toEqual(before);
      }
      const count = await choices.count();
      // Rotate through the options so the walk visits more than one branch.
      await choices.nth(move % count).click();
      await expect(page.locator('section.reply').or(toDebrief).first()).toBeVisible();
    }

    const debrief = page.getByTestId('debrief');
    await expect(debrief.getByTestId('outcome')).toBeVisible();
    await expect(debrief.getByRole('heading', { name: t['debrief.rules'], exact: true })).toBeVisible();
    await expectNoAxeViolations(page, `debrief (${lang})`);

    // "Print to PDF" gives a one-page report.
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1);
    expect(errors).toEqual([]);
  });
}

// The page rests scrolled after the coaching panel closes at this height: without the reveal, the
// customer's answer starts under the bar.
test('after Continue, the first new message starts below the sticky clock bar', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('./');
  await page.locator('[data-scenario="checkout-fees"] a').first().click();
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  await page.getByRole('button', { name: 'Skip to the next message' }).click();
  const seqs = async (): Promise<number[]> => page.locator('[data-seq]').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.seq)));
  const before = await seqs();
  await page.locator('section.reply button.choice').first().click();
  await page.getByTestId('coaching').getByRole('button', { name: /Continue/ }).click();
  await page.getByRole('button', { name: 'Skip to the next message' }).click();
  await expect(page.locator('section.reply button.choice').first()).toBeVisible();
  const after = await seqs();
  // The trainee's own reply was seen in the coaching panel; the customer's answer is what is new.
  const fresh = after.filter((s) => !before.includes(s));
  expect(fresh.length).toBeGreaterThan(1);
  const firstUnread = fresh[1]!;
  const { top, barBottom, bottom } = await page.evaluate((seq) => {
    const el = document.querySelector<HTMLElement>(`[data-seq="${seq}"]`)!.getBoundingClientRect();
    return { top: el.top, bottom: el.bottom, barBottom: document.querySelector('.status')!.getBoundingClientRect().bottom };
  }, firstUnread);
  expect(top).toBeGreaterThanOrEqual(barBottom);
  expect(bottom).toBeLessThanOrEqual(1000);
});
