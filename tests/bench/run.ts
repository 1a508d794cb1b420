/**
 * `npm run bench`: every benchmark, printed as Markdown. Figures are medians over repeated runs;
 * the machine is shared, so compare medians, never single runs.
 *
 * Each benchmark runs in a Node process of its own, as a trainee's tab runs only what it needs:
 * in one shared process the scorer was measured after the engine had compiled some 60,000 beats,
 * and how fast it then ran depended on what the engine benchmark had left in the heap and the
 * JIT's feedback (a pattern change that measured level on its own cost the Japanese replies
 * about a sixth there, 5,950 replies/s by the cue tables against 7,120–7,190 without it).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BENCHMARKS = ['engine.ts', 'scorer.ts', 'click.ts'] as const;

const started = Date.now();
console.log(`# Reply Dojo benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
let failed = false;
for (const [i, file] of BENCHMARKS.entries()) {
  if (i > 0) console.log();
  const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL(file, import.meta.url))], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    console.error(`${file}: exited with ${run.status ?? run.signal}`);
    failed = true;
  }
}
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all, each benchmark in a process of its own; the bundle budget is \`npm run budget\`.)`);
if (failed) process.exitCode = 1;
