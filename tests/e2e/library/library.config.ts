import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from '../chromium.ts';

/**
 * End-to-end tests on the real built-in library (the fixture suite in ../playwright.config.ts uses
 * small fixture scenarios). Builds to its own folder and serves on its own port.
 */
const PORT = 4174;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../.output-library',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: chromiumLaunch,
    locale: 'en-US',
    trace: 'off',
  },
  webServer: {
    command: `npx vite build --outDir ../dist-library && npx vite preview --outDir ../dist-library --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
