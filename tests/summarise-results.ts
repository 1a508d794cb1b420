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

const e2e = join(dir, 'e2e.json');
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  passed += r.stats.expected + r.stats.flaky;
  failed += r.stats.unexpected;
  skipped += r.stats.skipped;
} else {
  console.log('e2e: no report (did it run?)');
  failed++;
}

if (checkCode === '0') passed++;
else failed++;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
