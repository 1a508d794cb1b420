/**
 * Print one closing line for the whole suite, `N passed, N failed`, from the Vitest and Playwright
 * JSON reports (and svelte-check's exit status, counted as one check).
 * Usage: tsx tests/summarise-results.ts RESULTS_DIR CHECK_EXIT_CODE
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'tests/.results', checkCode = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = join(dir, 'vitest.json');
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
} else {
  console.log('vitest: no report (did it run?)');
  failed++;
}

for (const name of ['e2e.json', 'e2e-library.json']) {
  const report = join(dir, name);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected;
    skipped += r.stats.skipped;
  } else {
    console.log(`${name}: no report (did it run?)`);
    failed++;
  }
}

if (checkCode === '0') passed++;
else failed++;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
