/**
 * Measures the built site's transfer budget from `dist/` (run `vite build` first), following
 * the manifest the way the page loads it:
 *
 * - before any scenario is opened: the entry, everything it imports statically, their CSS,
 *   and the UI strings of a non-English UI language (fetched before the first paint);
 * - opening a scenario: the player's chunks, the scenario's chunk and the rule texts of the
 *   UI language, all fetched before the briefing shows — per scenario of the library, median
 *   and largest, for the UI language that costs most;
 * - later, and when: the scorer for typed replies with the scenario language's pack (per
 *   language), and the debrief.
 *
 * Budgets: 45 KB before opening, 25 KB for opening a scenario. Exits 1 when over budget.
 *
 *   npm run budget
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileLibrary } from '../../src/build/compile-library.ts';
import { readLibrary } from '../../src/build/scenarios-plugin.ts';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const BUDGET_INITIAL_KB = 45;
const BUDGET_OPEN_KB = 25;
const LANGS = ['en', 'zh-TW', 'ja'] as const;

const dist = join(process.cwd(), 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const gz = new Map<string, number>();
const size = (file: string) => {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(join(dist, file))).length;
    gz.set(file, n);
  }
  return n;
};

/** Files a chunk loads statically (itself, its static imports, their CSS). */
function closure(key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imp of chunk.imports ?? []) closure(imp, into);
  return into;
}

/** The manifest key of a source module, by the end of its path; throws when the build has none. */
function keyOf(suffix: string): string {
  const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
  if (!key) throw new Error(`No chunk for ${suffix} in the manifest: run \`vite build\` first.`);
  return key;
}

/** Files of `keys` (with their static imports) that `loaded` does not already hold. */
function added(loaded: ReadonlySet<string>, ...keys: string[]): string[] {
  const files = new Set<string>();
  for (const key of keys) closure(key, files);
  return [...files].filter((f) => !loaded.has(f));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + size(f), 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const rows: [string, string][] = [];
const row = (label: string, value: string) => rows.push([label, value]);
const files = (list: Iterable<string>) => {
  for (const f of list) row(`    ${f}`, `${kb(size(f))} KB`);
};

// Before any scenario is opened, per UI language (English strings are in the entry).
const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entryKey) throw new Error('No entry chunk in the manifest: run `vite build` first.');
const entry = closure(entryKey);
const initialByLang = new Map(LANGS.map((lang) => [lang, new Set([...entry, ...(lang === 'en' ? [] : added(entry, keyOf(`lib/i18n/${lang}.ts`)))])]));
const initialBytes = Math.max(...LANGS.map((lang) => total(initialByLang.get(lang)!)));
row('Before any scenario is opened (entry JS + CSS, UI strings)', `${kb(initialBytes)} KB gz, most costly UI language  (budget ${BUDGET_INITIAL_KB} KB)`);
for (const lang of LANGS) row(`  UI in ${lang}`, `${kb(total(initialByLang.get(lang)!))} KB`);
files(entry);

// Opening a scenario: player + scenario chunk + rule texts of the UI language.
const playerKey = keyOf('ui/player/PlayerScreen.svelte');
const scenarioKeys = Object.keys(manifest).filter((k) => k.includes('reply-dojo/scenario/'));
if (scenarioKeys.length === 0) throw new Error('No scenario chunks in the manifest.');
const playerFiles = added(entry, playerKey);
const open = LANGS.map((uiLang) => {
  const before = initialByLang.get(uiLang)!;
  const common = added(before, playerKey, keyOf(`lib/scoring/texts/${uiLang}.ts`));
  const perScenario = scenarioKeys.map((k) => ({ id: k.slice(k.lastIndexOf('/') + 1), bytes: total(new Set([...common, ...added(before, k)])) }));
  return { uiLang, common, perScenario, median: median(perScenario.map((s) => s.bytes)), max: Math.max(...perScenario.map((s) => s.bytes)) };
});
const worst = open.reduce((a, b) => (b.max > a.max ? b : a));
const largest = worst.perScenario.reduce((a, b) => (b.bytes > a.bytes ? b : a));
row(
  `Opening a scenario (${scenarioKeys.length} in the library)`,
  `median ${kb(worst.median)} KB, max ${kb(worst.max)} KB gz (${largest.id}, UI in ${worst.uiLang})  (budget ${BUDGET_OPEN_KB} KB)`,
);
for (const o of open) row(`  UI in ${o.uiLang}`, `median ${kb(o.median)} KB, max ${kb(o.max)} KB`);
row('  player (engine, xstate, player UI)', `${kb(total(playerFiles))} KB`);
files(playerFiles);
row('  rule texts of the UI language', LANGS.map((l) => `${l} ${kb(total(added(initialByLang.get(l)!, keyOf(`lib/scoring/texts/${l}.ts`))))}`).join(', ') + ' KB');
const scenarioOnly = scenarioKeys.map((k) => total(added(entry, k)));
row('  the scenario itself (text, HTML, graded options)', `median ${kb(median(scenarioOnly))} KB, max ${kb(Math.max(...scenarioOnly))} KB`);

// Later: the scorer for typed replies (per scenario language) and the debrief.
const afterOpen = new Set([...entry, ...playerFiles]);
row('Loaded later', '');
// The same library the build read (`REPLY_DOJO_SCENARIOS`, as the scenarios plugin does).
const chunks = [...compileLibrary(readLibrary(process.cwd(), process.env.REPLY_DOJO_SCENARIOS ?? 'scenarios')).chunks.values()];
const atStart = chunks.filter(({ scenario }) => (scenario.beatIndex[scenario.meta.start]?.freeText.length ?? 0) > 0).length;
row('  Scorer for typed replies, per scenario language', 'on idle once a free-text box shows, or when it is focused');
row(`    (${atStart} of ${chunks.length} scenarios show one at their first beat: fetched right after the player's first paint)`, '');
const graderKey = keyOf('ui/player/typed-reply-scorer.ts');
const graderCode = added(afterOpen, graderKey);
for (const lang of LANGS) {
  const pack = added(new Set([...afterOpen, ...graderCode]), keyOf(`lib/scoring/detectors/${lang}.ts`));
  row(`    ${lang}`, `${kb(total([...graderCode, ...pack]))} KB gz (scorer ${kb(total(graderCode))} + pack ${kb(total(pack))})`);
}
row('    (a reply that mixes in another language also fetches that language’s pack)', '');
row('  Debrief', `${kb(total(added(afterOpen, keyOf('ui/debrief/AttemptScreen.svelte'))))} KB gz, when the trainee opens it (plus the typed-reply scorer if the attempt has typed replies)`);

const width = Math.max(...rows.map(([a]) => a.length));
for (const [a, b] of rows) console.log(`${a.padEnd(width)}  ${b}`);

const overInitial = initialBytes / 1024 > BUDGET_INITIAL_KB;
const overOpen = worst.max / 1024 > BUDGET_OPEN_KB;
console.log('');
console.log(`Before opening: ${kb(initialBytes)} / ${BUDGET_INITIAL_KB} KB  ${overInitial ? 'FAIL' : 'pass'}`);
console.log(`Opening a scenario (max): ${kb(worst.max)} / ${BUDGET_OPEN_KB} KB  ${overOpen ? 'FAIL' : 'pass'}`);
if (overInitial || overOpen) process.exitCode = 1;
