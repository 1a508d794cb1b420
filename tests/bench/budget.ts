/**
 * Measures the built site's transfer budget from `dist/` (run `vite build` first):
 * the gzipped JS+CSS loaded before any scenario is opened, and what opening a scenario adds
 * (the player chunk group plus the scenario's own chunk). Exits 1 when over budget.
 *
 *   npm run budget
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const total = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + size(f), 0);

const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
if (!entryKey) throw new Error('No entry chunk in the manifest: run `vite build` first.');
const initial = closure(entryKey);
const initialBytes = total(initial);

const playerKey = Object.keys(manifest).find((k) => k.endsWith('ui/player/PlayerScreen.svelte'));
if (!playerKey) throw new Error('No player chunk in the manifest.');
const player = [...closure(playerKey)].filter((f) => !initial.has(f));
const playerBytes = total(player);

const scenarios = Object.entries(manifest)
  .filter(([k]) => k.includes('reply-dojo/scenario/'))
  .map(([k, c]) => ({ id: k.slice(k.lastIndexOf('/') + 1), bytes: total([...closure(k)].filter((f) => !initial.has(f) && !player.includes(f))) }))
  .sort((a, b) => a.bytes - b.bytes);
const largest = scenarios[scenarios.length - 1];
const median = scenarios[Math.floor(scenarios.length / 2)];

const rows: [string, string][] = [
  ['Before any scenario is opened (entry JS + CSS)', `${kb(initialBytes)} KB gz  (budget ${BUDGET_INITIAL_KB} KB)`],
  ...[...initial].map((f) => [`  ${f}`, `${kb(size(f))} KB`] as [string, string]),
  ['Player chunk group (engine, scorer, player, debrief)', `${kb(playerBytes)} KB gz`],
  ...player.map((f) => [`  ${f}`, `${kb(size(f))} KB`] as [string, string]),
  [`Scenario chunks (${scenarios.length})`, `median ${kb(median?.bytes ?? 0)} KB, largest ${kb(largest?.bytes ?? 0)} KB gz (${largest?.id ?? '-'})`],
  ['Opening a scenario adds (player + largest scenario)', `${kb(playerBytes + (largest?.bytes ?? 0))} KB gz  (budget ${BUDGET_OPEN_KB} KB)`],
  ['Opening a scenario adds (player + median scenario)', `${kb(playerBytes + (median?.bytes ?? 0))} KB gz`],
];
const width = Math.max(...rows.map(([a]) => a.length));
for (const [a, b] of rows) console.log(`${a.padEnd(width)}  ${b}`);

const overInitial = initialBytes / 1024 > BUDGET_INITIAL_KB;
const overOpen = (playerBytes + (largest?.bytes ?? 0)) / 1024 > BUDGET_OPEN_KB;
if (overInitial || overOpen) {
  console.log(`\nOVER BUDGET:${overInitial ? ' initial load' : ''}${overOpen ? ' opening a scenario' : ''}`);
  process.exitCode = 1;
} else console.log('\nWithin budget.');
