/**
 * `npm run bench`: every benchmark, printed as Markdown. Figures are medians over repeated runs;
 * the machine is shared, so compare medians, never single runs.
 */
import { benchChoiceClick } from './click.ts';
import { benchEngine } from './engine.ts';
import { benchScorer } from './scorer.ts';

const started = Date.now();
console.log(`# Reply Dojo benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(await benchEngine());
console.log();
console.log(await benchScorer());
console.log();
console.log(await benchChoiceClick());
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all; the bundle budget is \`npm run budget\`.)`);
