import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium, as every browser test here runs it: Playwright never downloads a browser of its
 * own, and without the background-networking flags Chromium keeps calling hosts this machine cannot reach.
 */
export const chromiumLaunch: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
