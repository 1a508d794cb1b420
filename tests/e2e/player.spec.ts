import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, tabTo, watchErrors } from './helpers.ts';

const PARCEL = '#/play/e2e-late-parcel';

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the library lists the scenarios, filters them, and shows a broken file’s diagnostics', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The parcel that never came' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Markup in a scenario file' })).toBeVisible();
  await expect(page.getByText('2 of 2 scenarios')).toBeVisible();

  await page.getByLabel('Customer').selectOption('joking');
  await expect(page.getByText('1 of 2 scenarios')).toBeVisible();
  await expect(page.getByRole('link', { name: 'The parcel that never came' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search').fill('parcel');
  await expect(page.getByText('1 of 2 scenarios')).toBeVisible();

  const broken = page.locator('[data-file="tests/fixtures/e2e-scenarios/zh-TW/broken-target.md"]');
  await expect(broken).toBeVisible();
  await expect(broken.getByText('target_missing')).toBeVisible();
  await expect(broken.getByText('line 30, column 13')).toBeVisible();
  await expect(broken.getByText('endings_missing')).toBeVisible();
  await expectNoAxeViolations(page, 'library');
  expect(errors).toEqual([]);
});

test('plays a scenario by mouse in practice mode, with coaching and a retry, to the debrief', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await page.getByRole('link', { name: 'The parcel that never came' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The parcel that never came' })).toBeVisible();
  await expect(page.getByText('You may refund shipping without asking anyone.')).toBeVisible();
  await expectNoAxeViolations(page, 'briefing');
  await page.getByRole('button', { name: /Start the clock/ }).click();

  await page.getByRole('button', { name: 'Pause clock' }).click();
  await expect(page.getByText('three days', { exact: true })).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Customer mood' })).toHaveAttribute('aria-valuenow', '25');
  await page.getByRole('button', { name: 'Skip to the next message' }).click();
  await expect(page.getByRole('region', { name: 'Public thread' }).getByText('Same thing happened to me last month')).toBeVisible();
  await expectNoAxeViolations(page, 'player');

  // A weak reply first, then try the beat again.
  await page.getByRole('button', { name: /caused by our courier partner/ }).click();
  const coaching = page.getByTestId('coaching');
  await expect(coaching.getByRole('heading', { name: 'Coaching' })).toBeFocused();
  await expect(coaching.getByText('Blaming the courier')).toBeVisible();
  await expect(coaching.locator('mark.fail').first()).toBeVisible();
  await expectNoAxeViolations(page, 'coaching');
  await coaching.getByRole('button', { name: /Try this beat again/ }).click();
  await expect(page.getByRole('meter', { name: 'Customer mood' })).toHaveAttribute('aria-valuenow', '25');

  await page.getByRole('button', { name: /DM us so I can check the order/ }).click();
  await expect(page.getByRole('meter', { name: 'Customer mood' })).toHaveAttribute('aria-valuenow', '50');
  await page.getByTestId('coaching').getByRole('button', { name: /Continue/ }).click();

  // The conversation moves private.
  const dm = page.getByRole('region', { name: /Private messages/ });
  await expect(dm).toBeVisible();
  await page.getByRole('button', { name: 'Skip to the next message' }).click();
  await expect(dm.getByText('I just want the shipping money back')).toBeVisible();
  await page.getByRole('button', { name: /refunded the shipping to your card/ }).click();
  await page.getByTestId('coaching').getByRole('button', { name: /See the debrief/ }).click();
  await page.getByRole('button', { name: /See the debrief/ }).click();

  const debrief = page.getByTestId('debrief');
  await expect(debrief.getByTestId('outcome')).toContainText('Resolved');
  await expect(debrief.getByRole('heading', { name: 'Playbook rules' })).toBeVisible();
  await expect(debrief.getByRole('img', { name: /Mood and reputation over time/ })).toBeVisible();
  await expect(debrief.getByText('Dana gets her shipping refunded')).toBeVisible();
  await expectNoAxeViolations(page, 'debrief');

  // Each finding links to its rule's explanation.
  await debrief.getByRole('row').nth(1).getByRole('link').click();
  await expect(page.locator('[id^="rule-"]:focus')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await debrief.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^reply-dojo-e2e-late-parcel-.*\.csv$/);

  await page.goto('./');
  await expect(page.locator('[data-scenario="e2e-late-parcel"] [data-status="done"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('plays a whole scenario with the keyboard alone, in assessment mode', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library' })).toBeFocused();
  await tabTo(page, (el) => el.textContent === 'The parcel that never came');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'The parcel that never came' })).toBeFocused();
  await tabTo(page, (el) => el instanceof HTMLInputElement && el.value === 'practice');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Assessment/ })).toBeChecked();
  await tabTo(page, (el) => el.textContent?.includes('Start the clock') === true);
  await page.keyboard.press('Enter');

  await tabTo(page, (el) => el.textContent?.includes('Pause clock') === true);
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.textContent?.includes('DM us so I can check the order') === true);
  await page.keyboard.press('Enter');
  // Assessment: no coaching; focus goes to the next reply panel.
  await expect(page.getByTestId('coaching')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your reply' })).toBeFocused();
  await tabTo(page, (el) => el.textContent?.includes('Refunds are only possible') === true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The conversation has ended.' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('debrief').getByTestId('outcome')).toContainText('Customer lost');
  await expect(page.getByRole('heading', { level: 1, name: 'The parcel that never came' })).toBeFocused();
  await expect(page.getByText('Stronger replies you could have picked')).toBeVisible();
  await expect(page.getByText(/refunded the shipping to your card/).first()).toBeVisible();
});

test('resumes after a reload at the same beat, clock and transcript', async ({ page }) => {
  await page.goto(`./${PARCEL}`);
  await page.getByRole('radio', { name: /Assessment/ }).check();
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  await page.getByRole('button', { name: 'Skip to the next message' }).click();
  await page.getByRole('button', { name: 'Skip to the next message' }).click();
  await page.getByRole('button', { name: /DM us so I can check the order/ }).click();
  const clock = await page.getByTestId('clock').textContent();
  const mood = await page.getByRole('meter', { name: 'Customer mood' }).getAttribute('aria-valuenow');

  await page.reload();
  await expect(page.getByText('Resumed where you left off.')).toBeVisible();
  await expect(page.getByTestId('clock')).toHaveText(clock!);
  await expect(page.getByRole('meter', { name: 'Customer mood' })).toHaveAttribute('aria-valuenow', mood!);
  await expect(page.getByRole('region', { name: 'Public thread' }).getByText(/DM us so I can check the order/)).toBeVisible();
  await expect(page.locator('[data-beat="private-talk"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Public thread' }).getByText('Same thing happened to me last month')).toBeVisible();

  await page.goto('./');
  await expect(page.locator('[data-scenario="e2e-late-parcel"] [data-status="progress"]')).toBeVisible();
});

test('a typed reply is graded and its verdicts pick the branch', async ({ page }) => {
  await page.goto(`./${PARCEL}`);
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  const box = page.getByLabel('Your reply (in English)');
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.getByText('Write something first')).toBeVisible();
  await box.fill("Dana, I'm really sorry your parcel is so late, that's frustrating. Please DM us and I'll check it and refund the shipping today. — Sam");
  await page.getByRole('button', { name: 'Post reply' }).click();
  const coaching = page.getByTestId('coaching');
  // The branch the reply took, in words, not in the scenario's syntax.
  await expect(coaching.getByTestId('branch')).toHaveText(
    'The trainer set this turn for typed replies where “Respond publicly, resolve privately” was done and “Acknowledge the feeling” was done.',
  );
  await expect(coaching.getByText(/=pass/)).toHaveCount(0);
  await expect(coaching.locator('mark.pass').first()).toBeVisible();
  await coaching.getByRole('button', { name: /Continue/ }).click();
  await expect(page.locator('[data-beat="private-talk"]')).toBeVisible();

  // The same beat again with a rude reply takes the other branch.
  await page.getByRole('button', { name: /could you DM us|refunded the shipping/ }).first().waitFor();
  await page.goto(`./${PARCEL}`);
  await page.getByRole('link', { name: /Leave/ }).waitFor();
});

test('a typed reply waits for its scorer, saying so, with the clock held', async ({ page }) => {
  // Hold the scorer's download until the trainee has posted.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  let requested = 0;
  await page.route('**/typed-reply-scorer-*.js', async (route) => {
    requested++;
    await held;
    await route.continue();
  });
  await page.goto(`./${PARCEL}`);
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  const clock = await page.getByTestId('clock').textContent();
  await page.getByLabel('Your reply (in English)').fill("Dana, I'm really sorry your parcel is so late. Please DM us and I'll check it and refund the shipping today. — Sam");
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.getByTestId('grading')).toHaveText('Grading your reply…');
  await page.getByRole('button', { name: 'Resume clock' }).click();
  await page.waitForTimeout(1500);
  expect(requested).toBe(1);
  release();
  const coaching = page.getByTestId('coaching');
  await expect(coaching.getByRole('heading', { name: 'Coaching' })).toBeFocused();
  await expect(coaching.locator('mark.pass').first()).toBeVisible();
  // Posted at the moment of the click: the clock stood still while the scorer loaded.
  await expect(page.getByTestId('clock')).toHaveText(clock!);
});

test('a rude typed reply leads to the pile-on', async ({ page }) => {
  await page.goto(`./${PARCEL}`);
  await page.getByRole('radio', { name: /Assessment/ }).check();
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  await page.getByLabel('Your reply (in English)').fill('That is not true. You should have read the terms!!!');
  await page.getByRole('button', { name: 'Post reply' }).click();
  await expect(page.locator('[data-beat="pile-on"]')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Public thread' }).getByText('They never answer anyone here.')).toBeVisible();
});

test('switches the UI language and keeps the scenario in its own', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('ui-lang').selectOption('ja');
  await expect(page.getByRole('heading', { level: 1, name: 'シナリオ一覧' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expectNoAxeViolations(page, 'library (ja)');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'シナリオ一覧' })).toBeVisible();
  await page.getByTestId('ui-lang').selectOption('zh-TW');
  await expect(page.getByRole('heading', { level: 1, name: '情境庫' })).toBeVisible();
  await page.getByRole('link', { name: 'The parcel that never came' }).click();
  await expect(page.getByRole('button', { name: /開始計時/ })).toBeVisible();
  await page.getByRole('button', { name: /開始計時/ }).click();
  await expect(page.getByText('three days', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '你的回覆' })).toBeVisible();
});

test('markup in a scenario file never runs', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/play/e2e-xss-probe');
  await expect(page.getByRole('heading', { level: 1, name: 'Markup in a scenario file' })).toBeVisible();
  const briefing = page.getByRole('region', { name: 'Briefing' });
  await expect(briefing.getByText(/a link/)).toBeVisible();
  expect(await page.locator('a[href^="javascript"], [onerror], [onmouseover]').count()).toBe(0);
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await expect(page.getByText('lol')).toBeVisible();
  await page.getByText('lol').hover();
  await page.getByRole('button', { name: /Glad it made you laugh/ }).click();
  await page.getByTestId('coaching').getByRole('button', { name: /See the debrief/ }).click();
  await page.getByRole('button', { name: /See the debrief/ }).click();
  await expect(page.getByText('The end.')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(await page.locator('main script, main img, main iframe, main [onerror], main [onmouseover]').count()).toBe(0);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  expect(errors.filter((e) => !e.includes('Content Security Policy'))).toEqual([]);
});

test('corrupted saved data is set aside and reported, never a blank screen', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('reply-dojo', '{"version":1,"attempts":[oops'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be read and was set aside');
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library' })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('reply-dojo.set-aside.'))).toBe(true);
});

test('a choice click shows its coaching in the same task, focused, and the player measures click to frame', async ({ page }) => {
  // How fast is a benchmark (`npm run bench`, tests/bench/click.ts), not a test: this checks what
  // it measures. The coaching is in the DOM before the next task, and the player's own measure
  // from the click to the next frame is recorded, click after click.
  await page.goto(`./${PARCEL}`);
  await page.getByRole('button', { name: /Start the clock/ }).click();
  await page.getByRole('button', { name: 'Pause clock' }).click();
  const coaching = page.getByTestId('coaching');
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('[data-choice="0"]')).toBeVisible();
    const seen = await page.evaluate(async () => {
      performance.clearMeasures('reply-dojo:choice-to-frame');
      document.querySelector<HTMLButtonElement>('[data-choice="0"]')!.click();
      // Svelte applies the change in microtasks, and the focus moves in one: all run before this task.
      await new Promise((r) => setTimeout(r, 0));
      const shown = document.querySelector('[data-testid="coaching"]') !== null;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const frame = performance.getEntriesByName('reply-dojo:choice-to-frame')[0]?.duration ?? Number.NaN;
      return { shown, frame };
    });
    expect(seen.shown).toBe(true);
    expect(Number.isFinite(seen.frame) && seen.frame >= 0).toBe(true);
    await expect(coaching.getByRole('heading', { name: 'Coaching' })).toBeFocused();
    await coaching.getByRole('button', { name: /Try this beat again/ }).click();
  }
});
