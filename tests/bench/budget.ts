/**
 * Measures the built site's transfer budget from `dist/` (run `vite build` first), following
 * the manifest the way the page loads it, in the order a trainee meets it:
 *
 * (a) before any scenario is opened: the entry, everything it imports statically, their CSS,
 *     and the UI strings of a non-English UI language (fetched before the first paint);
 * (b) opening a scenario: what the briefing needs, i.e. the scenario screen's chunk (with the
 *     briefing) and the scenario's own chunk, per scenario of the library (median and largest);
 * (c) prefetched while the briefing is read, needed before the first reply: the player's UI,
 *     the play engine with xstate, and the rule texts of the UI language (per UI language);
 * (d) later: the scorer for typed replies with the scenario language's pack (per language),
 *     fetched on idle once the player's first frame is painted, and the debrief.
 *
 * Then the total a trainee downloads to play a scenario through to its debrief (a+b+c+d), so a
 * small (b) does not hide what moved to (c) and (d). Every file counts once: a file an earlier
 * step already loaded adds nothing to a later one.
 *
 * Budgets: 45 KB for (a), 25 KB for (b). Exits 1 when over budget.
 *
 *   npm run budget
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { closure as closureOf, keyOf as keyIn, readManifest } from './manifest.ts';
import { compileLibrary } from '../../src/build/compile-library.ts';
import { readLibrary } from '../../src/build/scenarios-plugin.ts';


const BUDGET_INITIAL_KB = 45;
const BUDGET_OPEN_KB = 25;
const LANGS = ['en', 'zh-TW', 'ja'] as const;
type Lang = (typeof LANGS)[number];

const dist = join(process.cwd(), 'dist');
const manifest = readManifest(dist);
const gz = new Map<string, number>();
const size = (file: string) => {
  let n = gz.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(join(dist, file))).length;
    gz.set(file, n);
  }
  return n;
};

const closure = (key: string, into = new Set<string>()): Set<string> => closureOf(manifest, key, into);

const keyOf = (suffix: string): string => keyIn(manifest, suffix);

/** Files of `keys` (with their static imports) that `loaded` does not already hold. */
function added(loaded: ReadonlySet<string>, ...keys: string[]): string[] {
  const files = new Set<string>();
  for (const key of keys) closure(key, files);
  return [...files].filter((f) => !loaded.has(f));
}

const union = (...lists: Iterable<string>[]) => new Set(lists.flatMap((l) => [...l]));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + size(f), 0);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const worstOf = <T extends { bytes: number }>(xs: T[]) => xs.reduce((a, b) => (b.bytes > a.bytes ? b : a));

const rows: [string, string][] = [];
const row = (label: string, value: string) => rows.push([label, value]);
const files = (list: Iterable<string>) => {
  for (const f of list) row(`    ${f}`, `${kb(size(f))} KB`);
};

// The same library the build read (`REPLY_DOJO_SCENARIOS`, as the scenarios plugin does).
const chunks = [...compileLibrary(readLibrary(process.cwd(), process.env.REPLY_DOJO_SCENARIOS ?? 'scenarios')).chunks.values()];
const scenarios = Object.keys(manifest)
  .filter((k) => k.includes('reply-dojo/scenario/'))
  .map((key) => {
    const id = key.slice(key.lastIndexOf('/') + 1);
    const compiled = chunks.find((c) => c.scenario.meta.id === id);
    if (!compiled) throw new Error(`The build has a chunk for ${id}, which the library does not hold: build and measure the same library.`);
    const { scenario } = compiled;
    const freeTextAtStart = (scenario.beatIndex[scenario.meta.start]?.freeText.length ?? 0) > 0;
    const freeTextAnywhere = Object.values(scenario.beatIndex).some((b) => (b?.freeText.length ?? 0) > 0);
    return { key, id, lang: scenario.meta.lang as Lang, freeTextAtStart, freeTextAnywhere };
  });
if (scenarios.length === 0) throw new Error('No scenario chunks in the manifest.');

// (a) Before any scenario is opened, per UI language (English strings are in the entry).
const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entryKey) throw new Error('No entry chunk in the manifest: run `vite build` first.');
const entry = closure(entryKey);
const initialByLang = new Map(LANGS.map((lang) => [lang, union(entry, lang === 'en' ? [] : added(entry, keyOf(`lib/i18n/${lang}.ts`)))]));
const initialBytes = Math.max(...LANGS.map((lang) => total(initialByLang.get(lang)!)));
row('(a) Before any scenario is opened (entry JS + CSS, UI strings)', `${kb(initialBytes)} KB gz, most costly UI language  (budget ${BUDGET_INITIAL_KB} KB)`);
for (const lang of LANGS) row(`  UI in ${lang}`, `${kb(total(initialByLang.get(lang)!))} KB`);
files(entry);

// (b) Opening a scenario: the scenario screen (briefing) and the scenario's own chunk.
const screenKey = keyOf('ui/player/PlayerScreen.svelte');
const screenFiles = added(entry, screenKey);
const opening = scenarios.map((s) => ({ ...s, files: union(screenFiles, added(entry, s.key)) })).map((s) => ({ ...s, bytes: total(s.files) }));
const openWorst = worstOf(opening);
const openMedian = median(opening.map((s) => s.bytes));
row(
  `(b) Opening a scenario: what the briefing needs (${scenarios.length} in the library)`,
  `median ${kb(openMedian)} KB, max ${kb(openWorst.bytes)} KB gz (${openWorst.id})  (budget ${BUDGET_OPEN_KB} KB)`,
);
row('  scenario screen with the briefing', `${kb(total(screenFiles))} KB`);
files(screenFiles);
const scenarioOnly = scenarios.map((s) => total(added(entry, s.key)));
row('  the scenario itself (text, HTML, graded options)', `median ${kb(median(scenarioOnly))} KB, max ${kb(Math.max(...scenarioOnly))} KB`);

// (c) Prefetched while the briefing is read: the player, the engine, the UI language's rule texts.
const partsKey = keyOf('ui/player/player-parts.ts');
const afterOpen = union(entry, screenFiles);
const playerFiles = added(afterOpen, partsKey);
const textsFiles = new Map(LANGS.map((lang) => [lang, added(union(initialByLang.get(lang)!, screenFiles, playerFiles), keyOf(`lib/scoring/texts/${lang}.ts`))]));
const prefetch = LANGS.map((lang) => ({ lang, bytes: total(union(playerFiles, textsFiles.get(lang)!)) }));
const prefetchWorst = worstOf(prefetch);
const preloadHints = readdirSync(join(dist, 'assets')).some((f) => f.endsWith('.js') && readFileSync(join(dist, 'assets', f), 'utf8').includes('modulepreload'));
row(
  '(c) Prefetched while the briefing is read, needed before the first reply',
  `${kb(prefetchWorst.bytes)} KB gz, most costly UI language (${prefetchWorst.lang})`,
);
row('  when', `import() once the briefing's first frame is painted${preloadHints ? ", with modulepreload links for the chunk's imports" : ''}; Start waits for it only if it has not arrived`);
row('  player UI, play engine, xstate', `${kb(total(playerFiles))} KB`);
files(playerFiles);
row('  rule texts of the UI language', LANGS.map((l) => `${l} ${kb(total(textsFiles.get(l)!))}`).join(', ') + ' KB');

// (d) Later: the scorer for typed replies (per scenario language) and the debrief.
const beforeReply = (lang: Lang) => union(initialByLang.get(lang)!, screenFiles, playerFiles, textsFiles.get(lang)!);
const graderKey = keyOf('ui/player/typed-reply-scorer.ts');
const graderCode = added(union(entry, screenFiles, playerFiles), graderKey);
const packFiles = new Map(LANGS.map((lang) => [lang, added(union(entry, screenFiles, playerFiles, graderCode), keyOf(`lib/scoring/detectors/${lang}.ts`))]));
const atStart = scenarios.filter((s) => s.freeTextAtStart).length;
row('(d) Loaded later', '');
row('  Scorer for typed replies, per scenario language', "loads ON IDLE after the player's first frame is painted, while a free-text box shows (at once when the box is focused)");
row(`    ${atStart} of ${scenarios.length} scenarios show a free-text box at their first beat, so it loads right after Start whether or not the trainee types`, '');
for (const lang of LANGS) {
  const pack = packFiles.get(lang)!;
  row(`    ${lang}`, `${kb(total([...graderCode, ...pack]))} KB gz (scorer ${kb(total(graderCode))} + pack ${kb(total(pack))})`);
}
row('    (a reply that mixes in another language also fetches that language’s pack)', '');
const debriefKey = keyOf('ui/debrief/AttemptScreen.svelte');
const debriefFiles = added(union(entry, screenFiles, playerFiles), debriefKey);
row('  Debrief', `${kb(total(debriefFiles))} KB gz, when the trainee opens it (the scorer too, if the attempt has typed replies and it is not loaded yet)`);

// Everything, for one scenario played through to its debrief: a + b + c + d, each file once.
const through = LANGS.flatMap((uiLang) =>
  opening.map((s) => {
    const scorer = s.freeTextAnywhere ? [...graderCode, ...packFiles.get(s.lang)!] : [];
    const all = union(beforeReply(uiLang), s.files, scorer, debriefFiles);
    return { uiLang, id: s.id, bytes: total(all) };
  }),
);
const throughWorst = worstOf(through);
row('Total to play a scenario through to its debrief (a+b+c+d)', `median ${kb(median(through.map((t) => t.bytes)))} KB, max ${kb(throughWorst.bytes)} KB gz (${throughWorst.id}, UI in ${throughWorst.uiLang})`);
for (const lang of LANGS) {
  const mine = through.filter((t) => t.uiLang === lang);
  row(`  UI in ${lang}`, `median ${kb(median(mine.map((t) => t.bytes)))} KB, max ${kb(Math.max(...mine.map((t) => t.bytes)))} KB`);
}
row('  (counts the typed-reply scorer for every scenario with a free-text box, as it loads on idle)', '');

const width = Math.max(...rows.map(([a]) => a.length));
for (const [a, b] of rows) console.log(`${a.padEnd(width)}  ${b}`);

const overInitial = initialBytes / 1024 > BUDGET_INITIAL_KB;
const overOpen = openWorst.bytes / 1024 > BUDGET_OPEN_KB;
console.log('');
console.log(`(a) Before opening: ${kb(initialBytes)} / ${BUDGET_INITIAL_KB} KB  ${overInitial ? 'FAIL' : 'pass'}`);
console.log(`(b) Opening a scenario (max): ${kb(openWorst.bytes)} / ${BUDGET_OPEN_KB} KB  ${overOpen ? 'FAIL' : 'pass'}`);
console.log(`(c) Prefetched during the briefing: ${kb(prefetchWorst.bytes)} KB  (no budget; before the first reply)`);
console.log(`Total through the debrief (max): ${kb(throughWorst.bytes)} KB  (no budget)`);
if (overInitial || overOpen) process.exitCode = 1;
