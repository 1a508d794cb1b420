/**
 * How fast a picked option shows its coaching in the player, in Debian's Chromium: the app is
 * built on the end-to-end fixture scenarios and served by `vite preview`, then an option of the
 * late-parcel scenario is clicked 21 times (each time followed by "Try this beat again"). Per click:
 * `ready`, from the click to the DOM holding the coaching, styled and laid out (the work that must
 * fit before the next paint); `handler`, the click handler alone; `frame`, the player's own
 * measure, click to the next animation frame. Target: `ready` within one frame at 60 Hz (16 ms),
 * median. A benchmark, not a test: the machine is shared and its speed varies.
 *
 *   npx tsx tests/bench/click.ts
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch } from '../e2e/chromium.ts';
import { runAsScript } from './script.ts';

const CLICKS = 21;
const SCENARIO = '#/play/e2e-late-parcel';
const FIXTURES = 'tests/fixtures/e2e-scenarios';

interface Sample {
  ready: number;
  handler: number;
  frame: number;
}

const at = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** Clicks the first option, waits for its coaching, then retries the beat; `CLICKS` times. */
async function clickSamples(url: string): Promise<Sample[]> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch(chromiumLaunch);
  try {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(url + SCENARIO);
    await page.getByRole('button', { name: /Start the clock/ }).click();
    await page.getByRole('button', { name: 'Pause clock' }).click();
    const samples: Sample[] = [];
    for (let i = 0; i < CLICKS; i++) {
      await page.locator('[data-choice="0"]').waitFor();
      samples.push(
        await page.evaluate(async () => {
          performance.clearMeasures('reply-dojo:choice-to-frame');
          const button = document.querySelector<HTMLButtonElement>('[data-choice="0"]')!;
          const t0 = performance.now();
          button.click();
          const handler = performance.now() - t0;
          // Svelte applies the change in microtasks, and the focus moves in one: all run before this task.
          await new Promise((r) => setTimeout(r, 0));
          if (!document.querySelector('[data-testid="coaching"]')) throw new Error('no coaching after the click');
          void document.body.getBoundingClientRect().height;
          const ready = performance.now() - t0;
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const frame = performance.getEntriesByName('reply-dojo:choice-to-frame')[0]?.duration ?? Number.NaN;
          return { ready, handler, frame };
        }),
      );
      await page.getByTestId('coaching').getByRole('button', { name: /Try this beat again/ }).click();
    }
    return samples;
  } finally {
    await browser.close();
  }
}

/** Builds and serves the app on the fixtures, measures, and returns a printable line. */
export async function benchChoiceClick(): Promise<string> {
  if (!existsSync(chromiumLaunch.executablePath!)) return `choice click: skipped (${chromiumLaunch.executablePath} not found)`;
  const { build, preview } = await import('vite');
  const out = mkdtempSync(join(tmpdir(), 'click-bench-'));
  const before = process.env.REPLY_DOJO_SCENARIOS;
  process.env.REPLY_DOJO_SCENARIOS = FIXTURES;
  try {
    await build({ logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
    const server = await preview({ logLevel: 'silent', build: { outDir: out }, preview: { host: '127.0.0.1', port: 0, open: false } });
    try {
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error('vite preview gave no address');
      const samples = await clickSamples(url);
      const rest = samples.slice(1);
      const figure = (k: keyof Sample) => `${k}: median ${at(rest.map((s) => s[k]), 0.5).toFixed(1)} ms, p95 ${at(rest.map((s) => s[k]), 0.95).toFixed(1)} ms`;
      const ready = at(rest.map((s) => s.ready), 0.5);
      return (
        `choice click, ${rest.length} clicks after the first (${samples[0]!.ready.toFixed(1)} ms, it also compiles the code it runs): ` +
        `${(['ready', 'handler', 'frame'] as const).map(figure).join('; ')} (target: ready within one frame, < 16 ms) ${ready < 16 ? 'OK' : 'SLOW'}`
      );
    } finally {
      await server.close();
    }
  } finally {
    if (before === undefined) delete process.env.REPLY_DOJO_SCENARIOS;
    else process.env.REPLY_DOJO_SCENARIOS = before;
    rmSync(out, { recursive: true, force: true });
  }
}

runAsScript(import.meta.url, benchChoiceClick);
