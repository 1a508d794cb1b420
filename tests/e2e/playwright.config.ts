import { defineConfig } from '@playwright/test';
import { e2eConfig } from './config-base.ts';

/** End-to-end tests on small fixture scenarios (tests/fixtures/e2e-scenarios). */
export default defineConfig(
  e2eConfig({
    port: 4173,
    outputDir: './.output',
    timeout: 60_000,
    cwd: '../..',
    env: { REPLY_DOJO_SCENARIOS: 'tests/fixtures/e2e-scenarios' },
    // The suite on the real library builds and serves it itself (library/library.config.ts).
    testIgnore: ['library/**'],
    serverTimeout: 120_000,
  }),
);
