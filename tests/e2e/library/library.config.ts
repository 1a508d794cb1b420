import { defineConfig } from '@playwright/test';
import { e2eConfig } from '../config-base.ts';

/**
 * End-to-end tests on the real built-in library (the fixture suite in ../playwright.config.ts uses
 * small fixture scenarios). Builds to its own folder and serves on its own port.
 */
export default defineConfig(
  e2eConfig({
    port: 4174,
    outputDir: '../.output-library',
    timeout: 120_000,
    viteArgs: '--outDir ../dist-library',
    cwd: '../../..',
    serverTimeout: 180_000,
  }),
);
