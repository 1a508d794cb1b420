import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium.ts';

/**
 * What both end-to-end suites share: one worker in Debian's Chromium against a site that
 * `vite build` makes and `vite preview` serves on `port`. Each suite says what it builds.
 */
export function e2eConfig(options: {
  port: number;
  outputDir: string;
  timeout: number;
  /** Extra `vite` arguments for both commands (e.g. `--outDir …`). */
  viteArgs?: string;
  /** The project folder, relative to the config file. */
  cwd: string;
  env?: Record<string, string>;
  testIgnore?: string[];
  serverTimeout: number;
}): PlaywrightTestConfig {
  const url = `http://127.0.0.1:${options.port}/`;
  const vite = options.viteArgs ? ` ${options.viteArgs}` : '';
  return {
    testDir: '.',
    testMatch: '*.spec.ts',
    ...(options.testIgnore ? { testIgnore: options.testIgnore } : {}),
    outputDir: options.outputDir,
    workers: 1,
    retries: 0,
    timeout: options.timeout,
    reporter: [['list']],
    use: { baseURL: url, launchOptions: chromiumLaunch, locale: 'en-US', trace: 'off' },
    webServer: {
      command: `npx vite build${vite} && npx vite preview${vite} --host 127.0.0.1 --port ${options.port} --strictPort`,
      cwd: options.cwd,
      url,
      ...(options.env ? { env: options.env } : {}),
      reuseExistingServer: false,
      timeout: options.serverTimeout,
    },
  };
}
