import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './chromium.ts';

const PORT = 4173;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // The suite on the real library builds and serves it itself (library/library.config.ts).
  testIgnore: ['library/**'],
  outputDir: './.output',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: chromiumLaunch,
    locale: 'en-US',
    trace: 'off',
  },
  webServer: {
    command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    env: { REPLY_DOJO_SCENARIOS: 'tests/fixtures/e2e-scenarios' },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
