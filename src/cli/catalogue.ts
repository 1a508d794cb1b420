/**
 * `npm run catalogue` writes scenarios/CATALOGUE.md from the library; `--check` exits 1 when the
 * checked-in copy is not current (CI runs that).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { loadScenario } from '../lib/scenario/index.ts';
import { renderCatalogue, type CatalogueEntry } from '../lib/scenario/catalogue.ts';
import { collectFiles } from './scenario-files.ts';

const TARGET = 'scenarios/CATALOGUE.md';
const check = process.argv.includes('--check');
const { files } = collectFiles(['scenarios']);
const entries: CatalogueEntry[] = files.map((file) => {
  const shown = relative('scenarios', file);
  const r = loadScenario(readFileSync(file, 'utf8'), shown);
  return r.ok ? { file: shown, scenario: r.scenario } : { file: shown, errors: r.diagnostics.filter((d) => d.severity === 'error').length };
});
const text = renderCatalogue(entries);
if (check) {
  let current = '';
  try {
    current = readFileSync(TARGET, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (current !== text) {
    console.error(`${TARGET} is not current: run \`npm run catalogue\` and commit it.`);
    process.exitCode = 1;
  } else console.log(`${TARGET} is current (${entries.length} scenarios).`);
} else {
  writeFileSync(TARGET, text);
  console.log(`wrote ${TARGET} (${entries.length} scenarios)`);
}
