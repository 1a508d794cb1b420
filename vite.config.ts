/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { scenariosPlugin } from './src/build/scenarios-plugin.ts';
import { cspPlugin } from './src/build/csp-plugin.ts';
import { lazyScoringPlugin } from './src/build/lazy-scoring-plugin.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The page lives in src/ (index.html there); tests keep the project folder as their root.
  root: process.env.VITEST ? projectRoot : here('./src'),
  // Relative asset URLs so the built site works from any sub-path of any static host.
  base: './',
  publicDir: here('./static'),
  plugins: [
    svelte({ configFile: here('./svelte.config.js') }),
    scenariosPlugin({ projectRoot }),
    cspPlugin(),
    // Tests read every language pack and rule text at once; the site loads them per language.
    ...(process.env.VITEST ? [svelteTesting()] : [lazyScoringPlugin({ projectRoot })]),
  ],
  resolve: process.env.VITEST ? { conditions: ['module', 'browser', 'development|production'] } : {},
  build: {
    target: 'es2022',
    outDir: here('./dist'),
    emptyOutDir: true,
    reportCompressedSize: false,
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first page imports statically goes into one shared chunk: the lazy
        // screens share parts of it in different sets, which would otherwise cut it into small
        // chunks that cost a request each and compress worse.
        // The page's entry (index.html, main.ts) stays in its own chunk, the manifest's entry.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'], test: (id) => !/[\\/]src[\\/](main\.ts|index\.html)$/.test(id) }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
